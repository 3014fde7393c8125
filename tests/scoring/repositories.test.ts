import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_VERSION, type ProfileAnalysis, ProfileAnalysisSchema } from '@/lib/schema/analysis';
import type { Posting } from '@/lib/schema/posting';
import { LIMITS, type MergedPullRequests, type Profile, type Repository } from '@/lib/schema/profile';
import { type ScoreResult, ScoreResultSchema } from '@/lib/schema/score';
import { NO_PUBLIC_WORK } from '@/lib/scoring/confidence';
import { codeFactor, continuity, isChangedFork, kindFactor, productionFactor, recencyFactor } from '@/lib/scoring/repositories';
import { analyzeProfile, isAnalysisCurrent, MUST_HAVE_CAP, MUST_HAVES_CAP, MUST_MET_STRENGTH, scoreAnalysis, scoreProfile, SIGNAL_VALUES } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { apiRepo, dataApiPerson, frontendApiPerson, goInfraApiPerson, languageRepos, makeProfile, repo, withOtherIdentity } from './profiles';

/** Evidence of one kind inside a skill's list (profile signals are folded into the skills that read them). */
const ofSource = (analysis: ProfileAnalysis, skill: string, source: string) => (analysis.skills[skill] ?? []).filter((evidence) => evidence.source === source);


const CAPTURED_AT = '2026-03-01T12:00:00.000Z';
const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365.25 * DAY_MS;
const capturedMs = Date.parse(CAPTURED_AT);
const yearsBefore = (years: number) => new Date(capturedMs - years * YEAR_MS).toISOString();
/** What apiRepo gives a repository when a test does not say: its REST size and its last push. */
const DEFAULT_SIZE_KB = apiRepo('example-dev', 'any').sizeKb!;
const DEFAULT_PUSHED_AT = apiRepo('example-dev', 'any').pushedAt!;

