import { useEffect, useMemo, useState } from 'react';
import { candidatesWithNotesIn, loadNoteIndex, onNotesChanged } from '@/lib/services';
import { nextTask, useBackgroundRead } from './use-background-read';

/** How long the note search waits for the typing to stop; name, login and headline match at once. */
export const NOTE_SEARCH_DELAY_MS = 150;
const NO_HITS: ReadonlySet<string> = new Set();

function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The candidates with a note containing `text`, once the typing has paused. Every note is read
 * once, from the first search on, into an index kept while the view is open and read again after
 * a note is written; a search then tests the notes in memory instead of reading them all again.
 * Hits count only for the words now in the box: never another search's hits while typing.
 */
export function useNoteHits(text: string): ReadonlySet<string> {
  const searched = useDebounced(text, NOTE_SEARCH_DELAY_MS);
  const [wanted, setWanted] = useState(false);
  if (searched && !wanted) setWanted(true);
  const index = useBackgroundRead('notes', wanted, () => loadNoteIndex(nextTask), onNotesChanged);
  const hits = useMemo(() => (index ? { text: searched, keys: candidatesWithNotesIn(index, searched) } : undefined), [index, searched]);
  return hits?.text === text && text ? hits.keys : NO_HITS;
}
