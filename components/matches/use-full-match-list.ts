import { useEffect, useRef, useState } from 'react';
import { loadMatchRowsInPages, onMatchRowsChanged } from '@/lib/services';
import { prepareInSlices, type MatchSort, type SearchableRows } from '@/lib/matches/filter';

/** Everyone for the posting, sorted and prepared for the text search, and the order it was sorted in. */
export interface FullMatchList {
  sort: MatchSort;
  searchable: SearchableRows;
}

type Loaded = { postingId: string; list: FullMatchList } | { postingId: string; error: unknown };

/** Lets the panel handle input (a keystroke, a click) between two slices of work. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The posting's full match list once `enabled`, read and prepared in short slices of work so typing
 * is not held up while 100,000 rows load, and read again after every write to the tables it comes
 * from (a write during a read means one more read once it ends). Undefined until the first read ends.
 * Prepared for the sort chosen when the read began; a read's error is thrown, as useLiveQuery does.
 */
export function useFullMatchList(postingId: string, enabled: boolean, sort: MatchSort): FullMatchList | undefined {
  const [loaded, setLoaded] = useState<Loaded>();
  const sortNow = useRef(sort);
  useEffect(() => {
    sortNow.current = sort;
  }, [sort]);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let reading = false;
    let changedMeanwhile = false;
    const read = async () => {
      if (reading) {
        changedMeanwhile = true;
        return;
      }
      reading = true;
      try {
        do {
          changedMeanwhile = false;
          const rows = await loadMatchRowsInPages(postingId, nextTask);
          const order = sortNow.current;
          const searchable = await prepareInSlices(rows, order, nextTask);
          if (!stopped) setLoaded({ postingId, list: { sort: order, searchable } });
        } while (changedMeanwhile && !stopped);
      } catch (error) {
        if (!stopped) setLoaded({ postingId, error });
      } finally {
        reading = false;
      }
    };
    const stopWatching = onMatchRowsChanged(() => void read());
    void read();
    return () => {
      stopped = true;
      stopWatching();
    };
  }, [postingId, enabled]);

  if (loaded?.postingId !== postingId) return undefined;
  if ('error' in loaded) throw loaded.error;
  return loaded.list;
}
