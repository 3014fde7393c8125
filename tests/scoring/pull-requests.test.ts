import { describe, expect, it } from 'vitest';
import type { MergedPullRequests } from '@/lib/schema/profile';
import { type ScoreResult, ScoreResultSchema } from '@/lib/schema/score';
import { pullRequestCountFactor } from '@/lib/scoring/pull-requests';
import { analyzeProfile, scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { makeProfile } from './profiles';

const CAPTURED_AT = '2026-03-01T12:00:00.000Z';
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;
const yearsBefore = (years: number) => new Date(Date.parse(CAPTURED_AT) - years * YEAR_MS).toISOString();

function merged(repo: string, count: number, latestMergedAt: string | undefined = yearsBefore(0.1)): MergedPullRequests {
  const url = `https://github.com/${repo}/pulls?q=is%3Apr+is%3Amerged+author%3Aexample-dev`;
  return { repo, url, count, ...(latestMergedAt ? { latestMergedAt } : {}) };
}

const score = (mergedPullRequests: MergedPullRequests[] | undefined) =>
  ScoreResultSchema.parse(scoreProfile(makeProfile({ capturedAt: CAPTURED_AT, mergedPullRequests }), seedPosting));
const requirement = (result: ScoreResult, id: string) => result.requirements.find((r) => r.requirementId === id)!;
const prEvidence = (result: ScoreResult, id: string) => requirement(result, id).evidence.filter((e) => e.source === 'merged-pull-request');

describe('merged pull requests to other people’s repositories', () => {
  it('make kubernetes/kubernetes evidence for Kubernetes and open source, each linked to the pull requests', () => {
    const result = score([merged('kubernetes/kubernetes', 3, '2026-01-15T10:00:00Z')]);
    const [kubernetes] = prEvidence(result, 'kubernetes');
    expect(kubernetes).toMatchObject({
      url: 'https://github.com/kubernetes/kubernetes/pulls?q=is%3Apr+is%3Amerged+author%3Aexample-dev',
      where: 'pull requests to kubernetes/kubernetes',
      quote: '3 merged pull requests to kubernetes/kubernetes, latest 2026-01',
    });
    expect(requirement(result, 'kubernetes').met).toBe(true);
    expect(prEvidence(result, 'open-source').map((e) => e.where)).toEqual(['pull requests to kubernetes/kubernetes']);
    expect(requirement(result, 'open-source').met).toBe(true);
  });

  it('name skills from the owner as well as the name: golang/tools is Go, rails/rails is Rails', () => {
    const result = score([merged('golang/tools', 2), merged('rails/rails', 1)]);
    expect(prEvidence(result, 'go').map((e) => e.where)).toEqual(['pull requests to golang/tools']);
    expect(prEvidence(result, 'ruby-rails').map((e) => e.where)).toEqual(['pull requests to rails/rails']);
    expect(prEvidence(result, 'kubernetes')).toEqual([]);
  });

  it('do not read a verb into a repository name: someone/lets-go is not Go', () => {
    const result = score([merged('someone/lets-go', 5)]);
    expect(prEvidence(result, 'go')).toEqual([]);
    expect(prEvidence(result, 'open-source')).toHaveLength(1); // still an accepted contribution
  });

  it('count more pull requests with diminishing returns, and old merges for less', () => {
    expect(pullRequestCountFactor(1)).toBe(0.5);
    expect(pullRequestCountFactor(2)).toBe(0.75);
    expect(pullRequestCountFactor(4)).toBe(1);
    expect(pullRequestCountFactor(400)).toBe(1);
    const points = (group: MergedPullRequests) => prEvidence(score([group]), 'kubernetes')[0]!.points;
    expect(points(merged('kubernetes/kubernetes', 4))).toBeGreaterThan(points(merged('kubernetes/kubernetes', 1)));
    expect(points(merged('kubernetes/kubernetes', 4, yearsBefore(6)))).toBeLessThan(points(merged('kubernetes/kubernetes', 4, yearsBefore(0.1)) ) / 4);
  });

  it('add less with each further repository, so many small contributions do not outweigh the rest', () => {
    const strength = (repositories: number) =>
      requirement(score(Array.from({ length: repositories }, (_, i) => merged(`owner${i}/project${i}`, 1))), 'open-source').strength;
    expect(strength(2) - strength(1)).toBeGreaterThan(strength(3) - strength(2));
    expect(strength(3) - strength(2)).toBeGreaterThan(strength(40) - strength(20));
    expect(strength(40)).toBeLessThanOrEqual(1);
  });

  it('raise a must-have capped profile above the cap once open source is proven by them', () => {
    const withGo = { pinned: [], bio: 'I write Go services on Linux with goroutines and channels.' };
    const without = scoreProfile(makeProfile({ capturedAt: CAPTURED_AT, ...withGo }), seedPosting);
    const withPrs = scoreProfile(makeProfile({ capturedAt: CAPTURED_AT, ...withGo, mergedPullRequests: [merged('kubernetes/kubernetes', 4)] }), seedPosting);
    expect(without.mustHavesMissing).toContain('Passion for open source');
    expect(withPrs.mustHavesMissing).not.toContain('Passion for open source');
    expect(withPrs.total).toBeGreaterThan(without.total);
  });

  it('are counted in the analysis coverage only when the search was read', () => {
    expect(analyzeProfile(makeProfile({ mergedPullRequests: [merged('a/b', 1)] })).coverage?.pullRequestRepositories).toBe(1);
    expect(analyzeProfile(makeProfile({ mergedPullRequests: [] })).coverage?.pullRequestRepositories).toBe(0);
    expect(analyzeProfile(makeProfile()).coverage?.pullRequestRepositories).toBeUndefined();
  });
});
