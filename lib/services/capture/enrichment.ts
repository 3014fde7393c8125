import { readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';
import type { HttpCacheStore, RateLimitStore } from '../../sites/github/api/client';
import type { CachedResponse } from '../../schema/http-cache';
import type { Enrichment } from '../../schema/enrichment';
import { withEnrichment } from '../../sites/github/api/enrich';
import { type PersonScorer, updateProfile } from '../people/people';


export const httpCacheStore: HttpCacheStore = {
  get: (url) => db.httpCache.get(url),
  put: async (entry: CachedResponse) => {
    await db.httpCache.put(entry);
  },
};

export const rateLimitStore: RateLimitStore = {
  get: () => readSetting('githubRateLimit'),
  put: async (state) => {
    await writeSetting('githubRateLimit', state);
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
export async function applyEnrichment(enrichment: Enrichment, scorePerson: PersonScorer, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.candidates, db.scores, db.ranks, db.summaries, db.notes, db.enrichment], async () => {
    await db.enrichment.put(enrichment);
    await updateProfile(enrichment.candidateKey, (profile) => (profile.site === 'github' ? withEnrichment(profile, enrichment) : profile), scorePerson, now);
  });
}
