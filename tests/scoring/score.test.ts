import { describe, expect, it } from 'vitest';
import type { Posting } from '@/lib/schema/posting';
import type { Profile } from '@/lib/schema/profile';
import { type ScoreResult, ScoreResultSchema } from '@/lib/schema/score';
import { analyzeProfile, MUST_HAVE_CAP, MUST_HAVES_CAP, MUST_MET_STRENGTH, scoreProfile, SIGNAL_VALUES } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { FULL_STRENGTH, MUST_HAVE_SHARE } from '@/lib/scoring/values';
import {
  almostEmptyProfile,
  frontendJsPerson,
  goInfraPerson,
  goRepos,
  makeProfile,
  languageRepos,
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

const weightOf = (posting: Posting, kind: 'must' | 'plus') => posting.requirements.reduce((sum, r) => sum + (r.kind === kind ? r.weight : 0), 0);
/** How much of all the must-haves is shown, by weight: each counts min(1, strength / FULL_STRENGTH). */
/** Traits (here open source) show a fit only with the skills: they do not count toward the must-haves shown. */
const TRAITS = new Set(['open-source', 'community', 'written-communication']);
const mustCoverage = (result: ScoreResult) => {
  const musts = result.requirements.filter((r) => r.kind === 'must' && !TRAITS.has(r.requirementId));
  const weight = musts.reduce((sum, r) => sum + r.weight, 0);
  return musts.reduce((sum, r) => sum + r.weight * Math.min(1, r.strength / FULL_STRENGTH), 0) / weight;
};
const customPosting = (requirements: Posting['requirements']): Posting => ({
  id: 'custom',
  title: 'Custom',
  requirements,
  builtIn: false,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
});

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

  it('keeps a profile missing a must-have at MUST_HAVE_CAP or below, lists the must-have and says what would count', () => {
    const result = score(rustSystemsPerson);
    expect(result.mustHavesMissing).toEqual(['Production Go']);
    expect(result.total).toBeLessThanOrEqual(MUST_HAVE_CAP);
    const go = requirement(result, 'go');
    expect(go.gap).toMatch(/^No Go in the profile page \(4 pinned repositories; the repository list was not read\)\. Would count: Go code in their own repositories/);
    // must-haves are wanted together: with no Go, operating systems shown in full earns only its share of the skill must-haves
    const os = requirement(result, 'os-concurrency');
    expect(os.strength).toBeGreaterThanOrEqual(FULL_STRENGTH);
    expect(mustCoverage(result)).toBeCloseTo(7 / 17, 6);
    expect(os.points).toBeCloseTo(os.maxPoints * mustCoverage(result), 1);
    for (const r of result.requirements) expect(r.gap === undefined, r.requirementId).toBe(r.requirementId !== 'go');
  });

  it('caps the total at MUST_HAVE_CAP with one must-have missing, at MUST_HAVES_CAP with two or more', () => {
    type Requirement = Posting['requirements'][number];
    const go: Requirement = { id: 'go', label: 'Go', kind: 'must', weight: 10, skills: ['go'] };
    const elixir: Requirement = { id: 'elixir', label: 'Elixir', kind: 'must', weight: 1, skills: ['elixir'] };
    const haskell: Requirement = { id: 'haskell', label: 'Haskell', kind: 'must', weight: 1, skills: ['haskell'] };
    const docker: Requirement = { id: 'docker', label: 'Docker', kind: 'plus', weight: 2, skills: ['docker'] };
    const none = score(goInfraPerson, customPosting([go, docker]));
    expect(none).toMatchObject({ mustHavesMissing: [], capped: false });
    expect(none.total).toBeGreaterThan(MUST_HAVE_CAP);
    const one = score(goInfraPerson, customPosting([go, elixir, docker]));
    expect(one).toMatchObject({ mustHavesMissing: ['Elixir'], capped: true, total: MUST_HAVE_CAP });
    expect(requirement(one, 'elixir').gap).toMatch(/^No Elixir in the profile page/);
    const two = score(goInfraPerson, customPosting([go, elixir, haskell, docker]));
    expect(two).toMatchObject({ mustHavesMissing: ['Elixir', 'Haskell'], capped: true, total: MUST_HAVES_CAP });
    // the cap scales every requirement alike: Go (shown in full, times the must-haves shown) against Docker stays as uncapped
    for (const result of [one, two]) {
      const [goResult, dockerResult] = [requirement(result, 'go'), requirement(result, 'docker')];
      const uncapped = (goResult.maxPoints * mustCoverage(result)) / (dockerResult.maxPoints * Math.min(1, dockerResult.strength / FULL_STRENGTH));
      expect(goResult.points / dockerResult.points).toBeCloseTo(uncapped, 1);
    }
  });

  it('lists missing must-haves without claiming a cap when the score is already below it', () => {
    const result = score(frontendJsPerson);
    expect(result.mustHavesMissing).toEqual(['Production Go', 'Operating systems & concurrent programming']);
    expect(result.capped).toBe(false);
  });

  it('gives a Ruby veteran with one contributed Go project a middling, explained score: stars buy no skill', () => {
    const result = score(rubyVeteran);
    expect(result.total).toBeGreaterThan(score(frontendJsPerson).total);
    expect(result.total).toBeLessThan(score(goInfraPerson).total);
    const go = requirement(result, 'go');
    expect(go.evidence.map((e) => e.where)).toEqual(['pinned repository someone/gitwrap (contributed, not owned)']);
    // 22k stars on someone else's Go project are theirs: one contributed repository's worth of Go
    expect(go.strength).toBeCloseTo(1 - Math.exp(-SIGNAL_VALUES.contributedRepoLanguage), 3);
    expect(go.points).toBeLessThan(go.maxPoints);
    // two pinned Ruby repositories show Ruby in full, however starred
    const ruby = requirement(result, 'ruby-rails');
    expect(ruby.strength).toBeCloseTo(1 - Math.exp(-2 * SIGNAL_VALUES.ownRepoLanguage), 3);
    expect(ruby.points).toBeCloseTo(ruby.maxPoints, 1);
    // their reach is open source: adoption of their own projects
    expect(requirement(result, 'open-source').evidence.filter((e) => e.source === 'adoption').map((e) => e.url)).toEqual([
      'https://github.com/ruby-veteran/pjax-lite',
      'https://github.com/ruby-veteran/queueworks',
      'https://github.com/ruby-veteran/templating',
    ]);
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
      // a plus is met by any evidence, a must-have only with MUST_MET_STRENGTH of it; an unmet must-have says why
      expect(r.met).toBe(r.evidence.length > 0 && (r.kind !== 'must' || r.strength >= MUST_MET_STRENGTH));
      expect(r.gap !== undefined).toBe(r.kind === 'must' && !r.met);
      for (const e of r.evidence) {
        expect(['http:', 'https:']).toContain(new URL(e.url).protocol);
        expect(e.requirementId).toBe(r.requirementId);
      }
    }
  });

  it('must-haves share MUST_HAVE_SHARE points by weight and pluses the rest; a posting of one kind gives it all 100', () => {
    const result = score(goInfraPerson);
    const maxOf = (kind: 'must' | 'plus') => result.requirements.filter((r) => r.kind === kind).reduce((total, r) => total + r.maxPoints, 0);
    expect(maxOf('must')).toBeCloseTo(MUST_HAVE_SHARE, 1);
    expect(maxOf('plus')).toBeCloseTo(100 - MUST_HAVE_SHARE, 1);
    expect(requirement(result, 'go').maxPoints).toBeCloseTo((MUST_HAVE_SHARE * 10) / weightOf(seedPosting, 'must'), 2);
    expect(requirement(result, 'docker').maxPoints).toBeCloseTo(((100 - MUST_HAVE_SHARE) * 2) / weightOf(seedPosting, 'plus'), 2);
    const mustsOnly = customPosting(seedPosting.requirements.filter((r) => r.kind === 'must'));
    expect(requirement(score(goInfraPerson, mustsOnly), 'go').maxPoints).toBeCloseTo((100 * 10) / weightOf(seedPosting, 'must'), 2);
    const plusesOnly = customPosting(seedPosting.requirements.filter((r) => r.kind === 'plus'));
    expect(score(goInfraPerson, plusesOnly).requirements.reduce((total, r) => total + r.maxPoints, 0)).toBeCloseTo(100, 1);
  });

  it.each(Object.entries(allProfiles))('%s: a requirement earns maxPoints × min(1, strength / FULL_STRENGTH), must-haves × the must-haves shown', (_name, profile) => {
    const result = score(profile);
    const scale = result.capped ? (result.mustHavesMissing.length === 1 ? MUST_HAVE_CAP : MUST_HAVES_CAP) : 1;
    const raw = result.requirements.map((r) => r.maxPoints * Math.min(1, r.strength / FULL_STRENGTH) * (r.kind === 'must' ? mustCoverage(result) : 1));
    const rawTotal = raw.reduce((sum, value) => sum + value, 0);
    result.requirements.forEach((r, i) => expect(r.points, r.requirementId).toBeCloseTo(result.capped ? (raw[i]! * scale) / rawTotal : raw[i]!, 1));
  });

  it('strength has diminishing returns', () => {
    const strengths = [1, 2, 3, 4].map((count) => requirement(score(goRepos(count)), 'go').strength);
    const gains = strengths.slice(1).map((strength, i) => strength - strengths[i]!);
    for (let i = 1; i < gains.length; i++) expect(gains[i]!).toBeLessThan(gains[i - 1]!);
    expect(gains.every((gain) => gain > 0)).toBe(true);
    expect(strengths.at(-1)!).toBeLessThan(1);
  });

  it('stars change no skill requirement’s points, only open source’s, with diminishing returns', () => {
    const posting = customPosting([
      { id: 'go', label: 'Go', kind: 'must', weight: 5, skills: ['go'] },
      { id: 'kubernetes', label: 'Kubernetes', kind: 'plus', weight: 2, skills: ['kubernetes'] },
      { id: 'open-source', label: 'Open source', kind: 'plus', weight: 2, skills: ['open-source'] },
    ]);
    const starred = (stars: number) => makeProfile({ pinned: [repo('example-dev', 'svc', { language: 'Go', description: 'A Kubernetes operator', stars })] });
    const [none, hundred, tenThousand] = [0, 100, 10_000].map((stars) => score(starred(stars), posting)) as [ScoreResult, ScoreResult, ScoreResult];
    for (const id of ['go', 'kubernetes']) {
      expect(requirement(hundred, id), id).toEqual(requirement(none, id));
      expect(requirement(tenThousand, id), id).toEqual(requirement(none, id));
    }
    const openSource = [none, hundred, tenThousand].map((result) => requirement(result, 'open-source').strength);
    expect(openSource[1]!).toBeGreaterThan(openSource[0]!);
    expect(openSource[2]!).toBeGreaterThan(openSource[1]!);
    expect(openSource[2]! - openSource[1]!).toBeLessThan(100 * (openSource[1]! - openSource[0]!));
    expect(requirement(hundred, 'open-source').evidence.map((e) => [e.source, e.quote])).toContainEqual(['adoption', 'used by others, 100 stars']);
    // the seed posting weighs open source as a must-have, so more of it shown lifts every must-have's points
    // (must-haves count together); Go's own strength and evidence are still untouched by stars
    const goIn = (stars: number) => requirement(score(starred(stars)), 'go');
    expect(goIn(10_000).strength).toBe(goIn(0).strength);
    expect(goIn(10_000).evidence.map((e) => [e.source, e.quote])).toEqual(goIn(0).evidence.map((e) => [e.source, e.quote]));
    const skillsButOpenSource = (stars: number) => Object.entries(analyzeProfile(starred(stars)).skills).filter(([id]) => id !== 'open-source');
    expect(skillsButOpenSource(10_000)).toEqual(skillsButOpenSource(0));
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
  const LIST_WOULD_RAISE = /repository list/i;

  it('is low for an almost empty profile, and says why and what would raise it', () => {
    const result = score(almostEmptyProfile);
    expect(result.confidence).toBe('low');
    expect(result.confidenceReasons).toEqual(['page only: no pinned repositories, the repository list was not read']);
    expect(result.raiseConfidence).toEqual([expect.stringMatching(LIST_WOULD_RAISE)]);
    expect(result.total).toBe(0);
  });

  it('is medium for a page-only capture with three pinned repositories or more, low with fewer', () => {
    const result = score(rubyVeteran);
    expect(result.confidence).toBe('medium');
    // Issue 3 asks the reasons to say where repositories were read: the page only, or the API's full list.
    expect(result.confidenceReasons).toEqual(['page only: 4 pinned repositories, the repository list was not read']);
    expect(result.raiseConfidence).toEqual([expect.stringMatching(LIST_WOULD_RAISE)]);
    expect(score({ ...rubyVeteran, pinned: rubyVeteran.pinned.slice(0, 2) }).confidence).toBe('low');
  });

  it('is at most medium for a page-only capture, however much it shows; high once the whole repository list is read', () => {
    const pageOnly = score(goInfraPerson);
    expect(pageOnly.confidence).toBe('medium');
    expect(pageOnly.raiseConfidence).toEqual([expect.stringMatching(LIST_WOULD_RAISE)]);
    const listed = score({ ...goInfraPerson, repositories: languageRepos('gopher-ines', 'Go', 5) });
    expect(listed.confidence).toBe('high');
    expect(listed.confidenceReasons).toEqual(['all 5 public repositories read (5 original)']);
    expect(listed.raiseConfidence).toEqual([]);
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
