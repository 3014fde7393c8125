import { create } from 'zustand';

/** UI state only: which tab the panel follows and what the recruiter is looking at. Data lives in Dexie. */
export interface WatchedTab {
  id: number;
  url?: string;
}

export type PanelView = 'profile' | 'ranked' | 'postings';

interface UiState {
  watchedTab: WatchedTab | null;
  view: PanelView;
  /** A candidate opened from the ranked list; null means "follow the current tab". */
  openedCandidateKey: string | null;
  /** The posting open in the editor, if any. */
  editingPostingId: string | null;
  watchTab: (tab: WatchedTab | null) => void;
  showView: (view: PanelView) => void;
  openCandidate: (key: string) => void;
  followCurrentTab: () => void;
  editPosting: (id: string | null) => void;
}

const initialState = { watchedTab: null, view: 'profile' as PanelView, openedCandidateKey: null, editingPostingId: null };

export const useUiStore = create<UiState>()((set) => ({
  ...initialState,
  watchTab: (watchedTab) => set({ watchedTab, openedCandidateKey: null }),
  showView: (view) => set({ view }),
  openCandidate: (key) => set({ openedCandidateKey: key, view: 'profile' }),
  followCurrentTab: () => set({ openedCandidateKey: null, view: 'profile' }),
  editPosting: (editingPostingId) => set({ editingPostingId, view: 'postings' }),
}));

export function resetUiStore(): void {
  useUiStore.setState(initialState);
}
