import { db } from './db';
import type { CachedResponse, HttpCacheStore, RateLimitStore } from '../github-api/client';
import type { Enrichment, RateLimitState } from '../schema/enrichment';
import type { Profile } from '../schema/profile';
import { withEnrichment } from '../github-api/enrich';
import { toScoreRow, type ScoredFor } from './candidates';

const RATE_LIMIT = 'githubRateLimit';

export const httpCacheStore: HttpCacheStore = {
  get: (url) => db.httpCache.get(url),
  put: async (entry: CachedResponse) => {
    await db.httpCache.put(entry);
  },
};

export const rateLimitStore: RateLimitStore = {
  get: async () => (await db.settings.get(RATE_LIMIT))?.value as RateLimitState | undefined,
  put: async (state) => {
    await db.settings.put({ key: RATE_LIMIT, value: state });
  },
};

export const getRateLimit = rateLimitStore.get;

export function getEnrichment(key: string): Promise<Enrichment | undefined> {
  return db.enrichment.get(key);
}

export async function putEnrichment(enrichment: Enrichment): Promise<void> {
  await db.enrichment.put(enrichment);
}

/**
 * Stores the API data and, when it changed the profile, the candidate with it and a score per
 * posting, in one transaction: a page read landing meanwhile is re-read here, not overwritten.
 */
export async function applyEnrichment(enrichment: Enrichment, scoresFor: (profile: Profile) => ScoredFor[], now = new Date()): Promise<void> {
  await db.transaction('rw', db.candidates, db.scores, db.enrichment, async () => {
    await db.enrichment.put(enrichment);
    const existing = await db.candidates.get(enrichment.candidateKey);
    if (!existing) return;
    const profile = withEnrichment(existing.profile, enrichment);
    await db.candidates.put({ ...existing, profile });
    await db.scores.bulkPut(scoresFor(profile).map((scored) => toScoreRow(existing.key, scored, now.toISOString())));
  });
}
