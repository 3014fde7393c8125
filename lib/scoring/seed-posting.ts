import type { Posting } from '../schema/posting';

export const SEED_POSTING_ID = 'seed-backend-ci-cd';

/**
 * The built-in posting, derived by hand from the "Backend Developer, CI/CD Pipelines" job page.
 *
 * Choices:
 * - Must-haves are the requirements a public GitHub profile can show: production Go,
 *   operating systems & concurrent programming, and open source.
 * - "Reason about software, algorithms, and performance" and "strong written communication" are
 *   listed as requirements, but a profile rarely shows either and their absence proves nothing
 *   (the technical interview tests them). As must-haves they would cap almost every candidate,
 *   so they are pluses with low weight: evidence adds a little, silence costs nothing.
 * - CI/CD is the job's domain (title and responsibilities), not a listed requirement: a low plus.
 * - "Self-motivated", "organizational skills" and "share our values" cannot be read from a
 *   profile and are left out rather than guessed.
 */
export const seedPosting: Posting = {
  id: SEED_POSTING_ID,
  title: 'Backend Developer, CI/CD Pipelines',
  description: [
    'CI Backend Developers improve the Continuous Integration (CI) and Continuous Deployment (CD) functionality in GitLab.',
    'We are looking for experienced engineers who are proficient in the Go programming language.',
    '',
    'Requirements:',
    '- You can reason about software, algorithms, and performance from a high level',
    '- You are passionate about open source',
    '- You have worked on a production-level application using Go.',
    '- Strong understanding of operating systems and concurrent programming',
    '- Strong written communication skills',
    '- Experience with Kubernetes, Docker, Nginx, Ruby/Rails, and Linux system administration a plus',
    '- Experience with online community development a plus',
    '- Self-motivated and have strong organizational skills',
  ].join('\n'),
  requirements: [
    { id: 'go', label: 'Production Go', kind: 'must', weight: 10, skills: ['go'] },
    {
      id: 'os-concurrency',
      label: 'Operating systems & concurrent programming',
      kind: 'must',
      weight: 7,
      skills: ['operating-systems', 'concurrency'],
    },
    { id: 'open-source', label: 'Passion for open source', kind: 'must', weight: 7, skills: ['open-source'] },
    {
      id: 'algorithms-performance',
      label: 'Algorithms & performance',
      kind: 'plus',
      weight: 2,
      skills: ['algorithms-performance'],
    },
    { id: 'written-communication', label: 'Written communication', kind: 'plus', weight: 2, skills: ['documentation'] },
    { id: 'ci-cd', label: 'CI/CD pipelines', kind: 'plus', weight: 2, skills: ['ci-cd'] },
    { id: 'kubernetes', label: 'Kubernetes', kind: 'plus', weight: 2, skills: ['kubernetes'] },
    { id: 'docker', label: 'Docker', kind: 'plus', weight: 2, skills: ['docker'] },
    { id: 'nginx', label: 'Nginx', kind: 'plus', weight: 1, skills: ['nginx'] },
    { id: 'ruby-rails', label: 'Ruby / Rails', kind: 'plus', weight: 2, skills: ['ruby', 'rails'] },
    {
      id: 'linux-sysadmin',
      label: 'Linux system administration',
      kind: 'plus',
      weight: 2,
      skills: ['linux', 'sysadmin', 'shell'],
    },
    { id: 'community', label: 'Online community development', kind: 'plus', weight: 2, skills: ['community'] },
  ],
  builtIn: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
