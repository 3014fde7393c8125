import Dexie, { type EntityTable } from 'dexie';
import type { Candidate, Note, TabState } from '../schema/candidate';
import type { Posting } from '../schema/posting';

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'talent-lens';

/**
 * The extension's database. It lives in the extension origin: only the background and
 * extension pages open it, never a content script (whose IndexedDB belongs to the web page).
 */
export class TalentDB extends Dexie {
  candidates!: EntityTable<Candidate, 'key'>;
  notes!: EntityTable<Note, 'id'>;
  postings!: EntityTable<Posting, 'id'>;
  tabs!: EntityTable<TabState, 'tabId'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Index only what is queried; profile snapshots and score breakdowns are never indexed.
    this.version(1).stores({
      candidates: 'key, site, scoreTotal, updatedAt',
      notes: 'id, candidateKey, updatedAt',
      postings: 'id, updatedAt',
      tabs: 'tabId',
      settings: 'key',
    });
  }
}

export const db = new TalentDB();
