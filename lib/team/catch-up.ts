/**
 * While no panel holds the live connection, the background catches up now and then: it joins the shared
 * shortlists, exchanges once each is in step with the server, and leaves. So verdicts and notes that came in
 * meanwhile are in the tables (and on the page's markers) before the panel opens, and edits kept offline go out.
 */
import { readTeamSession } from '../services/sharing/team-session';
import { ifTeamLockFree } from './live-lock';
import { TeamSync, type ShortlistStatus, type TeamSyncOptions } from './sync';

/** A catch-up that cannot finish in this time (server unreachable) stops and tries again at the next alarm. */
const CATCH_UP_MS = 15_000;

/** The shortlists as the catch-up left them; undefined when signed out or while the panel is live. */
export async function catchUpWithTeam(options: Omit<TeamSyncOptions, 'onStatus'> = {}, timeoutMs = CATCH_UP_MS): Promise<ShortlistStatus[] | undefined> {
  const session = await readTeamSession();
  if (!session) return undefined;
  return ifTeamLockFree(async () => {
    const sync = new TeamSync(session, { ...options, onStatus: () => undefined, watchForNew: false });
    try {
      await sync.start();
      await sync.settled(timeoutMs);
      return sync.statuses();
    } finally {
      await sync.stop();
    }
  });
}
