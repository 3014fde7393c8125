import type { GithubProfile, PinnedRepo, Profile, Repository } from '@/lib/schema/profile';

/** Hand-made profiles for the scorer's tests. Every person and repository here is invented. */

const CAPTURED_AT = '2026-03-01T12:00:00.000Z';

export function makeProfile(overrides: Partial<GithubProfile> = {}): GithubProfile {
  const login = overrides.login ?? 'example-dev';
  return {
    site: 'github',
    login,
    url: `https://github.com/${login}`,
    socialLinks: [],
    organizations: [],
    pinned: [],
    capturedAt: CAPTURED_AT,
    ...overrides,
  };
}

/** An own repository unless `name` is "owner/name" (someone else's, contributed to). */
export function repo(owner: string, name: string, fields: Partial<PinnedRepo> = {}): PinnedRepo {
  const path = name.includes('/') ? name : `${owner}/${name}`;
  return { name, owner: name.includes('/') ? name.split('/')[0]! : owner, url: `https://github.com/${path}`, kind: 'repository', ...fields };
}

export function org(login: string) {
  return { login, url: `https://github.com/${login}` };
}

export const goInfraPerson = makeProfile({
  login: 'gopher-ines',
  name: 'Ines Example',
  location: 'Lisbon',
  bio: 'Backend engineer. I write Go services and maintain open source tooling for Kubernetes.',
  company: '@example-cloud',
  followers: 340,
  following: 20,
  organizations: [org('golang'), org('kubernetes-sigs'), org('example-cloud')],
  pinned: [
    repo('gopher-ines', 'jobrunner', {
      description: 'A concurrent job scheduler with goroutine worker pools and graceful shutdown.',
      language: 'Go',
      stars: 820,
      forks: 61,
    }),
    repo('gopher-ines', 'tinyproxy-go', { description: 'Small reverse proxy, benchmarks against Nginx included.', language: 'Go', stars: 140, forks: 12 }),
    repo('gopher-ines', 'kube-lease', { description: 'Leader election for Kubernetes controllers.', language: 'Go', stars: 95, forks: 9 }),
    repo('gopher-ines', 'kubernetes-sigs/kind', { description: 'Kubernetes IN Docker - local clusters for testing Kubernetes', language: 'Go', stars: 13000, forks: 1500 }),
    repo('gopher-ines', 'dotfiles', { description: 'Linux workstation setup scripts', language: 'Shell', stars: 3 }),
  ],
  contributions: { lastYear: 1450, source: 'page' },
  readme: [
    'Hi, I am a backend engineer working on CI/CD infrastructure.',
    'Most of my code is written in Go: build pipelines, container runtimes on Linux and a bit of kernel tracing with eBPF.',
    'I care about performance and profiling, and I write about concurrency on my blog.',
    'I co-organize the local Go meetup and mentor new contributors.',
  ].join('\n'),
});

export const frontendJsPerson = makeProfile({
  login: 'pixel-pat',
  name: 'Pat Example',
  location: 'Austin',
  bio: 'Frontend developer. I love to go hiking. Let’s go!',
  followers: 45,
  pinned: [
    repo('pixel-pat', 'button-kit', { description: 'Accessible React button components', language: 'TypeScript', stars: 30, forks: 4 }),
    repo('pixel-pat', 'landing-page', { description: 'My portfolio site', language: 'HTML', stars: 1 }),
    repo('pixel-pat', 'css-tricks-notes', { description: 'Notes on CSS grid and flexbox', language: 'CSS' }),
    repo('pixel-pat', 'todo-app', { description: 'A JavaScript todo app', language: 'JavaScript', stars: 2 }),
  ],
  contributions: { lastYear: 210, source: 'page' },
  readme: 'I build pretty, accessible interfaces with JavaScript, React and TypeScript. Go to my portfolio to see more!',
});

/** Strong systems and infrastructure work, but no Go anywhere: the Go must-have is missing. */
export const rustSystemsPerson = makeProfile({
  login: 'ferris-fan',
  bio: 'Systems programmer: Rust, C, Linux kernel and Kubernetes operators. Open source maintainer.',
  followers: 900,
  organizations: [org('rust-lang'), org('kubernetes')],
  pinned: [
    repo('ferris-fan', 'tinyos', { description: 'A toy operating system kernel with a preemptive scheduler', language: 'Rust', stars: 2100, forks: 140 }),
    repo('ferris-fan', 'lockfree-queue', { description: 'A lock-free multi-producer queue, with benchmarks', language: 'Rust', stars: 640, forks: 30 }),
    repo('ferris-fan', 'kube-operator-rs', { description: 'Kubernetes operator framework in Rust', language: 'Rust', stars: 310, forks: 25 }),
    repo('ferris-fan', 'container-init', { description: 'Minimal init process for Docker containers', language: 'C', stars: 120, forks: 8 }),
  ],
  contributions: { lastYear: 2300, source: 'page' },
  readme: [
    'I write low-level software: kernels, allocators, container runtimes.',
    'I maintain a few open-source crates and write documentation people actually read.',
    'I also run my own Debian servers with Ansible and Nginx, deployed from GitHub Actions.',
  ].join('\n'),
});