const score = (profile: Profile, posting: Posting = seedPosting) => scoreProfile(profile, posting);
const requirement = (result: ScoreResult, id: string) => {
  const found = result.requirements.find((r) => r.requirementId === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};
const goStrength = (repositories: Repository[]) => requirement(score(makeProfile({ repositories })), 'go').strength;

/** The main language's code estimated from the REST size (no byte counts): a share of it, capped. */
const estimatedKb = (sizeKb: number) => Math.min(SIGNAL_VALUES.mainLanguageMaxKb, sizeKb * SIGNAL_VALUES.mainLanguageShareOfSize);
/** "about 5.5 MB", as a quote says an amount under 10 MB. */
const aboutMb = (kb: number) => `about ${(kb / 1024).toFixed(1)} MB`;
/** A language's value from the Σ weight × code factor × production of its repositories and its span. */
const languageValue = (code: number, firstCreated: string, latestPush: string) =>
  SIGNAL_VALUES.languageMax * (1 - Math.exp(-code / SIGNAL_VALUES.languageScale)) * continuity(firstCreated, latestPush);
/** Stars and forks by others as adoption: a third of a point or so per tenfold, counted in units, capped. */
const adoptionValue = (stars: number, forks: number) =>
  Math.min(
    SIGNAL_VALUES.adoptionMax,
    SIGNAL_VALUES.adoptionPerDecade * Math.log10(1 + (stars + SIGNAL_VALUES.adoptionForkStars * forks) / SIGNAL_VALUES.adoptionUnit),
  );

describe('repository weight: kind × recency, and the amount of code', () => {
  it('halves every two years before the capture, down to a floor', () => {
    expect(recencyFactor(CAPTURED_AT, capturedMs)).toBe(1);
    expect(recencyFactor(yearsBefore(2), capturedMs)).toBeCloseTo(0.5, 6);
    expect(recencyFactor(yearsBefore(4), capturedMs)).toBeCloseTo(0.25, 6);
    expect(recencyFactor(yearsBefore(20), capturedMs)).toBe(SIGNAL_VALUES.repositoryRecencyFloor);
    expect(recencyFactor('2030-01-01T00:00:00Z', capturedMs)).toBe(1); // pushed "after" the capture: clock skew, not a bonus
    expect(recencyFactor(undefined, capturedMs)).toBe(SIGNAL_VALUES.repositoryRecencyUnknown);
    expect(recencyFactor('not a date', capturedMs)).toBe(SIGNAL_VALUES.repositoryRecencyUnknown);
  });

  it('grows with the log of the code: 1 KB shows close to nothing, 10 MB counts fully', () => {
    const { codeSizeDecades, codeSizeFloor } = SIGNAL_VALUES;
    expect(codeFactor(0)).toBe(codeSizeFloor);
    expect(codeFactor(1)).toBeCloseTo(Math.log10(2) / codeSizeDecades, 6);
    expect(codeFactor(1)).toBeLessThan(codeFactor(99) / 5);
    expect(codeFactor(99)).toBeCloseTo(2 / codeSizeDecades, 6); // log10(100) = 2
    expect(codeFactor(10 ** codeSizeDecades - 1)).toBeCloseTo(1, 6);
    expect(codeFactor(5_000_000)).toBe(1);
    // every tenfold adds the same: 5 MB and 10 MB differ little, 1 KB and 1 MB a lot
    expect(codeFactor(999) - codeFactor(99)).toBeCloseTo(codeFactor(99) - codeFactor(9), 6);
  });

  it('an unchanged fork counts nothing, a fork pushed after forking counts changedFork, an archived repository a bit less', () => {
    const forkedAt = '2025-06-01T00:00:00.000Z';
    const sameDay = new Date(Date.parse(forkedAt) + DAY_MS).toISOString(); // a day exactly: the fork itself, not a change
    const later = new Date(Date.parse(forkedAt) + DAY_MS + 60_000).toISOString();
    expect(kindFactor({ isFork: false, archived: false })).toBe(1);
    expect(isChangedFork({ isFork: true, createdAt: forkedAt, pushedAt: sameDay })).toBe(false);
    expect(kindFactor({ isFork: true, archived: false, createdAt: forkedAt, pushedAt: sameDay })).toBe(0);
    expect(isChangedFork({ isFork: true, createdAt: forkedAt, pushedAt: later })).toBe(true);
    expect(kindFactor({ isFork: true, archived: false, createdAt: forkedAt, pushedAt: later })).toBe(SIGNAL_VALUES.changedFork);
    // without a creation time no change after forking can be shown
    expect(kindFactor({ isFork: true, archived: false, pushedAt: later })).toBe(0);
    // an original is never a "changed fork", however late it was pushed
    expect(isChangedFork({ isFork: false, createdAt: forkedAt, pushedAt: later })).toBe(false);
    expect(kindFactor({ isFork: false, archived: true })).toBe(SIGNAL_VALUES.archivedRepository);
    expect(kindFactor({ isFork: true, archived: true, createdAt: forkedAt, pushedAt: later })).toBeCloseTo(SIGNAL_VALUES.changedFork * SIGNAL_VALUES.archivedRepository, 10);
  });

  it('rates production marks: each mark seen adds, a repository read with none counts less than one not read', () => {
    const files = { goModule: false, dockerfile: false, kubernetes: false, ciConfig: false, tests: false };
    const { productionBase, productionMarkValue, productionUnknown } = SIGNAL_VALUES;
    expect(productionFactor({})).toBe(productionUnknown);
    expect(productionFactor({ files })).toBe(productionBase);
    const marked = { files: { ...files, goModule: true, goDependencies: 4, tests: true, ciConfig: true }, releases: 2 };
    expect(productionFactor(marked)).toBeCloseTo(productionBase + 4 * productionMarkValue, 10);
    expect(productionFactor({ files })).toBeLessThan(productionFactor({}));
    expect(productionFactor(marked)).toBeGreaterThan(productionFactor({}));
    // a go.mod without dependencies is an exercise, not a mark
    expect(productionFactor({ files: { ...files, goModule: true, goDependencies: 0 } })).toBe(productionBase);
  });
});

describe('language work', () => {
  const mixed = makeProfile({
    repositories: [
      ...languageRepos('example-dev', 'Go', 13),
      apiRepo('example-dev', 'latest-go', { language: 'Go', createdAt: '2024-01-10T08:00:00Z', pushedAt: '2026-02-20T08:00:00Z' }),
      ...languageRepos('example-dev', 'JavaScript', 26),
      // forked and never changed: someone else's Go
      apiRepo('example-dev', 'someone-elses-go', { language: 'Go', isFork: true, createdAt: DEFAULT_PUSHED_AT }),
    ],
  });

  it('is one piece of evidence for all the original repositories in the language, linked to the filtered list', () => {
    const go = requirement(score(mixed), 'go');
    expect(go.evidence).toHaveLength(1);
    expect(go.evidence[0]).toMatchObject({
      source: 'repository-language',
      quote: `Go is the main language of 14 of 40 original repositories (${aboutMb(14 * estimatedKb(DEFAULT_SIZE_KB))}), 2024-01 to 2026-02`,
      where: 'public repositories in Go',
      url: 'https://github.com/example-dev?tab=repositories&language=go',
    });
  });

  it('is worth languageMax × (1 − e^(−Σ weight × code × production / languageScale)) × continuity', () => {
    const createdAt = yearsBefore(SIGNAL_VALUES.continuityYears);
    const one = apiRepo('example-dev', 'svc', { language: 'Go', sizeKb: 2_000, createdAt, pushedAt: CAPTURED_AT });
    const [go] = analyzeProfile(makeProfile({ repositories: [one] })).skills.go!;
    // pushed at the capture (recency 1), original (kind 1), files not read
    const code = codeFactor(estimatedKb(2_000)) * SIGNAL_VALUES.productionUnknown;
    expect(continuity(createdAt, CAPTURED_AT)).toBe(1);
    expect(go!.value).toBeCloseTo(languageValue(code, createdAt, CAPTURED_AT), 10);
    // the same work done in one month keeps only the continuity floor
    const burst = apiRepo('example-dev', 'svc', { language: 'Go', sizeKb: 2_000, createdAt: CAPTURED_AT, pushedAt: CAPTURED_AT });
    const [short] = analyzeProfile(makeProfile({ repositories: [burst] })).skills.go!;
    expect(short!.value).toBeCloseTo(go!.value * SIGNAL_VALUES.continuityFloor, 10);
  });

  it('counts measured bytes when the languages were read, and names the production marks seen', () => {
    const files = { goModule: true, goDependencies: 12, tests: true, ciConfig: true, dockerfile: true, kubernetes: false };
    const repositories = [
      apiRepo('example-dev', 'a', { language: 'Go', createdAt: '2024-01-10T00:00:00Z', languages: [{ name: 'Go', bytes: 900_000 }, { name: 'Shell', bytes: 500 }], files }),
      apiRepo('example-dev', 'b', { language: 'Go', languages: [{ name: 'Go', bytes: 400_000 }] }),
      apiRepo('example-dev', 'c', { language: 'Go', languages: [{ name: 'Go', bytes: 200_000 }] }),
      apiRepo('example-dev', 'd', { language: 'Python', languages: [{ name: 'Python', bytes: 20_000 }] }),
    ];
    const go = requirement(score(makeProfile({ repositories })), 'go');
    const mb = (1_500_000 / 1024 / 1024).toFixed(1);
    expect(go.evidence.map((e) => [e.source, e.quote])).toEqual([
      ['repository-language', `${mb} MB of Go in 3 of 4 original repositories, 2024-01 to 2026-01; go.mod with dependencies in 1, tests in 1, CI config in 1, Dockerfile in 1`],
      ['repository-contents', 'production marks: go.mod with 12 dependencies, tests, CI config, Dockerfile'],
    ]);
    // 500 bytes of Shell is a script, not work in Shell
    expect(requirement(score(makeProfile({ repositories })), 'linux-sysadmin').evidence).toEqual([]);
  });

  it('counts a language across many original repositories more than in one, with diminishing returns', () => {
    const strengths = [1, 2, 3, 4, 5].map((count) => goStrength(languageRepos('example-dev', 'Go', count)));
    const gains = strengths.slice(1).map((strength, i) => strength - strengths[i]!);
    for (let i = 1; i < gains.length; i++) expect(gains[i]!).toBeLessThan(gains[i - 1]!);
    expect(gains.every((gain) => gain > 0)).toBe(true);
    expect(strengths.at(-1)!).toBeLessThan(1);
  });

  it('weighs recent, large and original work more than old, small or forked', () => {
    const one = (fields: Partial<Repository>) => goStrength([apiRepo('example-dev', 'svc', { language: 'Go', ...fields })]);
    expect(one({ pushedAt: yearsBefore(0.1) })).toBeGreaterThan(one({ pushedAt: yearsBefore(3) }));
    expect(one({ sizeKb: 5_000 })).toBeGreaterThan(one({ sizeKb: 20 }));
    expect(one({})).toBeGreaterThan(one({ archived: true }));
    expect(one({})).toBeGreaterThan(5 * one({ isFork: true }));
  });

  it('stars add nothing to a language: they are one adoption item, for open source only', () => {
    const starred = (stars: number, forks = 0) => makeProfile({ repositories: [apiRepo('example-dev', 'svc', { language: 'Go', stars, forks })] });
    const goOf = (profile: Profile) => requirement(score(profile), 'go');
    const [none, hundred, tenThousand] = [starred(0), starred(100, 10), starred(10_000, 900)];
    expect(goOf(hundred).strength).toBe(goOf(none).strength);
    expect(goOf(tenThousand).evidence.map((e) => e.quote)).toEqual(goOf(none).evidence.map((e) => e.quote));
    expect(ofSource(analyzeProfile(none), 'open-source', 'adoption')).toEqual([]);
    expect(ofSource(analyzeProfile(hundred), 'open-source', 'adoption')).toEqual([
      expect.objectContaining({
        location: 'adoption',
        source: 'adoption',
        quote: '100 stars and 10 forks by others on 1 original repository (most: svc, 100 stars)',
        url: 'https://github.com/example-dev?tab=repositories&sort=stargazers',
        value: expect.closeTo(adoptionValue(100, 10), 10),
      }),
    ]);
    const adoptionOf = (profile: Profile) => ofSource(analyzeProfile(profile), 'open-source', 'adoption')[0]!.value;
    expect(adoptionOf(tenThousand)).toBeCloseTo(adoptionValue(10_000, 900), 10);
    expect(adoptionOf(tenThousand)).toBeLessThanOrEqual(SIGNAL_VALUES.adoptionMax);
    expect(adoptionOf(tenThousand) - adoptionOf(hundred)).toBeLessThan(100 * adoptionOf(hundred));
    expect(requirement(score(tenThousand), 'open-source').strength).toBeGreaterThan(requirement(score(hundred), 'open-source').strength);
  });

  it('an unchanged fork counts nothing; a fork pushed after forking counts changedFork of an original', () => {
    const unchanged = makeProfile({ repositories: languageRepos('example-dev', 'Go', 2, { isFork: true, createdAt: DEFAULT_PUSHED_AT }) });
    expect(requirement(score(unchanged), 'go').evidence).toEqual([]);
    expect(ofSource(analyzeProfile(unchanged), 'open-source', 'repositories')).toEqual([]);

    const forkedAt = yearsBefore(1);
    const original = apiRepo('example-dev', 'svc', { language: 'Go', createdAt: forkedAt });
    const changed = apiRepo('example-dev', 'svc', { language: 'Go', createdAt: forkedAt, isFork: true });
    const code = recencyFactor(DEFAULT_PUSHED_AT, capturedMs) * codeFactor(estimatedKb(DEFAULT_SIZE_KB)) * SIGNAL_VALUES.productionUnknown;
    const valueOf = (repository: Repository) => analyzeProfile(makeProfile({ repositories: [repository] })).skills.go![0]!.value;
    expect(valueOf(original)).toBeCloseTo(languageValue(code, forkedAt, DEFAULT_PUSHED_AT), 10);
    expect(valueOf(changed)).toBeCloseTo(languageValue(SIGNAL_VALUES.changedFork * code, forkedAt, DEFAULT_PUSHED_AT), 10);

    const both = makeProfile({ repositories: [apiRepo('example-dev', 'own', { language: 'Go', createdAt: forkedAt }), { ...changed, name: 'theirs', url: 'https://github.com/example-dev/theirs' }] });
    expect(requirement(score(both), 'go').evidence.map((e) => e.quote)).toEqual([expect.stringMatching(/^Go is the main language of 1 of 1 original repository .*\(\+1 fork changed after forking\)/)]);
  });

  it('drops readings too weak to matter, so an old fork cannot meet a must-have', () => {
    const oldFork = makeProfile({ repositories: [apiRepo('example-dev', 'go-tour', { language: 'Go', isFork: true, pushedAt: yearsBefore(7) })] });
    const result = score(oldFork);
    expect(requirement(result, 'go').met).toBe(false);
    expect(result.mustHavesMissing).toContain('Production Go');
  });

  it('lists a 1 KB Go repository, but it does not meet the Go must-have, and the gap says so', () => {
    const result = score(makeProfile({ repositories: [apiRepo('example-dev', 'hello-go', { language: 'Go', sizeKb: 2 })] }));
    const go = requirement(result, 'go');
    expect(go.evidence.map((e) => e.source)).toEqual(['repository-language']);
    expect(go.strength).toBeLessThan(MUST_MET_STRENGTH);
    expect(go.met).toBe(false);
    expect(result.mustHavesMissing).toContain('Production Go');
    expect(go.gap).toMatch(/^Too little Go to show production work in 1 original repository\. Would count: Go code/);
  });

  it('counts a narrower skill’s language for the broader skill that includes it (PL/pgSQL is SQL)', () => {
    const posting: Posting = { ...frontendPosting, requirements: [{ id: 'sql', label: 'SQL', kind: 'must', weight: 5, skills: ['sql'] }] };
    const result = score(makeProfile({ repositories: languageRepos('example-dev', 'PLpgSQL', 3) }), posting);
    expect(requirement(result, 'sql').evidence.map((e) => e.quote)).toEqual([
      `PLpgSQL is the main language of 3 of 3 original repositories (${aboutMb(3 * estimatedKb(DEFAULT_SIZE_KB))}), 2026-01 to 2026-01`,
    ]);
  });

  it('Go repositories alone give no concurrency evidence, nor C ones operating systems: a language is not a concept', () => {
    for (const language of ['Go', 'Erlang', 'Elixir', 'C', 'C++', 'Rust', 'Zig']) {
      const result = score(makeProfile({ repositories: languageRepos('example-dev', language, 5) }));
      const os = requirement(result, 'os-concurrency');
      expect(os.evidence, language).toEqual([]);
      expect(os.met, language).toBe(false);
      expect(os.gap, language).toMatch(/a language alone does not show it\.$/);
    }
    // what the repository says it does still counts
    const scheduler = apiRepo('example-dev', 'jobs', { language: 'Go', description: 'A concurrent job scheduler with worker pools' });
    expect(requirement(score(makeProfile({ repositories: [scheduler] })), 'os-concurrency').evidence.map((e) => e.source)).toEqual(['repository']);
  });
});

describe('repository names, descriptions and topics', () => {
  const kubernetes = (repositories: Repository[]) => requirement(score(makeProfile({ repositories })), 'kubernetes').evidence;

  it('matches a topic to a skill', () => {
    const evidence = kubernetes([apiRepo('example-dev', 'cluster-tools', { language: 'Shell', topics: ['kubernetes', 'bash'] })]);
    expect(evidence).toEqual([
      expect.objectContaining({
        source: 'repository-topic',
        quote: 'topic: kubernetes',
        where: 'repository example-dev/cluster-tools (pushed 2026-01)',
        url: 'https://github.com/example-dev/cluster-tools',
      }),
    ]);
  });

  it('matches description words with the usual context rules, and slug words in names', () => {
    expect(kubernetes([apiRepo('example-dev', 'charts', { description: 'Helm chart for our API' })]).map((e) => e.quote)).toEqual(['Helm chart for our API']);
    const react = (name: string) => requirement(score(makeProfile({ repositories: [apiRepo('example-dev', name, { language: 'JavaScript' })] }), frontendPosting), 'react').evidence;
    expect(react('react-hooks-demo').map((e) => e.quote)).toEqual(['name: react-hooks-demo']);
    const go = (name: string) => requirement(score(makeProfile({ repositories: [apiRepo('example-dev', name)] })), 'go').evidence;
    expect(go('go-cache').map((e) => e.quote)).toEqual(['name: go-cache']);
    expect(go('lets-go')).toEqual([]);
    expect(go('go-home')).toEqual([]);
  });

  it('counts a repository once per skill: a Go repository saying "Go" is counted by the language only', () => {
    const evidence = requirement(score(makeProfile({ repositories: [apiRepo('example-dev', 'go-svc', { language: 'Go', description: 'A Go service' })] })), 'go').evidence;
    expect(evidence.map((e) => e.source)).toEqual(['repository-language']);
  });

  it('values a topic by the repository’s weight and its code: repositoryTopic × weight × (0.5 + 0.5 × codeFactor)', () => {
    const topicValue = (sizeKb: number, pushedAt: string) => {
      const profile = makeProfile({ repositories: [apiRepo('example-dev', 'cluster-tools', { language: 'Shell', topics: ['kubernetes'], sizeKb, pushedAt })] });
      return analyzeProfile(profile).skills.kubernetes![0]!.value;
    };
    const expected = (sizeKb: number, pushedAt: string) =>
      SIGNAL_VALUES.repositoryTopic * recencyFactor(pushedAt, capturedMs) * (0.5 + 0.5 * codeFactor(estimatedKb(sizeKb)));
    expect(topicValue(20_000, CAPTURED_AT)).toBeCloseTo(SIGNAL_VALUES.repositoryTopic, 10); // 10 MB of code, pushed at the capture
    expect(topicValue(4, yearsBefore(2))).toBeCloseTo(expected(4, yearsBefore(2)), 10);
    expect(topicValue(4, yearsBefore(2))).toBeLessThan(topicValue(20_000, CAPTURED_AT) / 3);
  });

  it('lists at most the strongest few repositories per requirement: the most code, not the most stars', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      apiRepo('example-dev', `cluster-${i}`, { language: 'Shell', topics: ['kubernetes'], sizeKb: 10 * 2 ** i, stars: 1_000 * (12 - i) }),
    );
    const evidence = kubernetes(many);
    expect(evidence).toHaveLength(SIGNAL_VALUES.repositoryItemsPerSkill);
    expect(evidence.map((e) => e.url)).toEqual(['11', '10', '9'].map((i) => `https://github.com/example-dev/cluster-${i}`));
  });
});

