import { describe, expect, it } from 'vitest';
import type { ProfileAnalysis } from '../../lib/schema/analysis';
import type { PinnedRepo, Profile, Repository } from '../../lib/schema/profile';
import { analyzeProfile, scoreAnalysis, scoreProfile } from '../../lib/scoring/score';
import { seedPosting } from '../../lib/scoring/seed-posting';
import { median, printTable, ratio, type Row } from './report';

const CANDIDATES = 10_000;
const REPOSITORIES_EACH = 50;
const RESCORE_RUNS = 7;
const TARGET_RESCORE_MS = 250;
const CAPTURED_AT = '2026-03-01T12:00:00.000Z';
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/** mulberry32: a small seeded PRNG, so every run scores the same 10,000 made-up people. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = ['JavaScript', 'TypeScript', 'Python', 'Go', 'Java', 'Ruby', 'C', 'C++', 'Rust', 'Shell', 'HTML', 'CSS', 'Dockerfile', 'PHP', 'Kotlin', undefined];
const NAME_WORDS = [
  'api', 'service', 'app', 'react', 'go', 'kube', 'docker', 'cli', 'tool', 'data', 'pipeline', 'web', 'site', 'notes', 'demo', 'lib',
  'parser', 'server', 'client', 'bot', 'scheduler', 'cache', 'dotfiles', 'linux', 'ci', 'terraform', 'todo', 'blog', 'game', 'chat',
];
const DESCRIPTIONS = [
  '', '', 'My personal website', 'A concurrent job scheduler written in Go', 'React components for our design system',
  'Kubernetes operator for Postgres backups', 'Scripts to set up a Linux workstation', 'Small REST API with Express and MongoDB',
  'Experiments with Rust and WebAssembly', 'Dockerfiles and docker-compose setups', 'Notes from an algorithms course',
  'CI/CD pipeline templates for GitLab CI', 'A tiny HTTP server with goroutine worker pools', 'Python scripts for data analysis with pandas',
  'Terraform modules for AWS', 'Fork of a popular library with a bug fix', 'Slides and code for a meetup talk', 'Homework for a university course',
];
const TOPICS = ['kubernetes', 'docker', 'react', 'golang', 'python', 'machine-learning', 'cli', 'devops', 'linux', 'graphql', 'nginx', 'ci', 'rust', 'hacktoberfest'];
const BIOS = ['Backend engineer', 'Frontend developer who loves React', 'I write Go and maintain open source tools', 'Student', 'Data person', 'SRE, Linux, Kubernetes', ''];
const README =
  'Hi, I build backend services and developer tools. Most of my work is in Go and TypeScript, deployed on Kubernetes with GitHub Actions. ' +
  'I care about performance, write about concurrency on my blog, and help organize a local meetup for new contributors.';

function makeCandidate(index: number, random: () => number): Profile {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const login = `candidate-${index}`;
  const repositories: Repository[] = Array.from({ length: REPOSITORIES_EACH }, (_, i) => {
    const name = `${pick(NAME_WORDS)}-${pick(NAME_WORDS)}-${i}`;
    const stars = Math.floor(Math.exp(random() * 8)) - 1;
    const description = pick(DESCRIPTIONS);
    const language = pick(LANGUAGES);
    return {
      name,
      owner: login,
      url: `https://github.com/${login}/${name}`,
      ...(description ? { description } : {}),
      ...(language ? { language } : {}),
      topics: Array.from({ length: Math.floor(random() * 3) }, () => pick(TOPICS)),
      stars,
      forks: Math.floor(stars / 5),
      isFork: random() < 0.2,
      archived: random() < 0.05,
      pushedAt: new Date(Date.parse(CAPTURED_AT) - random() * 8 * YEAR_MS).toISOString(),
      sizeKb: Math.floor(Math.exp(random() * 11)),
    };
  });
  const pinned: PinnedRepo[] = repositories.slice(0, Math.floor(random() * 7)).map((repo) => ({
    name: repo.name,
    owner: repo.owner,
    url: repo.url,
    kind: 'repository',
    ...(repo.description ? { description: repo.description } : {}),
    ...(repo.language ? { language: repo.language } : {}),
    stars: repo.stars,
  }));
  return {
    site: 'github',
    login,
    url: `https://github.com/${login}`,
    bio: pick(BIOS),
    socialLinks: [],
    followers: Math.floor(Math.exp(random() * 7)),
    organizations: random() < 0.3 ? [{ login: 'kubernetes-sigs', url: 'https://github.com/kubernetes-sigs' }] : [],
    pinned,
    repositories,
    contributions: { lastYear: Math.floor(random() * 3000), source: 'page' },
    ...(random() < 0.4 ? { readme: README } : {}),
    capturedAt: CAPTURED_AT,
  };
}

function makeCandidates(): Profile[] {
  const random = seededRandom(20260301);
  return Array.from({ length: CANDIDATES }, (_, i) => makeCandidate(i, random));
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

function rescoreAll(analyses: readonly ProfileAnalysis[]): number {
  let checksum = 0;
  for (const analysis of analyses) checksum += scoreAnalysis(analysis, seedPosting).total;
  return checksum;
}

describe('scoring speed', () => {
  it(`re-scores ${CANDIDATES.toLocaleString('en')} candidates × ${REPOSITORIES_EACH} repositories against the seed posting`, () => {
    // Profiles are made twice rather than kept: re-scoring works from stored analyses alone.
    const analyze = timed(() => makeCandidates().map(analyzeProfile));
    const analyses = analyze.value;
    const warmup = rescoreAll(analyses);
    const runs = Array.from({ length: RESCORE_RUNS }, () => {
      const run = timed(() => rescoreAll(analyses));
      expect(run.value).toBe(warmup);
      return run.ms;
    });
    const candidates = makeCandidates();
    const full = timed(() => candidates.reduce((sum, candidate) => sum + scoreProfile(candidate, seedPosting).total, 0));
    expect(full.value).toBe(warmup);

    const rescoreMedian = median(runs);
    const perCandidate = (ms: number) => `${((ms * 1000) / CANDIDATES).toFixed(1)} µs each`;
    const storedKb = JSON.stringify(analyses.slice(0, 100)).length / 100 / 1024;
    const rows: Row[] = [
      {
        measure: `re-score all (scoreAnalysis), median of ${RESCORE_RUNS}`,
        value: `${rescoreMedian.toFixed(1)} ms (${perCandidate(rescoreMedian)})`,
        target: `≤ ${TARGET_RESCORE_MS} ms`,
        ratio: ratio(rescoreMedian, TARGET_RESCORE_MS),
      },
      { measure: 're-score all, fastest / slowest run', value: `${Math.min(...runs).toFixed(1)} / ${Math.max(...runs).toFixed(1)} ms`, target: '-', ratio: '-' },
      {
        measure: 'analyze all once (analyzeProfile)',
        value: `${analyze.ms.toFixed(0)} ms (${perCandidate(analyze.ms)})`,
        target: '-',
        ratio: `${(analyze.ms / rescoreMedian).toFixed(1)}× a re-score`,
      },
      {
        measure: 'full scoreProfile for all',
        value: `${full.ms.toFixed(0)} ms (${perCandidate(full.ms)})`,
        target: '-',
        ratio: `${(full.ms / rescoreMedian).toFixed(1)}× a re-score`,
      },
      { measure: 'stored analysis size, JSON', value: `${storedKb.toFixed(1)} KB per candidate`, target: '-', ratio: '-' },
    ];
    printTable(`Scoring ${CANDIDATES.toLocaleString('en')} candidates × ${REPOSITORIES_EACH} repositories (seed posting, seeded PRNG)`, rows);
    expect(runs).toHaveLength(RESCORE_RUNS);
  });
});
