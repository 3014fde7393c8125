import { useLiveQuery } from 'dexie-react-hooks';
import { getBlindReview } from '@/lib/services';

/**
 * Whether blind review is on, live. While the setting loads it counts as on: a name must never
 * flash up in a list for someone who turned it on.
 */
export function useBlindReview(): boolean {
  return useLiveQuery(() => getBlindReview(), []) ?? true;
}
