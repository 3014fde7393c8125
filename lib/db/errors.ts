import { messageOf } from '../error-message';

/** Names IndexedDB and Dexie give a full disk or quota, directly or as the cause of an aborted transaction. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded']);

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export const isQuotaError = (error: unknown) => namesOf(error).some((name) => QUOTA_NAMES.has(name));

/**
 * A sentence for a failed database write: what happened and what to do, never a stack trace. Every write
 * runs in a transaction, so a failed one left nothing half done; the sentence says so.
 */
export function describeStorageError(error: unknown, what = 'That change'): string {
  if (isQuotaError(error)) {
    return `${what} was not saved: the browser's storage for Talent Lens is full. Free some space (export and forget candidates you no longer need, or clear other sites' data) and try again. Nothing was half-saved.`;
  }
  const message = messageOf(error);
  if (namesOf(error).some((name) => ['DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'OpenFailedError', 'VersionError'].includes(name))) {
    return `${what} was not saved: the extension's database could not be opened or written (${message.slice(0, 200)}). Reload the panel; if this stays, restart the browser. Nothing was half-saved.`;
  }
  // Our own refusals ("A note cannot be empty.") are plain Errors and already sentences.
  if (!(error instanceof Error) || error.name === 'Error') return message;
  return `${what} was not saved (${error.name}: ${message.slice(0, 200)}). Nothing was half-saved.`;
}
