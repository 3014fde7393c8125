import { useEffect, useState } from 'react';

/** Lets the panel handle input (a keystroke, a click) between two slices of work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

type Read<T> = { key: string; value: T } | { key: string; error: unknown };

/**
 * `read()`'s result once `enabled`, read again whenever `watch` signals a change: for reads too big
 * for a liveQuery (which copies every row it returns). A change during a read means one more read
 * once it ends, so a stream of writes never starves the reader. Undefined until the first read for
 * `key` ends; the last value is kept while the next read runs; a read's error is thrown, as
 * useLiveQuery does. `read` and `watch` are taken anew only when `key` or `enabled` changes.
 */
export function useBackgroundRead<T>(key: string, enabled: boolean, read: () => Promise<T>, watch: (onChange: () => void) => () => void): T | undefined {
  const [last, setLast] = useState<Read<T>>();

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let reading = false;
    let changedMeanwhile = false;
    const readNow = async () => {
      if (reading) {
        changedMeanwhile = true;
        return;
      }
      reading = true;
      try {
        do {
          changedMeanwhile = false;
          const value = await read();
          if (!stopped) setLast({ key, value });
        } while (changedMeanwhile && !stopped);
      } catch (error) {
        if (!stopped) setLast({ key, error });
      } finally {
        reading = false;
      }
    };
    const stopWatching = watch(() => void readNow());
    void readNow();
    return () => {
      stopped = true;
      stopWatching();
    };
    // read and watch belong to key: taken anew with it, not on every render.
  }, [key, enabled]);

  if (last?.key !== key) return undefined;
  if ('error' in last) throw last.error;
  return last.value;
}
