import { describe, expect, it } from 'vitest';
import { excerptAround, findSkillMention, findTermMention, languageMatches, mentionsSkill } from '@/lib/scoring/mentions';
import { getSkill } from '@/lib/scoring/skills';

type Case = [text: string, skillId: string, expected: boolean];

function skill(id: string) {
  const found = getSkill(id);
  if (!found) throw new Error(`no skill ${id}`);
  return found;
}

describe('Go the language vs "go" the verb', () => {
  it.each<Case>([
    ['Go developer at a cloud company', 'go', true],
    ['Backend services written in Go.', 'go', true],
    ['I love golang', 'go', true],
    ['GOLANG enthusiast', 'go', true],
    ['Dependencies are pinned in go.mod and go.sum', 'go', true],
    ['Languages: Go, Rust, Python', 'go', true],
    ['Ruby and Go, mostly', 'go', true],
    ['Switched from Python to Go last year', 'go', true],
    ['Go and Kubernetes all day', 'go', true],
    ['Thousands of goroutines in production', 'go', true],
    ['I love to go hiking', 'go', false],
    ['Let’s go!', 'go', false],
    ["Let's Go!", 'go', false],
    ['Go to the docs for the API', 'go', false],
    ['go to my website', 'go', false],
    ['Ready, set, Go', 'go', false],
    ['GO TEAM GO', 'go', false],
    ['My Go-to person for API questions', 'go', false],
    ['Pokémon Go fan', 'go', false],
    ['Google engineer, good at algorithms', 'go', false],
    ['Going to Kubernetes meetups', 'go', false],
    ['awesome-go-list', 'go', false],
  ])('%j → %s: %s', (text, id, expected) => {
    expect(mentionsSkill(text, id)).toBe(expected);
  });
});

describe('Java vs JavaScript', () => {
  it.each<Case>([
    ['JavaScript developer', 'java', false],
    ['JavaScript developer', 'javascript', true],
    ['Java and Kotlin on the JVM', 'java', true],
    ['Java/JavaScript', 'java', true],
    ['Java-based microservices', 'java', true],
    ['Node.js backend', 'javascript', true],
    ['Node.js backend', 'java', false],
  ])('%j → %s: %s', (text, id, expected) => {
    expect(mentionsSkill(text, id)).toBe(expected);
  });
});

describe('C vs C++, C# and Objective-C', () => {
  it.each<Case>([
    ['C programmer', 'c', true],
    ['Embedded work written in C.', 'c', true],
    ['C/C++ and Go', 'c', true],
    ['C/C++ and Go', 'cpp', true],
    ['C++ developer', 'c', false],
    ['C++ developer', 'cpp', true],
    ['modern C++17 templates', 'cpp', true],
    ['C# and .NET', 'c', false],
    ['C# and .NET', 'csharp', true],
    ['Objective-C apps', 'c', false],
    ['Objective-C apps', 'objective-c', true],
    ['Plan C for the API', 'c', false],
    ['Vitamin C fan', 'c', false],
    ['C-level executive', 'c', false],
    ['Series C startup building developer tools', 'c', false],
    ['Chris C. Example', 'c', false],
  ])('%j → %s: %s', (text, id, expected) => {
    expect(mentionsSkill(text, id)).toBe(expected);
  });
});

describe('Rust vs rusty; Ruby the language vs Ruby the person; Rails vs guard rails', () => {
  it.each<Case>([
    ['Rust developer', 'rust', true],
    ['async Rust services', 'rust', true],
    ['rust-lang contributor', 'rust', true],
    ['Workspace layout follows Cargo.toml conventions', 'rust', true],
    ['A bit rusty these days', 'rust', false],
    ['My Rusty old bike', 'rust', false],
    ['Removing rust from my car', 'rust', false],
    ['Grew up in the Rust Belt', 'rust', false],
    ['Ruby on Rails developer', 'ruby', true],
    ['Ruby on Rails developer', 'rails', true],
    ['Ruby developer since 2008', 'ruby', true],
    ['Rubyist at heart', 'ruby', true],
    ['My daughter Ruby loves code', 'ruby', false],
    ['Ruby and Max are my kids', 'ruby', false],
    ["Let's Go Ruby", 'ruby', false],
    ['Rails app performance work', 'rails', true],
    ['Building guard rails for AI agents', 'rails', false],
  ])('%j → %s: %s', (text, id, expected) => {
    expect(mentionsSkill(text, id)).toBe(expected);
  });
});

describe('other ambiguous words', () => {
  it.each<Case>([
    ['React developer', 'react', true],
    ['React Native apps', 'react', true],
    ['I react to incidents quickly', 'react', false],
    ['React quickly, think later', 'react', false],
    ['Swift developer', 'swift', true],
    ['Taylor Swift fan', 'swift', false],
    ['CI for everything', 'ci-cd', true],
    ['ci is not shouted', 'ci-cd', false],
  ])('%j → %s: %s', (text, id, expected) => {
    expect(mentionsSkill(text, id)).toBe(expected);
  });
});

