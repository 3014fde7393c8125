/** Past this many keys, reading a whole table (or index range) beats a get per key in IndexedDB. */
export const MANY_KEYS = 500;

/**
 * Rows by key, in the order given. Many keys: one bulk read of the table (or the posting's index
 * range) and a lookup, since a get per key costs far more in IndexedDB than reading rows it skips.
 */
export async function rowsFor<T>(keys: readonly string[], keyOf: (row: T) => string, few: () => Promise<(T | undefined)[]>, all: () => Promise<T[]>): Promise<(T | undefined)[]> {
  if (keys.length < MANY_KEYS) return few();
  const byKey = new Map((await all()).map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key));
}

