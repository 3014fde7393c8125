/** Past this many keys, reading a whole table (or index range) beats a get per key in IndexedDB. */
export const MANY_KEYS = 500;

/** One get costs about as much as reading this many rows in one go (Chromium; tests/bench/matches.measure.ts). */
const ROWS_PER_GET = 2.5;

/**
 * Rows by key, in the order given. Many keys: one bulk read of the table (or the posting's index
 * range) and a lookup, since a get per key costs far more in IndexedDB than reading rows it skips;
 * unless the table is known (`tableSize`) to hold many more rows than that.
 */
export async function rowsFor<T>(
  keys: readonly string[],
  keyOf: (row: T) => string,
  few: () => Promise<(T | undefined)[]>,
  all: () => Promise<T[]>,
  tableSize = 0,
): Promise<(T | undefined)[]> {
  if (keys.length < MANY_KEYS || tableSize > keys.length * ROWS_PER_GET) return few();
  const byKey = new Map((await all()).map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key));
}