const frontendPosting: Posting = {
  id: 'test-frontend',
  title: 'Frontend',
  requirements: [{ id: 'react', label: 'React', kind: 'must', weight: 5, skills: ['react'] }],
  builtIn: false,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
};

describe('pinned repositories and the API list together', () => {
  const listed = [
    apiRepo('example-dev', 'scheduler', { language: 'Go', stars: 800, description: 'A concurrent job scheduler' }),
    apiRepo('example-dev', 'proxy', { language: 'Go', stars: 50 }),
  ];
  const pinned = [
    repo('example-dev', 'scheduler', { language: 'Go', stars: 800, description: 'A concurrent job scheduler' }),
    repo('example-dev', 'someone/kind', { language: 'Go', stars: 13_000, description: 'Kubernetes IN Docker' }),
  ];

  it('never counts a pinned repository the API also listed twice', () => {
    const both = score(makeProfile({ pinned, repositories: listed }));
    const apiOnlyWithContribution = score(makeProfile({ pinned: pinned.slice(1), repositories: listed }));
    expect(both).toEqual(apiOnlyWithContribution);
    for (const r of both.requirements) {
      const places = r.evidence.map((e) => `${e.source}:${e.url}`);
      expect(new Set(places).size, r.requirementId).toBe(places.length);
      expect(r.evidence.filter((e) => e.url === 'https://github.com/example-dev/scheduler' && e.source.startsWith('pinned')), r.requirementId).toEqual([]);
    }
  });

  it('still counts a pinned repository owned by someone else, which the user’s list cannot hold', () => {
    const go = requirement(score(makeProfile({ pinned, repositories: listed })), 'go');
    expect(go.evidence.map((e) => e.where)).toEqual(['public repositories in Go', 'pinned repository someone/kind (contributed, not owned)']);
  });

  it('counts all original public repositories as one open-source item, and their stars as one adoption item', () => {
    const profile = makeProfile({ repositories: [...listed, apiRepo('example-dev', 'fork', { isFork: true })] });
    const openSource = requirement(score(profile), 'open-source');
    expect(openSource.evidence).toEqual([
      expect.objectContaining({
        source: 'adoption',
        quote: '850 stars by others on 2 original repositories (most: scheduler, 800 stars)',
        url: 'https://github.com/example-dev?tab=repositories&sort=stargazers',
      }),
      expect.objectContaining({
        source: 'repositories',
        quote: '2 original public repositories (+1 fork), latest push 2026-01',
        url: 'https://github.com/example-dev?tab=repositories',
      }),
    ]);
    const analysis = analyzeProfile(profile);
    // the body of original work: Σ weight × codeFactor over the originals, on a saturating curve
    const body = listed.reduce((sum, r) => sum + recencyFactor(r.pushedAt, capturedMs) * codeFactor(estimatedKb(r.sizeKb!)), 0);
    const { publicRepositoriesMax, publicRepositoriesScale } = SIGNAL_VALUES;
    expect(ofSource(analysis, 'open-source', 'repositories')[0]!.value).toBeCloseTo(publicRepositoriesMax * (1 - Math.exp(-body / publicRepositoriesScale)), 10);
    expect(ofSource(analysis, 'open-source', 'adoption')[0]!.value).toBeCloseTo(adoptionValue(850, 0), 10);
    // never a skill: the 800-star scheduler is no more Go than an unstarred one
    expect(analysis.skills.go).toEqual(analyzeProfile(makeProfile({ repositories: listed.map((r) => ({ ...r, stars: 0 })) })).skills.go);
  });
});

