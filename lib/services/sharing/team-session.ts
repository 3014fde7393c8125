import { storage } from 'wxt/utils/storage';
import { TeamSessionSchema, type TeamSession } from '../../team/api';

/**
 * The team server session. In extension local storage only, like the GitHub token: never synced, never in
 * IndexedDB (so never in an export or a bundle), sent only to the team server it came from.
 */
const teamSessionItem = storage.defineItem<unknown>('local:teamSession');

export async function readTeamSession(): Promise<TeamSession | undefined> {
  const parsed = TeamSessionSchema.safeParse(await teamSessionItem.getValue());
  if (!parsed.success || Date.parse(parsed.data.expiresAt) <= Date.now()) return undefined;
  return parsed.data;
}

export async function saveTeamSession(session: TeamSession): Promise<void> {
  await teamSessionItem.setValue(TeamSessionSchema.parse(session));
}

export async function forgetTeamSession(): Promise<void> {
  await teamSessionItem.removeValue();
}

export function watchTeamSession(onChange: (session: TeamSession | undefined) => void): () => void {
  return teamSessionItem.watch((value) => {
    const parsed = TeamSessionSchema.safeParse(value);
    onChange(parsed.success ? parsed.data : undefined);
  });
}
