import { describe, expect, it } from 'vitest';
import type { Posting } from '@/lib/schema/posting';
import type { Profile } from '@/lib/schema/profile';
import { type ScoreResult, ScoreResultSchema } from '@/lib/schema/score';
import { MUST_HAVE_CAP, scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import {
  almostEmptyProfile,
  frontendJsPerson,
  goInfraPerson,
  goRepos,
  makeProfile,
  org,
  repo,
  rubyVeteran,
  rustSystemsPerson,
  withOtherIdentity,
} from './profiles';

const score = (profile: Profile, posting: Posting = seedPosting) => scoreProfile(profile, posting);
const requirement = (result: ScoreResult, id: string) => {
  const found = result.requirements.find((r) => r.requirementId === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};

const allProfiles = { goInfraPerson, frontendJsPerson, rustSystemsPerson, rubyVeteran, almostEmptyProfile };

describe('scoreProfile against the seed posting', () => {
  it('puts a Go/infrastructure person far above a frontend-only JavaScript person', () => {
    const gopher = score(goInfraPerson);
    const frontend = score(frontendJsPerson);
    expect(gopher.total).toBeGreaterThanOrEqual(70);
    expect(frontend.total).toBeLessThanOrEqual(20);
    expect(gopher.total - frontend.total).toBeGreaterThanOrEqual(50);
    expect(gopher.mustHavesMissing).toEqual([]);
  });

  it('finds no Go in "I love to go hiking" or "Let’s go!"', () => {
    expect(requirement(score(frontendJsPerson), 'go').evidence).toEqual([]);
  });

  it('caps a profile missing a must-have, and lists the must-have', () => {
    const result = score(rustSystemsPerson);
    expect(result.mustHavesMissing).toEqual(['Production Go']);
    expect(result.capped).toBe(true);
    expect(result.total).toBe(MUST_HAVE_CAP);
    const os = requirement(result, 'os-concurrency');
    expect(os.points).toBeLessThan(os.strength * os.maxPoints);
  });

  it('lists missing must-haves without claiming a cap when the score is already below it', () => {
    const result = score(frontendJsPerson);
    expect(result.mustHavesMissing).toEqual(['Production Go', 'Operating systems & concurrent programming']);
    expect(result.capped).toBe(false);
  });

  it('gives a Ruby veteran with one contributed Go project a middling, explained score', () => {
    const result = score(rubyVeteran);
    expect(result.total).toBeGreaterThan(score(frontendJsPerson).total);
    expect(result.total).toBeLessThan(score(goInfraPerson).total);
    const go = requirement(result, 'go');
    expect(go.evidence.map((e) => e.where)).toEqual(['pinned repository someone/gitwrap (contributed, not owned)']);
    expect(requirement(result, 'ruby-rails').strength).toBeGreaterThan(0.8);
  });

  it('counts a pinned repository owned by someone else as an open-source contribution', () => {
    const evidence = requirement(score(goInfraPerson), 'open-source').evidence;
    const contributed = evidence.find((e) => e.url === 'https://github.com/kubernetes-sigs/kind');
    expect(contributed?.quote).toMatch(/^contributes to a public repository/);
  });
});

describe('arithmetic', () => {
  it.each(Object.entries(allProfiles))('%s: total is the rounded sum of requirement points', (_name, profile) => {
    const result = score(profile);
    const sum = result.requirements.reduce((total, r) => total + r.points, 0);
    expect(result.total).toBe(Math.round(sum));
  });

  it.each(Object.entries(allProfiles))('%s: every point comes from evidence with an http(s) link', (_name, profile) => {
    const result = score(profile);
    expect(() => ScoreResultSchema.parse(result)).not.toThrow();
    for (const r of result.requirements) {
      const evidencePoints = r.evidence.reduce((total, e) => total + e.points, 0);
      expect(r.points).toBeCloseTo(evidencePoints, 2);
      expect(r.points).toBeLessThanOrEqual(r.maxPoints);
      expect(r.met).toBe(r.evidence.length > 0);
      for (const e of r.evidence) {
        expect(['http:', 'https:']).toContain(new URL(e.url).protocol);
        expect(e.requirementId).toBe(r.requirementId);
      }
    }
  });

  it('requirement max points share 100 by weight', () => {
    const result = score(goInfraPerson);
    const sum = result.requirements.reduce((total, r) => total + r.maxPoints, 0);
    expect(sum).toBeCloseTo(100, 1);
    expect(requirement(result, 'go').maxPoints).toBeCloseTo((10 / 41) * 100, 2);
  });

  it('strength has diminishing returns', () => {
    const strengths = [1, 2, 3, 4].map((count) => requirement(score(goRepos(count)), 'go').strength);
    const gains = strengths.slice(1).map((strength, i) => strength - strengths[i]!);
    for (let i = 1; i < gains.length; i++) expect(gains[i]!).toBeLessThan(gains[i - 1]!);
    expect(gains.every((gain) => gain > 0)).toBe(true);
    expect(strengths.at(-1)!).toBeLessThan(1);
  });

  it('stars add with diminishing returns', () => {
    const goStrength = (stars: number) =>
      requirement(score(makeProfile({ pinned: [repo('example-dev', 'svc', { language: 'Go', stars })] })), 'go').strength;
    const [none, hundred, tenThousand] = [goStrength(0), goStrength(100), goStrength(10_000)];
    expect(hundred).toBeGreaterThan(none);
    expect(tenThousand).toBeGreaterThan(hundred);
    expect(tenThousand - hundred).toBeLessThan(100 * (hundred - none));
  });
});

describe('determinism and fairness', () => {
  it('returns the same result every time', () => {
    expect(score(goInfraPerson)).toEqual(score(goInfraPerson));
  });

  it('does not depend on the order of pinned repositories or organizations', () => {
    const reordered = { ...goInfraPerson, pinned: [...goInfraPerson.pinned].reverse(), organizations: [...goInfraPerson.organizations].reverse() };
    expect(score(reordered)).toEqual(score(goInfraPerson));
  });

  it('scores two profiles identical except name, login, location and email the same', () => {
    const strip = (result: ScoreResult) => ({
      ...result,
      requirements: result.requirements.map((r) => ({ ...r, evidence: r.evidence.map(({ url: _url, ...rest }) => rest) })),
    });
    expect(strip(score(withOtherIdentity(goInfraPerson)))).toEqual(strip(score(goInfraPerson)));
  });

  it('never reads name, login, location or email', () => {
    const forbidden = new Set(['name', 'login', 'location', 'email']);
    const guarded = new Proxy(goInfraPerson, {
      get(target, property, receiver) {
        if (typeof property === 'string' && forbidden.has(property)) throw new Error(`scorer read ${property}`);
        return Reflect.get(target, property, receiver);
      },
    });
    expect(() => score(guarded)).not.toThrow();
  });
});

describe('confidence', () => {
  it('is low for an almost empty profile, and says why', () => {
    const result = score(almostEmptyProfile);
    expect(result.confidence).toBe('low');
    expect(result.confidenceReasons).toEqual(['no pinned repositories', 'no profile README', 'contributions unknown', 'no bio']);
    expect(result.total).toBe(0);
  });

  it('is medium when only part of the profile is known', () => {
    const result = score(rubyVeteran);
    expect(result.confidence).toBe('medium');
    // Issue 3 asks the reasons to say where repositories were read: the page only, or the API's full list.
    expect(result.confidenceReasons).toEqual(['page only: 4 pinned repositories', 'no profile README', 'contributions unknown']);
  });

  it('is high when pinned repositories, README, bio and contributions are all read', () => {
    expect(score(goInfraPerson).confidence).toBe('high');
  });
});

describe('custom postings', () => {
  const elixirPosting: Posting = {
    id: 'custom-elixir',
    title: 'Elixir developer',
    requirements: [
      { id: 'elixir', label: 'Elixir', kind: 'must', weight: 5, skills: ['elixir', 'skill-from-a-newer-vocabulary'] },
      { id: 'phoenix', label: 'Phoenix', kind: 'plus', weight: 2, skills: [], terms: ['Phoenix'] },
    ],
    builtIn: false,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  };

  it('matches recruiter terms and skips unknown skill ids', () => {
    const profile = makeProfile({
      organizations: [org('phoenixframework')],
      pinned: [repo('example-dev', 'chat', { description: 'Realtime chat on Phoenix channels', language: 'Elixir', stars: 40 })],
    });
    const result = score(profile, elixirPosting);
    expect(requirement(result, 'elixir').met).toBe(true);
    expect(requirement(result, 'phoenix').evidence.map((e) => e.source)).toEqual(['pinned-repo']);
    expect(result.mustHavesMissing).toEqual([]);
  });
});
