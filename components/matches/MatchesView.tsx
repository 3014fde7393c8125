import { messageOf } from '@/lib/error-message';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { allTags, getStatuses, listPostings, loadTopMatchRows, totalsForPostings } from '@/lib/services';
import { CompareColumns } from './CompareColumns';
import { useFullMatchList } from './use-full-match-list';
import { useNoteHits } from './use-note-hits';

/** Rows shown from the rank index before everyone is loaded: more than a panel's height. */
const FIRST_ROWS = 40;
import { filterPrepared, searchableRows, sortMatches } from '@/lib/matches/filter';
import type { Posting } from '@/lib/schema/posting';
import { useUiStore } from '@/lib/store/ui-store';
import { useActivePosting } from '../hooks/use-active-posting';
import { RescoreProgress } from '../common/RescoreProgress';
import { CaptureAllStatus } from './CaptureAllStatus';
import { PageStatus } from '../common/PageStatus';
import { ImportBundle } from './ImportBundle';
import { ImportShared } from '../review/ImportShared';
import { MatchToolbar } from './MatchToolbar';
import { MatchList } from './MatchList';
import { BulkBar } from './BulkBar';
import { ShortlistsPanel, addToActiveShortlist, useShortlists } from './ShortlistsPanel';

/** The sourcer's view: everyone captured, ranked for the active posting, filtered, worked in bulk and shortlisted. */
export function MatchesView() {
  const posting = useActivePosting();
  if (!posting) return null;
  return <Matches posting={posting} />;
}

/** True from the frame after `ready` became true. */
function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [ready, painted]);
  return painted;
}

function Matches({ posting }: { posting: Posting }) {
  // The best matches come first through the rank index; the full list (for filters and other
  // orders) is read only once they are on screen, so the two reads never compete.
  const sort = useUiStore((state) => state.matchSort);
  const top = useLiveQuery(() => loadTopMatchRows(posting.id, FIRST_ROWS), [posting.id]);
  const topShown = useAfterPaint(top !== undefined);
  const everyone = useFullMatchList(posting.id, topShown, sort);
  const loadingAll = everyone === undefined;
  const rows = everyone ? everyone.searchable.rows : top && top.length > 0 ? top : undefined;
  const statuses = useLiveQuery(() => getStatuses(), []);
  const tags = useLiveQuery(() => allTags(), []);
  const filters = useUiStore((state) => state.matchFilters);
  const clearFilters = useUiStore((state) => state.clearMatchFilters);
  const chosenKeys = useUiStore((state) => state.selectedKeys);
  const { active } = useShortlists(posting.id);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  // Back from a candidate opened here: the keyboard carries on where it was.
  const [returning] = useState(() => useUiStore.getState().openedCandidateKey !== null);

  const text = filters.text?.trim() ?? '';
  const noteHits = useNoteHits(text);

  // Sorted and prepared for the text search once per data or sort change (the full list comes
  // prepared for the sort chosen when it was read); a keystroke only filters (filtering keeps the order).
  const searchable = useMemo(
    () => (everyone?.sort === sort ? everyone.searchable : searchableRows(sortMatches(rows ?? [], sort))),
    [everyone, rows, sort],
  );
  const { rows: visible, keys: visibleKeys } = useMemo(() => filterPrepared(searchable, filters, noteHits), [searchable, filters, noteHits]);
  useEffect(() => useUiStore.getState().setMatchOrder(visibleKeys), [visibleKeys]);
  const postings = useLiveQuery(() => listPostings(), []);
  const compareIds = useUiStore((state) => state.compareColumns);
  const compareTotals = useLiveQuery(() => totalsForPostings(compareIds), [compareIds]);
  const columns = useMemo(
    () =>
      compareIds.flatMap((id) => {
        const other = postings?.find((candidate) => candidate.id === id && candidate.id !== posting.id);
        return other && compareTotals?.[id] ? [{ id, title: other.title, totals: compareTotals[id]! }] : [];
      }),
    [compareIds, postings, compareTotals, posting.id],
  );
  const rowsByKey = useMemo(() => new Map(rows?.map((row) => [row.candidateKey, row])), [rows]);
  // Someone merged away or deleted is no longer selected.
  const selectedKeys = useMemo(() => new Set([...chosenKeys].filter((key) => rowsByKey.has(key))), [chosenKeys, rowsByKey]);
  const configured = useMemo(() => statuses ?? [], [statuses]);
  const stageChoices = useMemo(() => {
    const retired = [...new Set(rows?.map((row) => row.status))].filter((status) => !configured.includes(status));
    return [...configured, ...retired.sort((a, b) => a.localeCompare(b))];
  }, [configured, rows]);
  const shortlisted = useMemo(() => new Set(active?.candidateKeys), [active]);

  const addKeys = useCallback((keys: readonly string[]) => addToActiveShortlist(posting.id, keys), [posting.id]);
  const addFromList = useCallback(
    (keys: readonly string[]) => {
      addKeys(keys).then(
        (list) => setMessage({ tone: 'ok', text: `Added ${keys.length === 1 ? '1 candidate' : `${keys.length} candidates`} to “${list.name}” (${list.candidateKeys.length} on it).` }),
        (cause: unknown) => setMessage({ tone: 'error', text: messageOf(cause) }),
      );
    },
    [addKeys],
  );

  return (
    <section className="matches" aria-label="Matches">
      <div className="matches__head">
        <h2 className="matches__title">
          Matches for <span className="matches__posting">{posting.title}</span>
        </h2>
        <ImportBundle />
        <ImportShared label="Open shared file or feedback" />
      </div>
      <RescoreProgress />
      <CaptureAllStatus />
      {rows === undefined ? null : rows.length === 0 ? (
        <PageStatus tone="info" title="Open a developer profile to start">
          Everyone you open on GitHub, GitLab, Stack Overflow or LinkedIn is scored for {posting.title} and listed here, best match first.
        </PageStatus>
      ) : (
        <>
          <MatchToolbar
            posting={posting}
            statuses={configured}
            stageChoices={stageChoices}
            allTags={tags ?? []}
            shown={visible.length}
            total={rows.length}
            loading={loadingAll}
            visibleKeys={visibleKeys}
          />
          {selectedKeys.size > 0 && (
            <BulkBar
              postingId={posting.id}
              selectedKeys={selectedKeys}
              visibleKeys={visibleKeys}
              rowsByKey={rowsByKey}
              statuses={configured}
              allTags={tags ?? []}
              shortlistName={active?.name}
              onAddToShortlist={addKeys}
            />
          )}
          {message && (
            <p className={message.tone === 'error' ? 'error' : 'matches__message'} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          {postings && <CompareColumns postings={postings} activeId={posting.id} />}
          {visible.length === 0 ? (
            <p className="matches__empty">
              No candidates match these filters ·{' '}
              <button type="button" className="link-button" onClick={clearFilters}>
                Clear filters
              </button>
            </p>
          ) : (
            <MatchList rows={visible} selectedKeys={selectedKeys} shortlisted={shortlisted} onAddToShortlist={addFromList} autoFocus={returning} columns={columns} />
          )}
          <p className="matches__keys">
            <kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Space</kbd> select · <kbd>Shift</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> extend ·{' '}
            <kbd>s</kbd> add to shortlist · <kbd>Home</kbd>/<kbd>End</kbd> · <kbd>Esc</kbd> clear selection
          </p>
          <ShortlistsPanel posting={posting} rowsByKey={rowsByKey} />
        </>
      )}
    </section>
  );
}
