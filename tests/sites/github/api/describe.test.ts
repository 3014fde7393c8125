import { describe, expect, it } from 'vitest';
import { describeBudget, describeEnrichment, describeFailure } from '@/lib/sites/github/api/describe';
import { API_FAILURE_KINDS, ENRICHMENT_PARTS, type Enrichment, type EnrichmentFailure } from '@/lib/schema/enrichment';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const never: Enrichment = { candidateKey: 'github:ada', login: 'ada', checkedAt: NOW.toISOString() };
const earlier: Enrichment = { ...never, fetchedAt: '2026-02-27T12:00:00.000Z', repositories: [], organizations: [], mergedPullRequests: [] };
const failure = (kind: EnrichmentFailure['kind'], missing = [...ENRICHMENT_PARTS]): EnrichmentFailure => ({
  kind,
  detail: 'x',
  retryAt: '2026-03-01T13:00:00.000Z',
  missing,
  at: NOW.toISOString(),
});

describe('what the panel says', () => {
  it.each(API_FAILURE_KINDS)('%s: the cause, what the score lacks and when it is retried, in plain words', (kind) => {
    const sentence = describeFailure(never, failure(kind));
    expect(sentence).toContain('The score uses the profile page only, without repositories, organizations or merged pull requests.');
    expect(sentence).toMatch(kind === 'unauthorized' ? /Fix or clear the token in Options/ : /tried again when you open this profile after .+, or press Refresh\.$/);
    expect(sentence).not.toMatch(/undefined|null|\bx\b/);
  });

  it('says the older API data is kept, or which part is missing', () => {
    expect(describeFailure(earlier, failure('server'))).toMatch(/^GitHub’s API is having trouble\. The score keeps the API data from .+\. It is tried again/);
    expect(describeFailure(earlier, failure('rate-limited', ['merged pull requests']))).toMatch(/Not read this time: merged pull requests; the score keeps the API data from/);
  });

  it('summarises what was read and the budget', () => {
    expect(describeEnrichment(never)).toBeUndefined();
    expect(describeEnrichment({ ...earlier, repositoriesAtLimit: true, mergedPullRequests: [{ repo: 'a/b', url: 'https://github.com/a/b', count: 2 }] })).toBe(
      'From the GitHub API: 0 repositories (most recent), 0 organizations, merged pull requests in 1 other project.',
    );
    expect(describeBudget(undefined, NOW)).toMatch(/full budget/);
    const state = { authenticated: true, core: { limit: 5000, remaining: 4990, resetAt: '2026-03-01T13:00:00.000Z' }, updatedAt: NOW.toISOString() };
    expect(describeBudget(state, NOW)).toMatch(/^GitHub API: 4990 of 5000 requests left with your token, until /);
  });
});
