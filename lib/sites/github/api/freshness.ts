import { ENRICHMENT_TTL_MS, type Enrichment } from '../../../schema/enrichment';

/** Fresh within the TTL; after a failure, not before its retry time; otherwise due. */
export function dueState(enrichment: Enrichment | undefined, now: Date): 'fresh' | 'waiting' | 'due' {
  if (!enrichment) return 'due';
  const { failure, fetchedAt } = enrichment;
  if (failure) return failure.retryAt && Date.parse(failure.retryAt) > now.getTime() ? 'waiting' : 'due';
  return fetchedAt && now.getTime() - Date.parse(fetchedAt) < ENRICHMENT_TTL_MS ? 'fresh' : 'due';
}
