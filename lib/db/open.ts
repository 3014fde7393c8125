import { db, SCHEMA_VERSIONS, SchemaUpgradeError } from './db';

export type OpenResult = { ok: true } | { ok: false; message: string };

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;

/**
 * Opens the database, upgrading it if an older release wrote it. IndexedDB runs an upgrade in one
 * transaction: if it fails, nothing of it stays and the data is as the older release left it.
 */
export async function openDatabase(): Promise<OpenResult> {
  try {
    await db.open();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeOpenError(error) };
  }
}

export function describeOpenError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message.slice(0, 300) : String(error);
  if (error instanceof SchemaUpgradeError || name === 'UpgradeError' || name === 'SchemaUpgradeError') {
    return `Talent Lens could not upgrade its database to this version (${detail}). Your candidates, notes and postings are kept exactly as the previous version left them, and nothing was changed. Export them from an older version, or report this error; do not clear the extension's data.`;
  }
  if (name === 'VersionError') {
    return `This database was written by a newer version of Talent Lens than this one (schema ${CURRENT_SCHEMA_VERSION}). Update the extension; your data is untouched.`;
  }
  return `Talent Lens could not open its database (${detail}). Your data was not changed. Reload the panel; if this stays, restart the browser.`;
}
