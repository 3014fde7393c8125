import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { scorePerson } from '@/lib/scoring';
import { seedPosting } from '@/lib/scoring/seed-posting';
import type { Profile } from '@/lib/schema/profile';
import { apiRepo, makeProfile } from '../scoring/profiles';
import { resetDatabase } from './database';

/**
 * Unit tests play two browser profiles on the one fake IndexedDB: `leave()` takes every row of this
 * "browser" away and starts an empty one, `enter()` brings a saved one back.
 */
export type BrowserRows = Record<string, unknown[]>;

export const reset = resetDatabase;

export async function rowsOf(): Promise<BrowserRows> {
  const rows: BrowserRows = {};
  for (const table of db.tables) rows[table.name] = await table.toArray();
  return rows;
}

export async function leave(): Promise<BrowserRows> {
  const rows = await rowsOf();
  await reset();
  return rows;
}

export async function enter(rows: BrowserRows): Promise<void> {
  await reset();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkAdd(rows[table.name] ?? []);
  });
}

export const scorer = (profiles: readonly Profile[]) => scorePerson(profiles, [seedPosting]);
export const P = seedPosting.id;

/** Invented people, captured the way the background stores a page read. */
export async function capture(login: string, language = 'Go', now = new Date('2026-11-01T00:00:00Z')) {
  await repo.ensureSeedPosting();
  return repo.saveCapture({ profile: makeProfile({ login, name: `${login} Example`, repositories: [apiRepo(login, `${login}-svc`, { language })] }), scorePerson: scorer, url: `https://github.com/${login}`, now });
}

export const fileOf = (text: string) => new Blob([text], { type: 'application/json' });

/** Reads a file the way the panel does and applies it; throws with the file's error. */
export async function importText(text: string, dryRun = false) {
  const read = await import('@/lib/files/share').then((files) => files.readSharedFile(fileOf(text)));
  if (!read.ok) throw new Error(read.error);
  return repo.importSharedFile(read.shared, { dryRun });
}
