import { useEffect } from 'react';
import { readTeamSession, watchTeamSession } from '@/lib/services';
import { TeamSync } from '@/lib/team/sync';
import { holdTeamLock } from '@/lib/team/live-lock';
import type { TeamSession } from '@/lib/team/api';
import { useTeamStore } from '@/lib/store/team-store';
import { messageOf } from '@/lib/error-message';

let current: TeamSync | undefined;
let releaseLock: (() => void) | undefined;

async function stopCurrent(): Promise<void> {
  await current?.stop();
  current = undefined;
  releaseLock?.();
  releaseLock = undefined;
}

/** The panel's live team connection, when the recruiter signed in to a team server (Options). */
export function currentTeamSync(): TeamSync | undefined {
  return current;
}

/** Keeps team mode running while the panel is open; follows signing in and out. */
export function useTeamSync(): void {
  useEffect(() => {
    let alive = true;
    let latest = 0;
    const start = async (session: TeamSession | undefined) => {
      const call = ++latest;
      await stopCurrent();
      const store = useTeamStore.getState();
      store.setSignedIn(session?.username ?? null);
      store.setProblem(null);
      if (!session || !alive) return;
      // The background may be catching up right now: it finishes within seconds, then the panel goes live.
      const release = await holdTeamLock();
      // Signed out or in again meanwhile: the later call goes live instead.
      if (!alive || call !== latest) return release();
      releaseLock = release;
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
      void stopCurrent();
    };
  }, []);
}
