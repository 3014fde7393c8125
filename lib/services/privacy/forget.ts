import type { Table } from '../../db/queries';
import { db } from '../../db/db';

export interface ForgetReport {
  candidateKeys: string[];
  /** Rows erased per table. */
  rows: Record<string, number>;
}

/** Tables whose rows belong to one candidate, found from the schema so a table added later is covered too. */
type Owned = { table: Table; by: 'key' | 'candidateKey' };

function candidateTables(): Owned[] {
  return db.tables.flatMap((table): Owned[] => {
    if (table.name === 'candidates') return [{ table, by: 'key' }];
    const { primKey, indexes } = table.schema;
    const keyed = primKey.keyPath === 'candidateKey' || indexes.some((index) => index.keyPath === 'candidateKey');
    return keyed ? [{ table, by: 'candidateKey' }] : [];
  });
}

/** GitHub logins of the person: each of their github profile keys ("github:login"). */
function githubLogins(profileKeys: readonly string[]): string[] {
  return profileKeys.filter((key) => key.startsWith('github:')).map((key) => key.slice('github:'.length).toLowerCase());
}

/** Cached API answers about one of these logins: /users/LOGIN…, and searches by author:LOGIN. */
function isAboutLogins(url: string, logins: readonly string[]): boolean {
  let text: string;
  try {
    text = decodeURIComponent(url.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    text = url.toLowerCase();
  }
  return logins.some((login) => new RegExp(`/users/${escape(login)}(?:[/?#]|$)|author:${escape(login)}(?:[\\s&]|$)`).test(text));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Forget this person": the candidate, every profile of theirs, notes (tombstones too), feedback,
 * conflicts, scores, ranks, pipeline stages, tags, enrichment, cached API answers, their place on
 * shortlists and the tabs showing them, all in one transaction: all gone or nothing gone.
 */
export async function forgetCandidate(candidateKey: string): Promise<ForgetReport> {
  const tables = candidateTables();
  return db.transaction('rw', [...tables.map(({ table }) => table), db.shortlists, db.tabs, db.httpCache], async () => {
    const candidate = await db.candidates.get(candidateKey);
    const keys = [...new Set([candidateKey, ...(candidate?.profileKeys ?? [])])];
    const rows: Record<string, number> = {};
    for (const { table, by } of tables) {
      rows[table.name] = by === 'key' ? await table.where(':id').anyOf(keys).delete() : await table.where('candidateKey').anyOf(keys).delete();
    }
    rows.tabs = (rows.tabs ?? 0) + (await db.tabs.filter((tab) => tab.candidateKey !== undefined && keys.includes(tab.candidateKey)).delete());
    rows.shortlists = await db.shortlists.filter((list) => list.candidateKeys.some((key) => keys.includes(key))).modify((list) => {
      list.candidateKeys = list.candidateKeys.filter((key) => !keys.includes(key));
    });
    const logins = githubLogins(keys);
    rows.httpCache = logins.length ? await db.httpCache.filter((entry) => isAboutLogins(entry.url, logins)).delete() : 0;
    return { candidateKeys: keys, rows };
  });
}

/** Forgets several people, one transaction each, so one failure keeps the others' result clear. */
export async function forgetCandidates(candidateKeys: readonly string[]): Promise<number> {
  let forgotten = 0;
  for (const key of candidateKeys) {
    await forgetCandidate(key);
    forgotten++;
  }
  return forgotten;
}
