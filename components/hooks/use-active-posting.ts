import { useLiveQuery } from 'dexie-react-hooks';
import { getActivePosting } from '@/lib/services';
import type { Posting } from '@/lib/schema/posting';

/** The posting everyone is ranked against; undefined while loading. */
export function useActivePosting(): Posting | undefined {
  return useLiveQuery(() => getActivePosting(), []);
}
