import { create } from 'zustand';
import type { ShortlistStatus } from '../team/sync';

/** Team mode as the panel shows it: who is signed in, and each shared shortlist's connection. UI state only. */
interface TeamState {
  username: string | null;
  statuses: readonly ShortlistStatus[];
  /** Why team mode could not start (server unreachable, session refused). */
  problem: string | null;
  setSignedIn(username: string | null): void;
  setStatuses(statuses: readonly ShortlistStatus[]): void;
  setProblem(problem: string | null): void;
}

export const useTeamStore = create<TeamState>()((set) => ({
  username: null,
  statuses: [],
  problem: null,
  setSignedIn: (username) => set({ username, ...(username ? {} : { statuses: [] }) }),
  setStatuses: (statuses) => set({ statuses }),
  setProblem: (problem) => set({ problem }),
}));
