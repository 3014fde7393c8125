import { create } from 'zustand';
import type { MatchFilters, MatchSort } from '../matches/filter';

/** UI state only: which tab the panel follows and what the recruiter is looking at. Data lives in Dexie. */
export interface WatchedTab {
  id: number;
  url?: string;
}

export type PanelView = 'profile' | 'matches' | 'postings' | 'review';

/** The Matches view's own state: kept while the panel is open, so opening a candidate and coming back finds it as it was. */
interface MatchViewSlice {
  matchFilters: MatchFilters;
  matchSort: MatchSort;
  /** Candidate keys ticked for bulk actions; may include rows the filters hide. */
  selectedKeys: ReadonlySet<string>;
  /** The keyboard's row in the filtered, sorted list. */
  focusedIndex: number;
  /** The shortlist `s` and "Add to shortlist" fill; null means the posting's first one. */
  activeShortlistId: string | null;
  /** Merges into the filters; `undefined`, empty strings and empty lists remove a filter. Focus goes back to the top. */
  setMatchFilters: (patch: Partial<MatchFilters>) => void;
  clearMatchFilters: () => void;
  setMatchSort: (sort: MatchSort) => void;
  toggleSelected: (key: string) => void;
  setSelection: (keys: Iterable<string>) => void;
  clearSelection: () => void;
  focusRow: (index: number) => void;
  setActiveShortlist: (id: string | null) => void;
}

interface UiState extends MatchViewSlice {
  watchedTab: WatchedTab | null;
  view: PanelView;
  /** A candidate opened from the matches view; null means "follow the current tab". */
  openedCandidateKey: string | null;
  /** The posting open in the editor, if any. */
  editingPostingId: string | null;
  /** The shortlist open in the review view; null means the newest one shared with this browser. */
  reviewShortlistId: string | null;
  reviewShortlist: (id: string | null) => void;
  watchTab: (tab: WatchedTab | null) => void;
  showView: (view: PanelView) => void;
  openCandidate: (key: string) => void;
  /** The matches list's candidates in the order shown (filters and sort applied): what next/previous walk. */
  matchOrder: readonly string[];
  /** Other postings shown as extra score columns in the matches list. */
  compareColumns: readonly string[];
  setCompareColumns: (ids: readonly string[]) => void;
  setMatchOrder: (keys: readonly string[]) => void;
  followCurrentTab: () => void;
  editPosting: (id: string | null) => void;
}

const initialState = {
  watchedTab: null,
  view: 'profile' as PanelView,
  openedCandidateKey: null,
  editingPostingId: null,
  reviewShortlistId: null,
  matchFilters: {} as MatchFilters,
  matchSort: 'score' as MatchSort,
  selectedKeys: new Set<string>() as ReadonlySet<string>,
  focusedIndex: 0,
  activeShortlistId: null,
  matchOrder: [] as readonly string[],
  compareColumns: [] as readonly string[],
};

/** Drops the filters that mean "any", so an empty object is "no filters". */
export function cleanFilters(filters: MatchFilters): MatchFilters {
  const clean: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    clean[name] = value;
  }
  return clean as MatchFilters;
}

export const useUiStore = create<UiState>()((set) => ({
  ...initialState,
  watchTab: (watchedTab) => set({ watchedTab, openedCandidateKey: null }),
  showView: (view) => set({ view }),
  openCandidate: (key) => set({ openedCandidateKey: key, view: 'profile' }),
  setMatchOrder: (matchOrder) => set({ matchOrder }),
  setCompareColumns: (compareColumns) => set({ compareColumns }),
  followCurrentTab: () => set({ openedCandidateKey: null, view: 'profile' }),
  editPosting: (editingPostingId) => set({ editingPostingId, view: 'postings' }),
  reviewShortlist: (reviewShortlistId) => set({ reviewShortlistId, view: 'review' }),

  setMatchFilters: (patch) => set((state) => ({ matchFilters: cleanFilters({ ...state.matchFilters, ...patch }), focusedIndex: 0 })),
  clearMatchFilters: () => set({ matchFilters: {}, focusedIndex: 0 }),
  setMatchSort: (matchSort) => set({ matchSort, focusedIndex: 0 }),
  toggleSelected: (key) =>
    set((state) => {
      const next = new Set(state.selectedKeys);
      if (!next.delete(key)) next.add(key);
      return { selectedKeys: next };
    }),
  setSelection: (keys) => set({ selectedKeys: new Set(keys) }),
  clearSelection: () => set({ selectedKeys: new Set<string>() }),
  focusRow: (focusedIndex) => set({ focusedIndex: Math.max(0, Math.trunc(focusedIndex)) }),
  setActiveShortlist: (activeShortlistId) => set({ activeShortlistId }),
}));

export function resetUiStore(): void {
  useUiStore.setState(initialState);
}