describe('tech word boundaries', () => {
  it.each<Case>([
    ['k8s operator', 'kubernetes', true],
    ['K8s', 'kubernetes', true],
    ['Kubernetes-native tooling', 'kubernetes', true],
    ['Node.js and Vue.js', 'nodejs', true],
    ['nodejs', 'nodejs', true],
    ['a node in the graph', 'nodejs', false],
    ['Vue.js components', 'vue', true],
    ['Dockerfile included', 'docker', true],
    ['runs in containers', 'docker', true],
    ['container runtimes on Linux', 'docker', true],
    ['docker-compose up', 'docker', true],
    ['CI/CD pipelines', 'ci-cd', true],
    ['GitHub Actions workflows', 'ci-cd', true],
    ['see my homepage at example.net', 'csharp', false],
    ['PostgreSQL and Postgres', 'postgresql', true],
  ])('%j → %s: %s', (text, id, expected) => {
    expect(mentionsSkill(text, id)).toBe(expected);
  });
});

describe('concepts that are not a single keyword', () => {
  it.each<Case>([
    ['Linux kernel hacker', 'operating-systems', true],
    ['writing syscalls and file systems', 'operating-systems', true],
    ['A course on operating systems', 'operating-systems', true],
    ['a toy scheduler for threads', 'operating-systems', true],
    ['Jupyter kernel for data science notebooks', 'operating-systems', false],
    ['goroutines and channels', 'concurrency', true],
    ['a lock-free queue', 'concurrency', true],
    ['multithreaded renderer', 'concurrency', true],
    ['Follow me on Threads', 'concurrency', false],
    ['open-source maintainer', 'open-source', true],
    ['Open Source contributor', 'open-source', true],
    ['meetup organizer and mentor', 'community', true],
    ['benchmarks and profiling', 'algorithms-performance', true],
    ['technical writing on my blog', 'documentation', true],
  ])('%j → %s: %s', (text, id, expected) => {
    expect(mentionsSkill(text, id)).toBe(expected);
  });
});

describe('a pinned repository language counts exactly', () => {
  it.each<[language: string, skillId: string, expected: boolean]>([
    ['Go', 'go', true],
    ['Java', 'java', true],
    ['JavaScript', 'java', false],
    ['JavaScript', 'javascript', true],
    ['TypeScript', 'javascript', false],
    ['C', 'c', true],
    ['C++', 'c', false],
    ['C#', 'c', false],
    ['Objective-C', 'c', false],
    ['Objective-C', 'objective-c', true],
    ['C++', 'cpp', true],
    ['Ruby', 'ruby', true],
    ['Rust', 'rust', true],
    ['Dockerfile', 'docker', true],
    ['HCL', 'terraform', true],
    ['Shell', 'shell', true],
  ])('language %j → %s: %s', (language, id, expected) => {
    expect(languageMatches(language, skill(id))).toBe(expected);
  });

  it('an absent language matches nothing', () => {
    expect(languageMatches(undefined, skill('go'))).toBe(false);
  });
});

describe('mentions', () => {
  it('returns the words as written and a short excerpt from their sentence', () => {
    const text = 'Hello there. Most of my backend code these days is written in Go, with a little Rust on the side. Bye.';
    const mention = findSkillMention(text, skill('go'));
    expect(mention?.matched).toBe('Go');
    expect(mention?.excerpt).toContain('written in Go');
    expect(mention?.excerpt).not.toContain('Hello');
    expect(mention?.excerpt.length).toBeLessThanOrEqual(100);
  });

  it('skips a verb "Go" and finds the language later in the text', () => {
    const mention = findSkillMention('Go ahead and ask. I maintain a Go library.', skill('go'));
    expect(mention?.excerpt).toContain('Go library');
  });

  it.each<[text: string, term: string, expected: boolean]>([
    ['Built with Phoenix LiveView', 'Phoenix', true],
    ['built with phoenix', 'Phoenix', true],
    ['Scaled our GitLab Runners', 'GitLab Runner', true],
    ['PhoenixLive', 'Phoenix', false],
  ])('recruiter term in %j → %s: %s', (text, term, expected) => {
    expect(findTermMention(text, term) !== undefined).toBe(expected);
  });

  it('an unknown skill id is a programming error', () => {
    expect(() => mentionsSkill('anything', 'no-such-skill')).toThrow(/unknown skill/);
  });

  it('excerpts mark clipped text with an ellipsis', () => {
    const text = `${'word '.repeat(30)}Go developer ${'more '.repeat(30)}`;
    const start = text.indexOf('Go');
    const excerpt = excerptAround(text, start, start + 2);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
