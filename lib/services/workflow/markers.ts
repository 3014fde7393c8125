import { db } from '../../db/db';
import { readSetting, writeSetting } from '../../db/settings';
import type { Candidate } from '../../schema/candidate';
import type { Posting } from '../../schema/posting';
import type { PersonMarker } from '../../schema/list-page';

/**
 * The in-page markers of these candidates for a posting, in their order (undefined stays undefined).
 * A handful of indexed reads for a whole list page: the score, stage and notes rows by key, and the
 * shortlists, which are few, read whole.
 */
export async function markersFor(candidates: readonly (Candidate | undefined)[], posting: Posting): Promise<(PersonMarker | undefined)[]> {
  const keys = candidates.flatMap((candidate) => (candidate ? [candidate.key] : []));
  if (keys.length === 0) return candidates.map(() => undefined);
  const pairs = keys.map((key) => [key, posting.id] as [string, string]);
  const [scores, stages, shortlists, notes] = await Promise.all([
    db.scores.bulkGet(pairs),
    db.pipeline.bulkGet(pairs),
    db.shortlists.toArray(),
    db.notes.where('candidateKey').anyOf(keys).toArray(),
  ]);
  const byKey = new Map(keys.map((key, index) => [key, index]));
  const notesOf = countBy(notes.filter((note) => note.deletedAt === undefined).map((note) => note.candidateKey));
  return candidates.map((candidate) => {
    if (!candidate) return undefined;
    const index = byKey.get(candidate.key)!;
    const score = scores[index];
    const stage = stages[index]?.status;
    const on = shortlists.filter((shortlist) => shortlist.candidateKeys.includes(candidate.key)).map((shortlist) => shortlist.name);
    return {
      candidateKey: candidate.key,
      postingTitle: posting.title,
      ...(score ? { total: score.total, capped: Boolean(score.result?.capped) } : {}),
      ...(stage ? { stage } : {}),
      ...(on.length > 0 ? { shortlists: on } : {}),
      notes: notesOf.get(candidate.key) ?? 0,
      lastSeenAt: candidate.updatedAt,
    };
  });
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Whether a profile visited for the first time gets a marker too (off: only people captured before). */
export async function isMarkerAlwaysShown(): Promise<boolean> {
  return (await readSetting('markerAlways')) ?? false;
}

export async function setMarkerAlwaysShown(always: boolean): Promise<void> {
  await writeSetting('markerAlways', always);
}

/** A marker was clicked: the panel (open now, or opening) shows this person. */
export async function requestPanelFor(candidateKey: string, now = new Date()): Promise<void> {
  await writeSetting('panelRequest', { candidateKey, at: now.toISOString() });
}

export async function getPanelRequest(): Promise<{ candidateKey: string; at: string } | undefined> {
  return readSetting('panelRequest');
}