/** A Ruby/Rails veteran with huge open-source reach and one contributed Go project. */
export const rubyVeteran = makeProfile({
  login: 'ruby-veteran',
  bio: 'Building things for the web since 2005.',
  followers: 15000,
  pinned: [
    repo('ruby-veteran', 'queueworks', {
      description: 'A Redis-backed Ruby library for background jobs, processed by forking workers.',
      language: 'Ruby',
      stars: 9000,
      forks: 1600,
    }),
    repo('ruby-veteran', 'templating', { description: 'Logic-less Ruby templates.', language: 'Ruby', stars: 3000, forks: 270 }),
    repo('ruby-veteran', 'someone/gitwrap', { description: 'A command-line tool that makes git easier to use.', language: 'Go', stars: 22000, forks: 2100 }),
    repo('ruby-veteran', 'pjax-lite', { description: 'pushState + ajax', language: 'JavaScript', stars: 16000, forks: 2000 }),
  ],
});

export const almostEmptyProfile = makeProfile({ login: 'quiet-one' });

/** The same Go person with a different name, login, location and email: scores must not change. */
export function withOtherIdentity(profile: GithubProfile): GithubProfile {
  const login = 'someone-else-entirely';
  return {
    ...profile,
    login,
    url: `https://github.com/${login}`,
    name: 'A Completely Different Name',
    location: 'Nairobi',
    email: 'different@example.org',
  };
}

/** A Go developer with exactly `count` own Go repositories of equal standing and nothing else. */
export function goRepos(count: number): GithubProfile {
  return makeProfile({
    pinned: Array.from({ length: count }, (_, i) => repo('example-dev', `service-${i}`, { language: 'Go', stars: 10 })),
  });
}

/** A repository as the REST API lists it (issue 3); own and original unless fields say otherwise. */
export function apiRepo(owner: string, name: string, fields: Partial<Repository> = {}): Repository {
  return {
    name,
    owner,
    url: `https://github.com/${owner}/${name}`,
    topics: [],
    stars: 0,
    forks: 0,
    isFork: false,
    archived: false,
    pushedAt: '2026-01-15T10:00:00Z',
    sizeKb: 800,
    ...fields,
  };
}

/** `count` own repositories in one language, pushed a month before the capture. */
export function languageRepos(owner: string, language: string, count: number, fields: Partial<Repository> = {}): Repository[] {
  return Array.from({ length: count }, (_, i) => apiRepo(owner, `${language.toLowerCase()}-project-${i}`, { language, ...fields }));
}

/** A Go/infrastructure person read through the API: many original Go repositories, Kubernetes topics. */
export const goInfraApiPerson = makeProfile({
  login: 'api-gopher',
  bio: 'Platform engineer. Go, Kubernetes, Linux.',
  repositories: [
    ...languageRepos('api-gopher', 'Go', 12, { stars: 40 }),
    apiRepo('api-gopher', 'kube-scheduler-plugins', { language: 'Go', topics: ['kubernetes', 'scheduler'], description: 'Scheduler plugins for Kubernetes clusters', stars: 300 }),
    apiRepo('api-gopher', 'ci-runner', { language: 'Go', description: 'A concurrent CI runner for GitLab CI pipelines', stars: 120 }),
    apiRepo('api-gopher', 'dotfiles', { language: 'Shell', description: 'Linux workstation setup' }),
    apiRepo('api-gopher', 'dockerfiles', { language: 'Dockerfile', description: 'Docker images I use' }),
    apiRepo('api-gopher', 'react-playground', { language: 'JavaScript', isFork: true }),
  ],
});

/** A React/TypeScript person read through the API. */
export const frontendApiPerson = makeProfile({
  login: 'api-pixel',
  bio: 'Frontend engineer: React, TypeScript, accessible design systems.',
  repositories: [
    ...languageRepos('api-pixel', 'TypeScript', 10, { topics: ['react'], stars: 25 }),
    ...languageRepos('api-pixel', 'JavaScript', 8),
    ...languageRepos('api-pixel', 'CSS', 6),
    apiRepo('api-pixel', 'react-a11y-dialog', { language: 'TypeScript', description: 'Accessible React dialog, tested with Jest and Testing Library', stars: 900 }),
    apiRepo('api-pixel', 'go-tour', { language: 'Go', isFork: true, pushedAt: '2019-04-01T00:00:00Z' }),
  ],
});

/** A data engineer read through the API: Python, SQL, Airflow pipelines. */
export const dataApiPerson = makeProfile({
  login: 'api-data',
  bio: 'Data engineer. Python, SQL, Airflow.',
  repositories: [
    ...languageRepos('api-data', 'Python', 10),
    apiRepo('api-data', 'airflow-dags', { language: 'Python', topics: ['airflow', 'etl'], description: 'ETL pipelines into a PostgreSQL data warehouse' }),
    apiRepo('api-data', 'warehouse-models', { language: 'PLpgSQL', description: 'dbt models for the analytics warehouse' }),
    apiRepo('api-data', 'spark-jobs', { language: 'Scala', description: 'Spark batch jobs reading from Kafka' }),
    ...languageRepos('api-data', 'Jupyter Notebook', 4, { description: 'pandas analysis notebook' }),
  ],
});
