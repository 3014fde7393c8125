import { deleteSetting, readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';
import { forgetCandidate } from './forget';

export const RETENTION_CHOICES = [30, 90, 180, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days after which an untouched candidate is erased; null (the default) keeps everyone. */
export async function getRetentionDays(): Promise<number | null> {
  return (await readSetting('retentionDays')) ?? null;
}

export async function setRetentionDays(days: number | null): Promise<void> {
  if (days === null) await deleteSetting('retentionDays');
  else await writeSetting('retentionDays', Math.max(1, Math.trunc(days)));
}

/** When the recruiter last touched a person: a capture, a note, a stage, a tag or feedback. */
async function lastTouched(): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  const touch = (key: string, at: string | undefined) => {
    if (at && at > (latest.get(key) ?? '')) latest.set(key, at);
  };
  await db.candidates.each((candidate) => touch(candidate.key, candidate.updatedAt));
  await db.notes.each((note) => touch(note.candidateKey, note.updatedAt));
  await db.pipeline.each((entry) => touch(entry.candidateKey, entry.updatedAt));
  await db.tags.each((entry) => touch(entry.candidateKey, entry.updatedAt));
  await db.feedback.each((item) => touch(item.candidateKey, item.updatedAt));
  return latest;
}

/** The people a retention of `days` would erase at `now`: untouched since before the cutoff. */
export async function expiredCandidates(days: number, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const keys = new Set(await db.candidates.toCollection().primaryKeys());
  return [...(await lastTouched())].filter(([key, at]) => keys.has(key) && at < cutoff).map(([key]) => key);
}

/** Erases the candidates untouched for longer than the setting; returns how many. Off: erases none. */
export async function applyRetention(now = new Date()): Promise<number> {
  const days = await getRetentionDays();
  if (days === null) return 0;
  const expired = await expiredCandidates(days, now);
  for (const key of expired) await forgetCandidate(key);
  return expired.length;
}
