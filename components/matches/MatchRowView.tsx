import { memo } from 'react';
import type { MatchRow } from '@/lib/services/workflow/matches';
import { profileHandle } from '@/lib/people/summary';
import { SITE_LABELS } from '@/lib/schema/profile';
import { shownName } from '@/lib/people/blind';
import { ScoreWithBand } from '../common/ScoreBand';

export const ROW_HEIGHT = 56;

/** The name the panel shows: the pseudonym in blind review, else the person's name, else their login. */
export const nameOf = (row: Pick<MatchRow, 'candidateKey' | 'name' | 'login'>, blind: boolean) =>
  shownName({ key: row.candidateKey, name: row.name, login: row.login }, blind);

/** "@login on GitHub" for the candidate's main profile (the first of `sites`); in blind review only the site. */
export function handleOf(row: Pick<MatchRow, 'sites' | 'login'>, blind: boolean): string {
  const site = row.sites[0];
  if (blind) return site ? `on ${SITE_LABELS[site]}` : '';
  return site ? profileHandle({ site, login: row.login }) : row.login;
}

/** Another posting's score, shown as a column beside the active one's. */
export interface CompareColumn {
  id: string;
  title: string;
  totals: Readonly<Record<string, number>>;
}

interface Props {
  row: MatchRow;
  columns: readonly CompareColumn[];
  index: number;
  id: string;
  start: number;
  focused: boolean;
  selected: boolean;
  onShortlist: boolean;
  /** Blind review: a pseudonym instead of the name, no login. */
  blind: boolean;
  onOpen: (index: number, key: string) => void;
  /** The checkbox: `range` when Shift was held (select from the last ticked row to this one). */
  onToggle: (index: number, key: string, range: boolean) => void;
  onAddToShortlist: (key: string) => void;
}

/** One candidate in the matches listbox: fixed height, one line of who, one of status, tags and headline. */
export const MatchRowView = memo(function MatchRowView({ row, columns, index, id, start, focused, selected, onShortlist, blind, onOpen, onToggle, onAddToShortlist }: Props) {
  const name = nameOf(row, blind);
  const others = row.profileUrls.length - 1;
  const otherSites = row.sites.slice(1).map((site) => SITE_LABELS[site]);
  const missing = row.mustHavesMet === false;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      data-testid="ranked-row"
      data-key={row.candidateKey}
      className={`match-row${focused ? ' match-row--focused' : ''}${selected ? ' match-row--selected' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      onClick={() => onOpen(index, row.candidateKey)}
    >
      {/*
        The tick box and the star are for the mouse. An option holds no focusable control (its
        content is one thing to assistive technology): the listbox is the one tab stop, Space and s
        do the same from the keyboard, and aria-selected says what is ticked.
      */}
      <span
        role="checkbox"
        className="match-row__check"
        aria-checked={selected}
        aria-label={`Select ${name}`}
        onClick={(event) => {
          event.stopPropagation();
          onToggle(index, row.candidateKey, event.shiftKey);
        }}
      >
        {selected ? '✓' : ''}
      </span>
      <span className="match-row__rank">{index + 1}</span>
      <span className="match-row__who">
        <span className="match-row__line">
          <span className="match-row__name">{name}</span>
          <span className="match-row__handle" title={otherSites.length ? `Also on ${otherSites.join(', ')}` : undefined}>
            {handleOf(row, blind)}
            {others > 0 ? ` +${others}` : ''}
          </span>
        </span>
        <span className="match-row__line match-row__line--small">
          <span className="match-row__status">{row.status}</span>
          {row.tags.map((tag) => (
            <span key={tag} className="match-row__tag">
              {tag}
            </span>
          ))}
          {row.headline && <span className="match-row__headline">{row.headline}</span>}
        </span>
      </span>
      {missing && (
        <span className="match-row__missing" title="Must-haves missing" aria-label="Must-haves missing" role="img">
          ●
        </span>
      )}
      <span className="ranked__score match-row__score">
        {row.total === undefined ? '—' : <ScoreWithBand total={row.total} note={row.capped ? 'Capped: a must-have is missing' : undefined} />}
      </span>
      {columns.map((column) => {
        const total = column.totals[row.candidateKey];
        return (
          <span key={column.id} className="match-row__score match-row__score--other" data-testid="compare-score" title={`For ${column.title}`}>
            {total === undefined ? '—' : <ScoreWithBand total={total} note={`For ${column.title}`} />}
          </span>
        );
      })}
      <span
        role="button"
        className="match-row__star"
        aria-label={onShortlist ? `${name} is on the shortlist` : `Add ${name} to the shortlist`}
        title={onShortlist ? 'On the active shortlist' : 'Add to the active shortlist (s)'}
        aria-disabled={onShortlist}
        onClick={(event) => {
          event.stopPropagation();
          if (!onShortlist) onAddToShortlist(row.candidateKey);
        }}
      >
        {onShortlist ? '★' : '☆'}
      </span>
    </div>
  );
});
