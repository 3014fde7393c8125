import { readSetting, writeSetting } from '../db/settings';
import { pipelineOfPosting, ranksOfPosting, scoresOfPosting } from '../db/queries';
import { db } from '../db/db';
import { PostingSchema, type Posting } from '../schema/posting';
import { seedPosting } from '../scoring/seed-posting';
import { describeZodError } from '../schema/errors';


export type SaveResult = { ok: true; posting: Posting } | { ok: false; error: string };

/** The built-in posting is installed once and refreshed when a release changes it; it is never edited in place. */
export async function ensureSeedPosting(): Promise<void> {
  const stored = await db.postings.get(seedPosting.id);
  if (stored?.updatedAt !== seedPosting.updatedAt) await db.postings.put(seedPosting);
}

export async function getActivePostingId(): Promise<string> {
  return (await readSetting('activePostingId')) ?? seedPosting.id;
}

export async function getActivePosting(): Promise<Posting> {
  return (await db.postings.get(await getActivePostingId())) ?? seedPosting;
}

export async function setActivePosting(id: string): Promise<void> {
  if (!(await db.postings.get(id))) throw new Error('That posting no longer exists.');
  await writeSetting('activePostingId', id);
}

/** Built-in first, then by title. */
export async function listPostings(): Promise<Posting[]> {
  const postings = await db.postings.toArray();
  return postings.sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export function getPosting(id: string): Promise<Posting | undefined> {
  return db.postings.get(id);
}

/** Validates and stores an edited posting. Nothing is written when validation fails. */
export async function savePosting(input: unknown, now = new Date()): Promise<SaveResult> {
  const parsed = PostingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const existing = await db.postings.get(parsed.data.id);
  if (existing?.builtIn || parsed.data.builtIn) return { ok: false, error: 'The built-in posting cannot be changed: duplicate it and edit the copy.' };
  const posting = { ...parsed.data, updatedAt: now.toISOString() };
  await db.postings.put(posting);
  return { ok: true, posting };
}

export function newPosting(now = new Date(), fields: Partial<Posting> = {}): Posting {
  const at = now.toISOString();
  return { id: crypto.randomUUID(), title: 'New posting', requirements: [], builtIn: false, createdAt: at, updatedAt: at, ...fields };
}

export async function duplicatePosting(id: string, now = new Date()): Promise<Posting> {
  const original = await db.postings.get(id);
  if (!original) throw new Error('That posting no longer exists.');
  const copy = newPosting(now, { title: `${original.title} (copy)`.slice(0, 300), description: original.description, requirements: original.requirements });
  await db.postings.add(copy);
  return copy;
}

/** Deletes a posting and its scores; the built-in posting becomes active if this one was. */
export async function deletePosting(id: string): Promise<void> {
  await db.transaction('rw', [db.postings, db.scores, db.ranks, db.pipeline, db.shortlists, db.settings], async () => {
    const posting = await db.postings.get(id);
    if (!posting) return;
    if (posting.builtIn) throw new Error('The built-in posting cannot be deleted.');
    await db.postings.delete(id);
    await scoresOfPosting(id).delete();
    await ranksOfPosting(id).delete();
    await pipelineOfPosting(id).delete();
    await db.shortlists.where('postingId').equals(id).delete();
    if ((await getActivePostingId()) === id) await writeSetting('activePostingId', seedPosting.id);
  });
}
