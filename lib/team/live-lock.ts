/**
 * One live team connection per browser profile: the panel's while it is open, else the background's short
 * catch-up. A Web Lock is held by whichever runs, across the extension's pages and its service worker.
 */
const LOCK = 'talent-lens-team-live';

const locks = (): LockManager | undefined => (globalThis.navigator as Navigator | undefined)?.locks;

/** Waits for the lock and holds it until `release` is called. Without Web Locks (Node tests), holds nothing. */
export async function holdTeamLock(): Promise<() => void> {
  const manager = locks();
  if (!manager) return () => undefined;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await new Promise<void>((acquired) => void manager.request(LOCK, () => (acquired(), held)));
  return release;
}

/** Runs `work` holding the lock, or skips it (undefined) when someone else holds it now. */
export async function ifTeamLockFree<T>(work: () => Promise<T>): Promise<T | undefined> {
  const manager = locks();
  if (!manager) return work();
  return manager.request(LOCK, { ifAvailable: true }, (lock) => (lock ? work() : undefined));
}
