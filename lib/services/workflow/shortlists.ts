import { db } from '../../db/db';
import { ShortlistSchema, type Shortlist } from '../../schema/pipeline';

export async function createShortlist(postingId: string, name: string, now = new Date()): Promise<Shortlist> {
  const at = now.toISOString();
  const list = ShortlistSchema.parse({ id: crypto.randomUUID(), postingId, name, candidateKeys: [], createdAt: at, updatedAt: at });
  await db.shortlists.add(list);
  return list;
}

export async function listShortlists(postingId: string): Promise<Shortlist[]> {
  return (await db.shortlists.where('postingId').equals(postingId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Shortlists shared with this browser first (newest first), then its own: what a hiring manager reviews. */
export async function reviewableShortlists(): Promise<Shortlist[]> {
  const lists = await db.shortlists.toArray();
  return lists.sort((a, b) => Number(Boolean(b.sharedBy)) - Number(Boolean(a.sharedBy)) || (b.receivedAt ?? b.updatedAt).localeCompare(a.receivedAt ?? a.updatedAt));
}

export function getShortlist(id: string): Promise<Shortlist | undefined> {
  return db.shortlists.get(id);
}

async function change(id: string, edit: (list: Shortlist) => Partial<Shortlist>, now: Date): Promise<Shortlist> {
  return db.transaction('rw', db.shortlists, async () => {
    const list = await db.shortlists.get(id);
    if (!list) throw new Error('That shortlist no longer exists.');
    const next = ShortlistSchema.parse({ ...list, ...edit(list), updatedAt: now.toISOString() });
    await db.shortlists.put(next);
    return next;
  });
}

/** Appends candidates not on the list yet, in the order given. */
export function addToShortlist(id: string, candidateKeys: readonly string[], now = new Date()): Promise<Shortlist> {
  return change(id, (list) => ({ candidateKeys: [...new Set([...list.candidateKeys, ...candidateKeys])] }), now);
}

export function removeFromShortlist(id: string, candidateKey: string, now = new Date()): Promise<Shortlist> {
  return change(id, (list) => ({ candidateKeys: list.candidateKeys.filter((key) => key !== candidateKey) }), now);
}

/** Moves a candidate to a new place (0 = first), clamped to the list. */
export function moveInShortlist(id: string, candidateKey: string, toIndex: number, now = new Date()): Promise<Shortlist> {
  return change(
    id,
    (list) => {
      const rest = list.candidateKeys.filter((key) => key !== candidateKey);
      if (rest.length === list.candidateKeys.length) return {};
      const at = Math.max(0, Math.min(rest.length, Math.trunc(toIndex)));
      return { candidateKeys: [...rest.slice(0, at), candidateKey, ...rest.slice(at)] };
    },
    now,
  );
}

export function renameShortlist(id: string, name: string, now = new Date()): Promise<Shortlist> {
  return change(id, () => ({ name }), now);
}

export async function deleteShortlist(id: string): Promise<void> {
  await db.shortlists.delete(id);
}
