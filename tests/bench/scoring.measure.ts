import { loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { ProfileAnalysis } from '@/lib/schema/analysis';
import type { PinnedRepo, Profile, Repository } from '@/lib/schema/profile';
import { analyzeProfile, scoreAnalysis, scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { median, printTable, ratio, type Row } from './report';

const CANDIDATES = 10_000;
const REPOSITORIES_EACH = 50;
const RESCORE_RUNS = 7;
const TARGET_RESCORE_MS = 100;
const TARGET_ANALYSIS_MS = 2;
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

/**
 * Two mixes of made-up repositories. "typical" is shaped after the recorded API lists (most
 * repositories have no topics, many no description, few name a technology), and is what the
 * target is for; "dense" names a technology in nearly every name, description and topic, so
 * each result carries several times the evidence: a worst case, printed for information.
 */
interface Mix {
  name: string;
  nameWords: readonly string[];
  descriptions: readonly string[];
  topicChance: number;
}

const TECH_WORDS = ['api', 'react', 'go', 'kube', 'docker', 'cli', 'data', 'pipeline', 'linux', 'ci', 'terraform', 'parser', 'server', 'client', 'scheduler', 'cache'];
const PLAIN_WORDS = [
  'app', 'web', 'site', 'notes', 'demo', 'lib', 'bot', 'dotfiles', 'todo', 'blog', 'game', 'chat', 'tool', 'service', 'project', 'homework',
  'playground', 'sandbox', 'test', 'starter', 'clone', 'tracker', 'finder', 'manager', 'portfolio', 'exercises', 'workshop', 'kata',
  'utils', 'config', 'scripts', 'landing', 'weather', 'recipes', 'quiz', 'budget', 'calendar', 'shop', 'music', 'photos', 'map', 'timer',
];
const TECH_DESCRIPTIONS = [
  'A concurrent job scheduler written in Go', 'React components for our design system', 'Kubernetes operator for Postgres backups',
  'Scripts to set up a Linux workstation', 'Small REST API with Express and MongoDB', 'Experiments with Rust and WebAssembly',
  'Dockerfiles and docker-compose setups', 'Notes from an algorithms course', 'CI/CD pipeline templates for GitLab CI',
  'A tiny HTTP server with goroutine worker pools', 'Python scripts for data analysis with pandas', 'Terraform modules for AWS',
];
const PLAIN_DESCRIPTIONS = [
  'My personal website', 'Fork of a popular library with a bug fix', 'Slides and code for a meetup talk', 'Homework for a university course',
  'A small game I made on a weekend', 'Solutions to coding exercises', 'Playing around', 'Work in progress', 'Coursework', 'Nothing to see here',
  'Landing page for a friend', 'My dotfiles',
];
const MIXES: readonly Mix[] = [
  { name: 'typical', nameWords: [...PLAIN_WORDS, ...TECH_WORDS.slice(0, 8)], descriptions: [...Array(14).fill(''), ...PLAIN_DESCRIPTIONS, ...TECH_DESCRIPTIONS.slice(0, 6)], topicChance: 0.15 },
  { name: 'dense', nameWords: [...TECH_WORDS, ...PLAIN_WORDS.slice(0, 14)], descriptions: ['', '', ...TECH_DESCRIPTIONS, ...PLAIN_DESCRIPTIONS.slice(0, 4)], topicChance: 0.66 },
];

const LANGUAGES = ['JavaScript', 'TypeScript', 'Python', 'Go', 'Java', 'Ruby', 'C', 'C++', 'Rust', 'Shell', 'HTML', 'CSS', 'Dockerfile', 'PHP', 'Kotlin', undefined];
const TOPICS = ['kubernetes', 'docker', 'react', 'golang', 'python', 'machine-learning', 'cli', 'devops', 'linux', 'graphql', 'nginx', 'ci', 'rust', 'hacktoberfest'];
const BIOS = ['Backend engineer', 'Frontend developer who loves React', 'I write Go and maintain open source tools', 'Student', 'Data person', 'SRE, Linux, Kubernetes', ''];
const README =
  'Hi, I build backend services and developer tools. Most of my work is in Go and TypeScript, deployed on Kubernetes with GitHub Actions. ' +
  'I care about performance, write about concurrency on my blog, and help organize a local meetup for new contributors.';

function makeCandidate(index: number, random: () => number, mix: Mix): Profile {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const login = `candidate-${index}`;
  // Half the people were read with a token (GraphQL): languages in bytes, files of the top 20 repositories, contributions.
  const withToken = random() < 0.5;
  const repositories: Repository[] = Array.from({ length: REPOSITORIES_EACH }, (_, i) => {
    const name = `${pick(mix.nameWords)}-${pick(mix.nameWords)}-${i}`;
    const stars = Math.floor(Math.exp(random() * 8)) - 1;
    const description = pick(mix.descriptions);
    const language = pick(LANGUAGES);
    const pushedMs = Date.parse(CAPTURED_AT) - random() * 8 * YEAR_MS;
    const sizeKb = Math.floor(Math.exp(random() * 11));
    const measured = withToken && language ? { languages: [{ name: language, bytes: sizeKb * 600 }, { name: 'Shell', bytes: 2_000 }], releases: Math.floor(random() * 4) } : {};
    const files = withToken && i < 20 ? { files: { goModule: language === 'Go', goDependencies: Math.floor(random() * 20), dockerfile: random() < 0.4, kubernetes: random() < 0.1, ciConfig: random() < 0.5, tests: random() < 0.6 } } : {};
    return {
      ...measured,
      ...files,
      createdAt: new Date(pushedMs - random() * 3 * YEAR_MS).toISOString(),
      name,
      owner: login,
      url: `https://github.com/${login}/${name}`,
      ...(description ? { description } : {}),
      ...(language ? { language } : {}),
      topics: random() < mix.topicChance ? Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(TOPICS)) : [],
      stars,
      forks: Math.floor(stars / 5),
      isFork: random() < 0.2,
      archived: random() < 0.05,
      pushedAt: new Date(pushedMs).toISOString(),
      sizeKb,
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
    ...(withToken ? { contributionsByRepository: Array.from({ length: 5 }, (_, i) => contribution(i, random)) } : {}),
    ...(random() < 0.4 ? { readme: README } : {}),
    capturedAt: CAPTURED_AT,
  };
}

function contribution(index: number, random: () => number) {
  const repo = `example-org/${TOPICS[index % TOPICS.length]}-${index}`;
  return { repo, url: `https://github.com/${repo}`, commits: Math.floor(random() * 60), othersRepository: index > 0, language: LANGUAGES[index] ?? 'Go', topics: [TOPICS[index]!], stars: 100 };
}

function makeCandidates(mix: Mix): Profile[] {
  const random = seededRandom(20260301);
  return Array.from({ length: CANDIDATES }, (_, i) => makeCandidate(i, random, mix));
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

/** One re-score of every analysis: wall time, and CPU time, which other processes on the machine inflate less. */
function rescoreRun(analyses: readonly ProfileAnalysis[]): { wallMs: number; cpuMs: number; checksum: number } {
  const cpuStart = process.cpuUsage();
  const { ms, value } = timed(() => rescoreAll(analyses));
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs: ms, cpuMs: (cpu.user + cpu.system) / 1000, checksum: value };
}

interface Measured {
  analyzeMs: number;
  rescoreMs: number[];
  rescoreCpuMs: number[];
  evidencePerResult: number;
  storedKb: number;
}

/** Analyze once, then re-score every analysis RESCORE_RUNS times (after one warm-up run). */
function measure(mix: Mix): Measured {
  // Profiles are not kept: re-scoring works from stored analyses alone.
  const analyze = timed(() => makeCandidates(mix).map(analyzeProfile));
  const analyses = analyze.value;
  const warmup = rescoreAll(analyses);
  const runs = Array.from({ length: RESCORE_RUNS }, () => rescoreRun(analyses));
  for (const run of runs) expect(run.checksum).toBe(warmup);
  const sample = analyses.slice(0, 200);
  const evidence = sample.reduce((sum, analysis) => sum + scoreAnalysis(analysis, seedPosting).requirements.reduce((n, r) => n + r.evidence.length, 0), 0);
  return {
    analyzeMs: analyze.ms,
    rescoreMs: runs.map((run) => run.wallMs),
    rescoreCpuMs: runs.map((run) => run.cpuMs),
    evidencePerResult: evidence / sample.length,
    storedKb: JSON.stringify(sample).length / sample.length / 1024,
  };
}

const perCandidate = (ms: number) => `${((ms * 1000) / CANDIDATES).toFixed(1)} µs each`;

function rescoreRows(mix: Mix, measured: Measured, target: boolean): Row[] {
  const wall = median(measured.rescoreMs);
  const cpu = median(measured.rescoreCpuMs);
  return [
    {
      measure: `${mix.name}: re-score all (scoreAnalysis), median of ${RESCORE_RUNS}`,
      value: `${wall.toFixed(1)} ms (${perCandidate(wall)})`,
      target: target ? `≤ ${TARGET_RESCORE_MS} ms` : '-',
      ratio: target ? ratio(wall, TARGET_RESCORE_MS) : '-',
    },
    { measure: `${mix.name}: re-score all, CPU time, median`, value: `${cpu.toFixed(1)} ms`, target: '-', ratio: '-' },
    {
      measure: `${mix.name}: re-score all, fastest / slowest run`,
      value: `${Math.min(...measured.rescoreMs).toFixed(1)} / ${Math.max(...measured.rescoreMs).toFixed(1)} ms`,
      target: '-',
      ratio: '-',
    },
    {
      measure: `${mix.name}: analyze all once (analyzeProfile)`,
      value: `${measured.analyzeMs.toFixed(0)} ms (${perCandidate(measured.analyzeMs)})`,
      target: target ? `≤ ${TARGET_ANALYSIS_MS} ms each` : '-',
      ratio: target ? ratio(measured.analyzeMs / CANDIDATES, TARGET_ANALYSIS_MS) : `${(measured.analyzeMs / wall).toFixed(0)}× a re-score`,
    },
    {
      measure: `${mix.name}: evidence items per result; stored analysis`,
      value: `${measured.evidencePerResult.toFixed(1)}; ${measured.storedKb.toFixed(1)} KB JSON`,
      target: '-',
      ratio: '-',
    },
  ];
}

describe('scoring speed', () => {
  it(`re-scores ${CANDIDATES.toLocaleString('en')} candidates × ${REPOSITORIES_EACH} repositories against the seed posting`, { timeout: 900_000 }, () => {
    const [typical, dense] = MIXES as [Mix, Mix];
    const typicalMeasured = measure(typical);
    const candidates = makeCandidates(typical);
    const full = timed(() => candidates.reduce((sum, candidate) => sum + scoreProfile(candidate, seedPosting).total, 0));
    const typicalWall = median(typicalMeasured.rescoreMs);
    const rows: Row[] = [
      ...rescoreRows(typical, typicalMeasured, true),
      {
        measure: `${typical.name}: full scoreProfile for all`,
        value: `${full.ms.toFixed(0)} ms (${perCandidate(full.ms)})`,
        target: '-',
        ratio: `${(full.ms / typicalWall).toFixed(0)}× a re-score`,
      },
      ...rescoreRows(dense, measure(dense), false),
      { measure: 'load average (1 min) at the end', value: loadavg()[0]!.toFixed(2), target: '-', ratio: '-' },
    ];
    printTable(`Scoring ${CANDIDATES.toLocaleString('en')} candidates × ${REPOSITORIES_EACH} repositories against the seed posting (seeded PRNG)`, rows);
    expect(typicalMeasured.rescoreMs).toHaveLength(RESCORE_RUNS);
  });
});