describe('determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('measures recency from capturedAt, never from the clock', () => {
    const before = score(goInfraApiPerson);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2040-06-01T00:00:00Z'));
    expect(score(goInfraApiPerson)).toEqual(before);
  });

  it('gives the same score when capture and pushes are all shifted by the same time', () => {
    const shift = (iso: string) => new Date(Date.parse(iso) - 3 * YEAR_MS).toISOString();
    const earlier: Profile = {
      ...goInfraApiPerson,
      capturedAt: shift(goInfraApiPerson.capturedAt),
      repositories: goInfraApiPerson.repositories!.map((r) => ({ ...r, pushedAt: shift(r.pushedAt!) })),
    };
    const totals = (result: ScoreResult) => result.requirements.map((r) => r.points);
    expect(totals(score(earlier))).toEqual(totals(score(goInfraApiPerson)));
  });

  it('does not depend on the order the API listed the repositories in', () => {
    const reversed = { ...goInfraApiPerson, repositories: [...goInfraApiPerson.repositories!].reverse() };
    expect(score(reversed)).toEqual(score(goInfraApiPerson));
  });

  it('never reads name, login, location or email, with repositories too', () => {
    const forbidden = new Set(['name', 'login', 'location', 'email', 'avatar', 'avatarUrl']);
    const guarded = new Proxy(goInfraApiPerson, {
      get(target, property, receiver) {
        if (typeof property === 'string' && forbidden.has(property)) throw new Error(`scorer read ${property}`);
        return Reflect.get(target, property, receiver);
      },
    });
    expect(() => score(guarded)).not.toThrow();
  });
});

