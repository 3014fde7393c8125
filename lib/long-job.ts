/**
 * A job that can take seconds (importing or exporting thousands of candidates): it says how far it
 * got and stops when asked. UI-independent: the panel passes a callback and an AbortSignal.
 */
export type JobPhase = 'reading' | 'checking' | 'loading' | 'writing';

export interface JobControl {
  /** `total` 0 means not known yet (the file is being read). */
  onProgress?: (done: number, total: number, phase: JobPhase) => void;
  signal?: AbortSignal;
}

/** Items handled between two looks at the event loop: small enough for a Cancel click to be seen soon. */
export const JOB_CHUNK = 500;

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'JobCancelled';
  }
}

export const isJobCancelled = (error: unknown): error is JobCancelled => error instanceof JobCancelled;

export function stopIfCancelled(job: JobControl): void {
  if (job.signal?.aborted) throw new JobCancelled();
}

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

/**
 * Lets the browser paint and handle clicks. Never inside a database transaction: IndexedDB commits a
 * transaction that waits on anything but its own requests. scheduler.yield (Chrome) is not held back
 * to 4 ms the way a chain of setTimeout(0) is.
 */
export function yieldToBrowser(): Promise<void> {
  const { scheduler } = globalThis as WithScheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** `each` over the items, a chunk at a time, with progress after each chunk and a chance to cancel before it. */
export async function mapInChunks<T, R>(items: readonly T[], phase: JobPhase, job: JobControl, each: (item: T, index: number) => R): Promise<R[]> {
  const results: R[] = [];
  job.onProgress?.(0, items.length, phase);
  for (let start = 0; start < items.length; start += JOB_CHUNK) {
    await yieldToBrowser();
    stopIfCancelled(job);
    const end = Math.min(start + JOB_CHUNK, items.length);
    for (let index = start; index < end; index++) results.push(each(items[index]!, index));
    job.onProgress?.(end, items.length, phase);
  }
  return results;
}
