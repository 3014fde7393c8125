import { db } from '../../db/db';

export const ALL_DATA_FORMAT = 'talent-lens.all-data';

/** Everything this extension keeps about people and postings, as one JSON file: a GDPR-style copy. */
export interface AllData {
  format: typeof ALL_DATA_FORMAT;
  version: 1;
  exportedAt: string;
  schemaVersion: number;
  counts: Record<string, number>;
  tables: Record<string, unknown[]>;
}

/**
 * Reads every table in one read transaction, so the copy is consistent. The GitHub token is not in
 * IndexedDB (it lives in extension local storage), so it can never be in this file.
 */
export async function exportAllData(now = new Date()): Promise<AllData> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return { format: ALL_DATA_FORMAT, version: 1, exportedAt: now.toISOString(), schemaVersion: db.verno, counts, tables };
}

export function allDataFileName(now = new Date()): string {
  return `talent-lens-all-data-${now.toISOString().slice(0, 10)}.json`;
}
