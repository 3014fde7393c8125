import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_VERSION, ProfileAnalysisSchema } from '@/lib/schema/analysis';
import type { Posting } from '@/lib/schema/posting';
import { LIMITS, type Profile, type Repository } from '@/lib/schema/profile';
import { type ScoreResult, ScoreResultSchema } from '@/lib/schema/score';
import { kindFactor, recencyFactor, sizeFactor } from '@/lib/scoring/repositories';
import { analyzeProfile, isAnalysisCurrent, scoreAnalysis, scoreProfile, SIGNAL_VALUES } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { apiRepo, dataApiPerson, frontendApiPerson, goInfraApiPerson, languageRepos, makeProfile, repo, withOtherIdentity } from './profiles';

const CAPTURED_AT = '2026-03-01T12:00:00.000Z';
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;
const capturedMs = Date.parse(CAPTURED_AT);
const yearsBefore = (years: number) => new Date(capturedMs - years * YEAR_MS).toISOString();

const score = (profile: Profile, posting: Posting = seedPosting) => scoreProfile(profile, posting);
const requirement = (result: ScoreResult, id: string) => {
  const found = result.requirements.find((r) => r.requirementId === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};
const goStrength = (repositories: Repository[]) => requirement(score(makeProfile({ repositories })), 'go').strength;

describe('repository weight: kind × recency × size', () => {
  it('halves every two years before the capture, down to a floor', () => {
    expect(recencyFactor(CAPTURED_AT, capturedMs)).toBe(1);
    expect(recencyFactor(yearsBefore(2), capturedMs)).toBeCloseTo(0.5, 6);
    expect(recencyFactor(yearsBefore(4), capturedMs)).toBeCloseTo(0.25, 6);
    expect(recencyFactor(yearsBefore(20), capturedMs)).toBe(SIGNAL_VALUES.repositoryRecencyFloor);
    expect(recencyFactor('2030-01-01T00:00:00Z', capturedMs)).toBe(1); // pushed "after" the capture: clock skew, not a bonus
    expect(recencyFactor(undefined, capturedMs)).toBe(SIGNAL_VALUES.repositoryRecencyUnknown);
    expect(recencyFactor('not a date', capturedMs)).toBe(SIGNAL_VALUES.repositoryRecencyUnknown);
  });

  it('grows with the log of the size: an empty repository keeps a floor, 10 MB counts fully', () => {
    expect(sizeFactor(0)).toBe(SIGNAL_VALUES.repositorySizeFloor);
    expect(sizeFactor(99)).toBeCloseTo(0.625, 3);
    expect(sizeFactor(10_000)).toBeCloseTo(1, 3);
    expect(sizeFactor(5_000_000)).toBe(1);
    expect(sizeFactor(1_000) - sizeFactor(100)).toBeCloseTo(sizeFactor(100) - sizeFactor(10), 1);
  });

  it('counts a fork a tenth and an archived repository a bit less', () => {
    expect(kindFactor({ isFork: false, archived: false })).toBe(1);
    expect(kindFactor({ isFork: true, archived: false })).toBe(0.1);
    expect(kindFactor({ isFork: false, archived: true })).toBe(0.8);
  });
});

describe('language share', () => {
  const mixed = makeProfile({
    repositories: [
      ...languageRepos('example-dev', 'Go', 13),
      apiRepo('example-dev', 'latest-go', { language: 'Go', pushedAt: '2026-02-20T08:00:00Z' }),
      ...languageRepos('example-dev', 'JavaScript', 26),
      apiRepo('example-dev', 'someone-elses-go', { language: 'Go', isFork: true }),
    ],
  });

  it('is one piece of evidence for all the original repositories in the language, linked to the filtered list', () => {
    const go = requirement(score(mixed), 'go');
    expect(go.evidence).toHaveLength(1);
    expect(go.evidence[0]).toMatchObject({
      source: 'repository-language',
      quote: 'Go in 14 of 40 original repositories (35%) (+1 fork), latest push 2026-02',
      where: 'public repositories in Go',
      url: 'https://github.com/example-dev?tab=repositories&language=go',
    });
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

  it('adds stars with diminishing returns', () => {
    const starred = (stars: number) => goStrength([apiRepo('example-dev', 'svc', { language: 'Go', stars })]);
    const [none, hundred, tenThousand] = [starred(0), starred(100), starred(10_000)];
    expect(hundred).toBeGreaterThan(none);
    expect(tenThousand).toBeGreaterThan(hundred);
    expect(tenThousand - hundred).toBeLessThan(100 * (hundred - none));
  });

  it('says when a language is only in forks', () => {
    const forks = makeProfile({ repositories: languageRepos('example-dev', 'Go', 2, { isFork: true }) });
    expect(requirement(score(forks), 'go').evidence.map((e) => e.quote)).toEqual(['Go only in 2 forked repositories, latest push 2026-01']);
  });

  it('drops readings too weak to matter, so an old fork cannot meet a must-have', () => {
    const oldFork = makeProfile({ repositories: [apiRepo('example-dev', 'go-tour', { language: 'Go', isFork: true, pushedAt: yearsBefore(7) })] });
    const result = score(oldFork);
    expect(requirement(result, 'go').met).toBe(false);
    expect(result.mustHavesMissing).toContain('Production Go');
  });

  it('counts a narrower skill’s language for the broader skill that includes it (PL/pgSQL is SQL)', () => {
    const posting: Posting = { ...frontendPosting, requirements: [{ id: 'sql', label: 'SQL', kind: 'must', weight: 5, skills: ['sql'] }] };
    const result = score(makeProfile({ repositories: languageRepos('example-dev', 'PLpgSQL', 3) }), posting);
    expect(requirement(result, 'sql').evidence.map((e) => e.quote)).toEqual(['PLpgSQL in 3 of 3 original repositories (100%), latest push 2026-01']);
  });

  it('implies concurrency from Go, weakly and marked indirect', () => {
    const evidence = requirement(score(makeProfile({ repositories: languageRepos('example-dev', 'Go', 5) })), 'os-concurrency').evidence;
    expect(evidence.map((e) => e.quote)).toEqual(['Go in 5 of 5 original repositories (100%), latest push 2026-01 (concurrency-first language, indirect)']);
    expect(requirement(score(makeProfile({ repositories: languageRepos('example-dev', 'Go', 5) })), 'os-concurrency').strength).toBeLessThan(0.4);
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

  it('lists at most the strongest few repositories per requirement', () => {
    const many = Array.from({ length: 12 }, (_, i) => apiRepo('example-dev', `cluster-${i}`, { language: 'Shell', topics: ['kubernetes'], stars: i }));
    const evidence = kubernetes(many);
    expect(evidence).toHaveLength(SIGNAL_VALUES.repositoryItemsPerSkill);
    expect(evidence[0]!.url).toBe('https://github.com/example-dev/cluster-11');
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

  it('counts all original public repositories as one open-source item', () => {
    const openSource = requirement(score(makeProfile({ repositories: [...listed, apiRepo('example-dev', 'fork', { isFork: true })] })), 'open-source');
    expect(openSource.evidence).toEqual([
      expect.objectContaining({
        source: 'repositories',
        quote: '2 original public repositories (+1 fork), 850 stars received, latest push 2026-01',
        url: 'https://github.com/example-dev?tab=repositories',
      }),
    ]);
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

  it('caps a profile missing a must-have, with repositories too', () => {
    const result = score(dataApiPerson);
    expect(result.mustHavesMissing).toContain('Production Go');
    expect(result.total).toBeLessThanOrEqual(40);
  });
});

describe('confidence with repositories', () => {
  it('says all public repositories were read, and counts them as well known', () => {
    const result = score(goInfraApiPerson);
    expect(result.confidenceReasons).toEqual([`all ${goInfraApiPerson.repositories!.length} public repositories read`, 'no profile README', 'contributions unknown']);
    expect(result.confidence).toBe('high'); // repositories and a bio
    expect(score({ ...goInfraApiPerson, bio: undefined }).confidence).toBe('medium');
  });

  it('says when the list may be cut, or is empty', () => {
    const full = makeProfile({ repositories: languageRepos('example-dev', 'Go', LIMITS.repositories) });
    expect(score(full).confidenceReasons[0]).toBe(`the first ${LIMITS.repositories} public repositories read (there may be more)`);
    expect(score(makeProfile({ repositories: [] })).confidenceReasons[0]).toBe('no public repositories');
  });

  it('says "page only" without the API', () => {
    const pinned = [repo('example-dev', 'a'), repo('example-dev', 'b'), repo('example-dev', 'c'), repo('example-dev', 'd'), repo('example-dev', 'e'), repo('example-dev', 'f')];
    expect(score(makeProfile({ pinned })).confidenceReasons[0]).toBe('page only: 6 pinned repositories');
    expect(score(makeProfile({ pinned: pinned.slice(0, 1) })).confidenceReasons[0]).toBe('page only: only 1 pinned repository');
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
