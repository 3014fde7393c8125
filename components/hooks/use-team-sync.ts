import { useEffect } from 'react';
import { readTeamSession, watchTeamSession } from '@/lib/services';
import { TeamSync } from '@/lib/team/sync';
import type { TeamSession } from '@/lib/team/api';
import { useTeamStore } from '@/lib/store/team-store';
import { messageOf } from '@/lib/error-message';

let current: TeamSync | undefined;

/** The panel's live team connection, when the recruiter signed in to a team server (Options). */
export function currentTeamSync(): TeamSync | undefined {
  return current;
}

/** Keeps team mode running while the panel is open; follows signing in and out. */
export function useTeamSync(): void {
  useEffect(() => {
    let alive = true;
    const start = async (session: TeamSession | undefined) => {
      await current?.stop();
      current = undefined;
      const store = useTeamStore.getState();
      store.setSignedIn(session?.username ?? null);
      store.setProblem(null);
      if (!session || !alive) return;
      const sync = new TeamSync(session, { onStatus: (statuses) => useTeamStore.getState().setStatuses(statuses) });
      current = sync;
      try {
        await sync.start();
      } catch (cause) {
        if (current === sync) useTeamStore.getState().setProblem(`The team server could not be reached (${messageOf(cause)}). Shared shortlists sync again when it can.`);
      }
    };
    void readTeamSession().then(start);
    const unwatch = watchTeamSession((session) => void start(session));
    return () => {
      alive = false;
      unwatch();
      void current?.stop();
      current = undefined;
    };
  }, []);
}
