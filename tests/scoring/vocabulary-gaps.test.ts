import { describe, expect, it } from 'vitest';
import { mentionsSkill } from '@/lib/scoring/mentions';

/** Words the real postings asked for that the vocabulary lacked (issue 16), each with its traps. */

const mentions = (text: string, id: string) => mentionsSkill(text, id);

describe('words the real postings ask for', () => {
  it.each<[text: string, id: string]>([
    ['Solid knowledge of HTTP and REST APIs', 'http'],
    ['Experience designing JSON:API endpoints', 'json'],
    ['You are fluent in JSON and Protobuf', 'json'],
    ['Experience with file systems such as ZFS', 'zfs'],
    ['Experience with ROS2 and motion planning', 'ros'],
    ['Built apps with ViewModel, LiveData, Room and WorkManager', 'android-jetpack'],
    ['Comfortable with MVVM or MVI on Android', 'ui-architecture'],
    ['UI tests with Espresso and unit tests with MockK', 'appium'],
    ['Networking, including IPv6', 'networking'],
    ['On-call rotation and incident response', 'observability'],
    ['CI with Bitbucket Pipelines', 'ci-cd'],
    ['Configuration management with Ansible', 'devops'],
    ['Building single-page applications in React', 'frontend'],
    ['Feature engineering and model evaluation for ranking', 'machine-learning'],
    ['Writing database migrations for PostgreSQL', 'databases'],
    ['Pub-sub messaging between services', 'messaging'],
    ['Developer advocacy and conference talks', 'community'],
    ['Strong knowledge of message-buses and message-brokers', 'messaging'],
    ['Protocols and schemas: gRPC, REST, JSON-API', 'json'],
    ['Comfortable with low-level programming in C', 'operating-systems'],
  ])('%j names %s', (text, id) => {
    expect(mentions(text, id)).toBe(true);
  });

  it.each<[text: string, id: string]>([
    ['My blog: https://example.com and http://old.example.com', 'http'],
    ['Edit package.json and run the app', 'json'],
    ['There is room for growth in this team', 'android-jetpack'],
    ['Room 101 is on the second floor', 'android-jetpack'],
    ['I start every day with an espresso', 'appium'],
    ['Espresso and croissants every morning', 'appium'],
    ['C++, Rust or other low-level and high-level languages', 'operating-systems'],
  ])('%j does not name %s', (text, id) => {
    expect(mentions(text, id)).toBe(false);
  });
});
