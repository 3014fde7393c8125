import Dexie, { liveQuery, type ObservabilitySet } from 'dexie';
import { db } from './db';

/** Calls `next` with the query's result now and whenever a write changes it (Dexie's liveQuery); returns the stop. */
export function observe<T>(query: () => Promise<T>, next: (value: T) => void, onError: (error: unknown) => void = console.warn): () => void {
  const subscription = liveQuery(query).subscribe({ next, error: onError });
  return () => subscription.unsubscribe();
}

/** Calls `onChange` after every write to one of these tables, here or in another page of the extension; returns the stop. */
export function onTablesChanged(tables: readonly string[], onChange: () => void): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const listener = (parts: ObservabilitySet) => {
    if ('all' in parts || Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) onChange();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** Every compound key [first, …] to [last, …]: bounds for a range over a compound index's first part. */
export const firstPartBetween = (first: string, last: string) => [[first, Dexie.minKey], [last, Dexie.maxKey]] as const;
