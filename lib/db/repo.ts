import { db } from './db';
import { candidateKey, type Candidate, type Note, type TabState } from '../schema/candidate';
import type { Profile } from '../schema/profile';
import type { Posting } from '../schema/posting';
import type { ScoreResult } from '../schema/score';
import { NOTE_MAX_LENGTH } from '../schema/candidate';
import { seedPosting } from '../scoring/seed-posting';

/** The only module that touches Dexie tables. */

const ACTIVE_POSTING = 'activePostingId';

export async function ensureSeedPosting(): Promise<void> {
  if (!(await db.postings.get(seedPosting.id))) await db.postings.put(seedPosting);
}

export async function getActivePosting(): Promise<Posting> {
  const setting = await db.settings.get(ACTIVE_POSTING);
  const active = typeof setting?.value === 'string' ? await db.postings.get(setting.value) : undefined;
  return active ?? seedPosting;
}

export async function saveCapture(input: {
  profile: Profile;
  score: ScoreResult;
  tabId: number;
  url: string;
  now?: Date;
}): Promise<Candidate> {
  const now = (input.now ?? new Date()).toISOString();
  const key = candidateKey(input.profile.site, input.profile.login);
  return db.transaction('rw', db.candidates, db.tabs, async () => {
    const existing = await db.candidates.get(key);
    const candidate: Candidate = {
      key,
      site: input.profile.site,
      login: input.profile.login,
      name: input.profile.name,
      profileUrl: input.profile.url,
      profile: input.profile,
      score: input.score,
      scoreTotal: input.score.total,
      firstSeenAt: existing?.firstSeenAt ?? now,
      updatedAt: now,
    };
    await db.candidates.put(candidate);
    await db.tabs.put({ tabId: input.tabId, url: input.url, status: 'profile', candidateKey: key, updatedAt: now });
    return candidate;
  });
}

export async function recordTabState(state: Omit<TabState, 'updatedAt'>, now = new Date()): Promise<void> {
  await db.tabs.put({ ...state, updatedAt: now.toISOString() });
}

export async function forgetTab(tabId: number): Promise<void> {
  await db.tabs.delete(tabId);
}

/** Tab ids do not survive a browser restart. */
export async function clearTabs(): Promise<void> {
  await db.tabs.clear();
}

export function getTabState(tabId: number): Promise<TabState | undefined> {
  return db.tabs.get(tabId);
}

export function getCandidate(key: string): Promise<Candidate | undefined> {
  return db.candidates.get(key);
}

export function listRanked(limit = 200): Promise<Candidate[]> {
  return db.candidates.orderBy('scoreTotal').reverse().limit(limit).toArray();
}

export function countCandidates(): Promise<number> {
  return db.candidates.count();
}

export async function listNotes(key: string): Promise<Note[]> {
  const notes = await db.notes.where('candidateKey').equals(key).toArray();
  return notes.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

export async function addNote(key: string, text: string, now = new Date()): Promise<Note> {
  const at = now.toISOString();
  const note: Note = { id: crypto.randomUUID(), candidateKey: key, text: cleanNote(text), createdAt: at, updatedAt: at };
  await db.notes.add(note);
  return note;
}

export async function updateNote(id: string, text: string, now = new Date()): Promise<void> {
  const changed = await db.notes.update(id, { text: cleanNote(text), updatedAt: now.toISOString() });
  if (!changed) throw new Error('That note no longer exists.');
}

export async function deleteNote(id: string): Promise<void> {
  await db.notes.delete(id);
}

function cleanNote(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A note cannot be empty.');
  if (trimmed.length > NOTE_MAX_LENGTH) throw new Error(`A note can hold at most ${NOTE_MAX_LENGTH} characters.`);
  return trimmed;
}
