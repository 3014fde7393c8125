import { useId, useState, type ReactNode } from 'react';
import type { MatchFilters, MatchSort } from '@/lib/matches/filter';
import { SITE_IDS, SITE_LABELS, type SiteId } from '@/lib/schema/profile';
import type { Posting } from '@/lib/schema/posting';
import { BANDS } from '@/lib/scoring/bands';
import { useUiStore } from '@/lib/store/ui-store';
import { ExportButtons } from './ExportButtons';
import { StageEditor } from './StageEditor';
import { BlindReviewToggle } from '../common/BlindReviewToggle';

const SORTS: { value: MatchSort; label: string }[] = [
  { value: 'score', label: 'Score' },
  { value: 'captured', label: 'Newest captured' },
  { value: 'updated', label: 'Newest updated' },
  { value: 'name', label: 'Name' },
];

interface Props {
  posting: Posting;
  /** The configured stages, for the stage editor. */
  statuses: readonly string[];
  /** The configured stages plus the removed ones still in use. */
  stageChoices: readonly string[];
  allTags: readonly string[];
  shown: number;
  total: number;
  /** Only the best matches are loaded yet. */
  loading?: boolean;
  visibleKeys: readonly string[];
}

/** How many filters are on (the text search counts as one). */
export function activeFilterCount(filters: MatchFilters): number {
  return Object.keys(filters).length;
}

const toggle = <T,>(list: readonly T[] | undefined, value: T, on: boolean): T[] =>
  on ? [...new Set([...(list ?? []), value])] : (list ?? []).filter((item) => item !== value);

/** Search, sort, the filters, the count line and "Clear filters", with the filtered list's export. */
export function MatchToolbar({ posting, statuses, stageChoices, allTags, shown, total, loading, visibleKeys }: Props) {
  const filters = useUiStore((state) => state.matchFilters);
  const sort = useUiStore((state) => state.matchSort);
  const setFilters = useUiStore((state) => state.setMatchFilters);
  const clearFilters = useUiStore((state) => state.clearMatchFilters);
  const setSort = useUiStore((state) => state.setMatchSort);
  const [open, setOpen] = useState(false);
  const [editingStages, setEditingStages] = useState(false);
  const panelId = useId();
  const count = activeFilterCount(filters);

  return (
    <div className="matches__toolbar">
      <div className="matches__search-row">
        <input
          type="search"
          className="matches__search"
          aria-label="Search name, login, headline and notes"
          placeholder="Search name, login, headline, notes"
          value={filters.text ?? ''}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
        <select aria-label="Sort by" value={sort} onChange={(event) => setSort(event.target.value as MatchSort)}>
          {SORTS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          Filters{count > 0 ? ` (${count})` : ''}
        </button>
      </div>
      {open && (
        <div className="match-filters" id={panelId} role="group" aria-label="Filters">
          <div className="match-filters__row">
            <MinimumScore value={filters.minScore} onChange={(minScore) => setFilters({ minScore })} />
            <label>
              <input type="checkbox" checked={filters.mustHavesMet === true} onChange={(event) => setFilters({ mustHavesMet: event.target.checked || undefined })} /> All
              must-haves met
            </label>
            <label>
              <input type="checkbox" checked={filters.hasNotes === true} onChange={(event) => setFilters({ hasNotes: event.target.checked || undefined })} /> Has notes
            </label>
          </div>
          <Choices legend="Status" extra={<button type="button" className="link-button" onClick={() => setEditingStages(!editingStages)}>Edit stages</button>}>
            {stageChoices.map((status) => (
              <label key={status} className={statuses.includes(status) ? undefined : 'match-filters__retired'}>
                <input
                  type="checkbox"
                  checked={filters.statuses?.includes(status) ?? false}
                  onChange={(event) => setFilters({ statuses: toggle(filters.statuses, status, event.target.checked) })}
                />{' '}
                {status}
              </label>
            ))}
          </Choices>
          {editingStages && <StageEditor statuses={statuses} onDone={() => setEditingStages(false)} />}
          <Choices legend="Tags">
            {allTags.length === 0 && <span className="match-filters__none">No tags yet.</span>}
            {allTags.map((tag) => (
              <label key={tag}>
                <input type="checkbox" checked={filters.tags?.includes(tag) ?? false} onChange={(event) => setFilters({ tags: toggle(filters.tags, tag, event.target.checked) })} />{' '}
                {tag}
              </label>
            ))}
          </Choices>
          <Choices legend="Site">
            {SITE_IDS.map((site: SiteId) => (
              <label key={site}>
                <input
                  type="checkbox"
                  checked={filters.sites?.includes(site) ?? false}
                  onChange={(event) => setFilters({ sites: toggle(filters.sites, site, event.target.checked) })}
                />{' '}
                {SITE_LABELS[site]}
              </label>
            ))}
          </Choices>
          <div className="match-filters__dates">
            <DateRange label="Captured" from={filters.capturedFrom} to={filters.capturedTo} onChange={(capturedFrom, capturedTo) => setFilters({ capturedFrom, capturedTo })} />
            <DateRange label="Updated" from={filters.updatedFrom} to={filters.updatedTo} onChange={(updatedFrom, updatedTo) => setFilters({ updatedFrom, updatedTo })} />
          </div>
        </div>
      )}
      <div className="matches__count-row">
        <p className="matches__count" role="status" data-testid="matches-count">
          {loading ? loadingCount(shown, total) : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} ${total === 1 ? 'candidate' : 'candidates'}`}
        </p>
        {count > 0 && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
        <BlindReviewToggle />
      </div>
      <ExportButtons label="Export the filtered list" title={`${posting.title} – matches`} candidateKeys={visibleKeys} posting={posting} />
    </div>
  );
}

/** The lowest band adds nothing over "Any" (every score is in it), so its minimum is not offered. */
const BAND_MINIMUMS = BANDS.filter((band) => band.min > 0).map((band, index) => ({
  value: band.min,
  label: `${band.label}${index === 0 ? '' : ' or better'} (${band.min}+)`,
}));

/** Minimum score by band: "Strong (70+)", "Possible or better (40+)"… */
function MinimumScore({ value, onChange }: { value?: number; onChange: (minScore?: number) => void }) {
  const offered = value === undefined || BAND_MINIMUMS.some((choice) => choice.value === value);
  return (
    <label>
      Minimum score{' '}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}>
        <option value="">Any</option>
        {BAND_MINIMUMS.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        {!offered && <option value={value}>{value}+</option>}
      </select>
    </label>
  );
}

function Choices({ legend, extra, children }: { legend: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="match-filters__choices">
      <legend>
        {legend} {extra}
      </legend>
      {children}
    </fieldset>
  );
}

function DateRange({ label, from, to, onChange }: { label: string; from?: string; to?: string; onChange: (from?: string, to?: string) => void }) {
  return (
    <span className="match-filters__range">
      <label>
        {label} from <input type="date" value={from ?? ''} onChange={(event) => onChange(event.target.value || undefined, to)} />
      </label>
      <label>
        to <input type="date" aria-label={`${label} to`} value={to ?? ''} onChange={(event) => onChange(from, event.target.value || undefined)} />
      </label>
    </span>
  );
}

/** While everyone loads only the best rows are listed: the filters apply to those, and the count says so. */
function loadingCount(shown: number, best: number): string {
  if (shown === best) return `Best ${best.toLocaleString('en')} shown; loading everyone…`;
  return `${shown.toLocaleString('en')} of the best ${best.toLocaleString('en')} match the filters; loading everyone…`;
}
