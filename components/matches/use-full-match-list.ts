import { useEffect, useRef } from 'react';
import { loadMatchRowsInPages, onMatchRowsChanged } from '@/lib/services';
import { prepareInSlices, type MatchSort, type SearchableRows } from '@/lib/matches/filter';
import { nextTask, useBackgroundRead } from './use-background-read';

/** Everyone for the posting, sorted and prepared for the text search, and the order it was sorted in. */
export interface FullMatchList {
  sort: MatchSort;
  searchable: SearchableRows;
}

/**
 * The posting's full match list once `enabled`, read and prepared in short slices of work so typing
 * is not held up while 100,000 rows load, and read again after every write to the tables it comes
 * from. Prepared for the sort chosen when the read began.
 */
export function useFullMatchList(postingId: string, enabled: boolean, sort: MatchSort): FullMatchList | undefined {
  const sortNow = useRef(sort);
  useEffect(() => {
    sortNow.current = sort;
  }, [sort]);
  const read = async (): Promise<FullMatchList> => {
    const rows = await loadMatchRowsInPages(postingId, nextTask);
    const order = sortNow.current;
    return { sort: order, searchable: await prepareInSlices(rows, order, nextTask) };
  };
  return useBackgroundRead(postingId, enabled, read, onMatchRowsChanged);
}