describe('arithmetic with repositories', () => {
  const profiles = { goInfraApiPerson, frontendApiPerson, dataApiPerson };

  it.each(Object.entries(profiles))('%s: total is the sum, and every point comes from evidence with an http(s) link', (_name, profile) => {
    const result = score(profile);
    expect(() => ScoreResultSchema.parse(result)).not.toThrow();
    expect(result.total).toBe(Math.round(result.requirements.reduce((total, r) => total + r.points, 0)));
    for (const r of result.requirements) {
      expect(r.points).toBeCloseTo(r.evidence.reduce((total, e) => total + e.points, 0), 2);
      for (const e of r.evidence) expect(['http:', 'https:']).toContain(new URL(e.url).protocol);
    }
  });

  it('caps a profile missing must-haves, with repositories too', () => {
    const result = score(dataApiPerson);
    expect(result.mustHavesMissing).toContain('Production Go');
    expect(result.total).toBeLessThanOrEqual(result.mustHavesMissing.length === 1 ? MUST_HAVE_CAP : MUST_HAVES_CAP);
  });
});

describe('confidence with repositories', () => {
  const SELF_DESCRIBED = 'most points come from what the person writes about themselves, not from their work';

  it('is high with the whole list read and most points from the work itself, and nothing left to raise', () => {
    const result = score(goInfraApiPerson);
    const all = goInfraApiPerson.repositories!;
    expect(result.confidenceReasons).toEqual([`all ${all.length} public repositories read (${all.filter((r) => !r.isFork).length} original)`]);
    expect(result.confidence).toBe('high');
    expect(result.raiseConfidence).toEqual([]);
  });

  it('is only medium when most points come from what the person writes about themselves, and says a token would help', () => {
    const talker = makeProfile({
      bio: 'Go developer. Concurrency and operating systems. Open source maintainer.',
      repositories: [apiRepo('example-dev', 'notes', { sizeKb: 2 }), apiRepo('example-dev', 'recipes', { sizeKb: 3 })],
    });
    const result = score(talker);
    expect(result.mustHavesMissing).toEqual([]);
    expect(result.confidence).toBe('medium');
    expect(result.confidenceReasons).toEqual(['all 2 public repositories read (2 original)', SELF_DESCRIBED]);
    expect(result.raiseConfidence).toEqual([expect.stringMatching(/GitHub token/i)]);
    // the same words with the code to back them are the person's work: high
    const doer = { ...talker, repositories: [...languageRepos('example-dev', 'Go', 6), apiRepo('example-dev', 'jobs', { language: 'Go', description: 'A concurrent job scheduler' })] };
    expect(score(doer).confidence).toBe('high');
  });

  it('is at most medium when the list may be cut, and asks for a token only when no files were read', () => {
    const repositories = languageRepos('example-dev', 'Go', LIMITS.repositories);
    const full = score(makeProfile({ repositories }));
    expect(full.confidenceReasons).toEqual([`the first ${LIMITS.repositories} public repositories read (there may be more)`]);
    expect(full.confidence).toBe('medium');
    expect(full.raiseConfidence).toEqual([expect.stringMatching(/GitHub token/i)]);
    const files = { goModule: true, goDependencies: 3, dockerfile: false, kubernetes: false, ciConfig: true, tests: true };
    const read = score(makeProfile({ repositories: [{ ...repositories[0]!, files }, ...repositories.slice(1)] }));
    expect(read.confidenceReasons).toEqual([...full.confidenceReasons, 'languages by size and files at HEAD of 1 repository read']);
    expect(read.confidence).toBe('medium');
    expect(read.raiseConfidence).toEqual([]);
  });

  it('is "low — no public work" with no original repositories and no work on others’ projects', () => {
    const empty = score(makeProfile({ repositories: [] }));
    expect(empty.confidence).toBe('low');
    expect(empty.confidenceReasons).toEqual([`${NO_PUBLIC_WORK}: no original public repositories`]);
    expect(empty.raiseConfidence).toEqual([expect.stringMatching(/public work/i)]);
    const forks = makeProfile({ repositories: languageRepos('example-dev', 'Go', 2, { isFork: true }) });
    expect(score(forks).confidence).toBe('low');
    expect(score(forks).confidenceReasons).toEqual([`${NO_PUBLIC_WORK}: no original public repositories (2 forks of others’ work, unchanged)`]);
    // merged pull requests to someone else's project are public work
    const mergedPullRequests: MergedPullRequests[] = [{ repo: 'golang/tools', url: 'https://github.com/golang/tools/pulls', count: 3, latestMergedAt: yearsBefore(0.1) }];
    const contributor = score({ ...forks, mergedPullRequests });
    expect(contributor.confidenceReasons[0]).toBe('all 2 public repositories read (0 original)');
    expect(contributor.confidence).not.toBe('low');
  });

  it('says "page only" without the API: medium at most, with three pinned repositories or more', () => {
    const pinned = [repo('example-dev', 'a'), repo('example-dev', 'b'), repo('example-dev', 'c'), repo('example-dev', 'd'), repo('example-dev', 'e'), repo('example-dev', 'f')];
    const six = score(makeProfile({ pinned }));
    expect(six.confidenceReasons).toEqual(['page only: 6 pinned repositories, the repository list was not read']);
    expect(six.confidence).toBe('medium');
    expect(six.raiseConfidence).toEqual([expect.stringMatching(/repository list/i)]);
    expect(score(makeProfile({ pinned: pinned.slice(0, 3) })).confidence).toBe('medium');
    const one = score(makeProfile({ pinned: pinned.slice(0, 1) }));
    expect(one.confidenceReasons).toEqual(['page only: 1 pinned repository, the repository list was not read']);
    expect(one.confidence).toBe('low');
  });
});

