import { useCallback, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MatchRow } from '@/lib/services/workflow/matches';
import { useUiStore } from '@/lib/store/ui-store';
import { type CompareColumn, MatchRowView, ROW_HEIGHT } from './MatchRowView';
import { useBlindReview } from '../hooks/use-blind-review';

interface Props {
  rows: readonly MatchRow[];
  selectedKeys: ReadonlySet<string>;
  /** Members of the active shortlist, marked ★ on their rows. */
  shortlisted: ReadonlySet<string>;
  /** Adds candidates to the active shortlist (`s`, or ☆ on a row). */
  onAddToShortlist: (keys: readonly string[]) => void;
  /** Takes the keyboard focus on mount (coming back from a candidate). */
  autoFocus?: boolean;
  /** Other postings' scores, as extra columns. */
  columns?: readonly CompareColumn[];
}

const estimateSize = () => ROW_HEIGHT;

/**
 * The filtered, sorted candidates as a virtualized listbox: only the rows in view are in the page,
 * so ten thousand stay smooth. One tab stop; the keys move a focus shown with aria-activedescendant.
 */
const NO_COLUMNS: readonly CompareColumn[] = [];

export function MatchList({ rows, selectedKeys, shortlisted, onAddToShortlist, autoFocus = false, columns = NO_COLUMNS }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const focusedIndex = useUiStore((state) => state.focusedIndex);
  const focusRow = useUiStore((state) => state.focusRow);
  const toggleSelected = useUiStore((state) => state.toggleSelected);
  const setSelection = useUiStore((state) => state.setSelection);
  const clearSelection = useUiStore((state) => state.clearSelection);
  const openCandidate = useUiStore((state) => state.openCandidate);
  const blind = useBlindReview();
  const focus = Math.min(focusedIndex, rows.length - 1);

  // Rows are keyed by position (the virtualizer's default): a keystroke re-fills the rows on screen
  // instead of replacing them, and the virtualizer never reads the 100,000 rows for their keys.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 10,
    initialRect: { width: 400, height: 600 },
  });

  // Keep the keyboard's row in view (also on coming back from a candidate).
  useEffect(() => {
    if (focus >= 0) virtualizer.scrollToIndex(focus, { align: 'auto' });
  }, [focus, virtualizer]);

  useEffect(() => {
    if (autoFocus) scrollRef.current?.focus({ preventScroll: true });
  }, []); // only on mount

  const rowId = (index: number) => `${listId}-row-${index}`;
  const onOpen = useCallback(
    (index: number, key: string) => {
      focusRow(index);
      openCandidate(key);
    },
    [focusRow, openCandidate],
  );
  // The mouse leaves the keyboard focus on the list, so the keys keep working after a click.
  const refocus = useCallback(() => scrollRef.current?.focus({ preventScroll: true }), []);
  /** The row a range starts from (the last one ticked). */
  const anchor = useRef<number | null>(null);
  const onToggle = useCallback(
    (index: number, key: string, range: boolean) => {
      const from = anchor.current;
      if (range && from !== null && from !== index) {
        const [low, high] = from < index ? [from, index] : [index, from];
        setSelection([...useUiStore.getState().selectedKeys, ...rows.slice(low, high + 1).map((row) => row.candidateKey)]);
      } else {
        toggleSelected(key);
      }
      anchor.current = index;
      focusRow(index);
      refocus();
    },
    [rows, setSelection, toggleSelected, focusRow, refocus],
  );
  const onAddOne = useCallback(
    (key: string) => {
      onAddToShortlist([key]);
      refocus();
    },
    [onAddToShortlist, refocus],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight || 600) / ROW_HEIGHT) - 1);
    const moveTo = (index: number) => {
      event.preventDefault();
      focusRow(Math.max(0, Math.min(rows.length - 1, index)));
    };
    const row = rows[focus];
    if (event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      // Shift+Arrow: move and select both rows, like a mail client.
      const next = rows[Math.max(0, Math.min(rows.length - 1, focus + (event.key === 'ArrowDown' ? 1 : -1)))];
      setSelection([...selectedKeys, ...(row ? [row.candidateKey] : []), ...(next ? [next.candidateKey] : [])]);
    }
    switch (event.key) {
      case 'ArrowDown':
        return moveTo(focus + 1);
      case 'ArrowUp':
        return moveTo(focus - 1);
      case 'PageDown':
        return moveTo(focus + page);
      case 'PageUp':
        return moveTo(focus - page);
      case 'Home':
        return moveTo(0);
      case 'End':
        return moveTo(rows.length - 1);
      case 'Enter':
        event.preventDefault();
        if (row) openCandidate(row.candidateKey);
        return;
      case ' ':
        event.preventDefault();
        if (row) toggleSelected(row.candidateKey);
        anchor.current = focus;
        return;
      case 's':
      case 'S':
        event.preventDefault();
        if (selectedKeys.size > 0) onAddToShortlist([...selectedKeys]);
        else if (row) onAddToShortlist([row.candidateKey]);
        return;
      case 'Escape':
        if (selectedKeys.size > 0) {
          event.preventDefault();
          clearSelection();
        }
        return;
    }
  };

  return (
    <div
      ref={scrollRef}
      className="matches__scroll"
      role="listbox"
      aria-label="Candidates"
      aria-multiselectable="true"
      aria-activedescendant={rows.length > 0 ? rowId(focus) : undefined}
      tabIndex={0}
      data-testid="matches-list"
      onKeyDown={onKeyDown}
    >
      <div className="matches__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <MatchRowView
              key={item.key}
              row={row}
              columns={columns}
              index={item.index}
              id={rowId(item.index)}
              start={item.start}
              focused={item.index === focus}
              selected={selectedKeys.has(row.candidateKey)}
              onShortlist={shortlisted.has(row.candidateKey)}
              blind={blind}
              onOpen={onOpen}
              onToggle={onToggle}
              onAddToShortlist={onAddOne}
            />
          );
        })}
      </div>
    </div>
  );
}
