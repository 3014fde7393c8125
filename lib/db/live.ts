import { liveQuery } from 'dexie';

/** Calls `next` with the query's result now and whenever a write changes it (Dexie's liveQuery); returns the stop. */
export function observe<T>(query: () => Promise<T>, next: (value: T) => void, onError: (error: unknown) => void = console.warn): () => void {
  const subscription = liveQuery(query).subscribe({ next, error: onError });
  return () => subscription.unsubscribe();
}