describe('analyzeProfile and scoreAnalysis', () => {
  it('scoreProfile is scoreAnalysis of analyzeProfile', () => {
    for (const profile of [goInfraApiPerson, frontendApiPerson, dataApiPerson]) {
      expect(scoreAnalysis(analyzeProfile(profile), seedPosting)).toEqual(scoreProfile(profile, seedPosting));
    }
  });

  it('is plain JSON that validates and scores the same after a round trip', () => {
    const analysis = analyzeProfile(goInfraApiPerson);
    const stored = JSON.parse(JSON.stringify(analysis));
    expect(ProfileAnalysisSchema.parse(stored)).toEqual(analysis);
    expect(scoreAnalysis(stored, seedPosting)).toEqual(scoreAnalysis(analysis, seedPosting));
  });

  it('holds no name, location or email', () => {
    const person = withOtherIdentity(goInfraApiPerson);
    const json = JSON.stringify(analyzeProfile(person));
    for (const value of [person.name!, person.location!, person.email!]) expect(json).not.toContain(value);
  });

  it('knows when it was made by another scorer version or vocabulary', () => {
    const analysis = analyzeProfile(goInfraApiPerson);
    expect(isAnalysisCurrent(analysis)).toBe(true);
    expect(isAnalysisCurrent({ ...analysis, version: ANALYSIS_VERSION + 1 } as never)).toBe(false);
    expect(isAnalysisCurrent({ ...analysis, vocabulary: 'older' })).toBe(false);
  });

  it('matches recruiter terms lazily against the stored texts, and a language name once', () => {
    const elixir = makeProfile({
      repositories: [
        apiRepo('example-dev', 'chat', { language: 'Elixir', description: 'Realtime chat on Phoenix channels, written in Elixir' }),
        apiRepo('example-dev', 'notes', { language: 'Markdown', topics: ['phoenix-framework'] }),
      ],
    });
    const posting: Posting = {
      ...frontendPosting,
      id: 'custom-elixir',
      requirements: [
        { id: 'elixir', label: 'Elixir', kind: 'must', weight: 5, skills: [], terms: ['Elixir'] },
        { id: 'phoenix', label: 'Phoenix', kind: 'plus', weight: 2, skills: [], terms: ['Phoenix'] },
      ],
    };
    const analysis = analyzeProfile(elixir);
    const result = scoreAnalysis(analysis, posting);
    expect(requirement(result, 'elixir').evidence.map((e) => e.source)).toEqual(['repository-language']);
    expect(requirement(result, 'phoenix').evidence.map((e) => [e.source, e.quote])).toEqual([
      ['repository-topic', 'topics: phoenix-framework'],
      ['repository', 'Realtime chat on Phoenix channels, written in Elixir'],
    ]);
    expect(scoreAnalysis(analysis, posting)).toEqual(result);
  });
});
