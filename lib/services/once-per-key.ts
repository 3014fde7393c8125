/** One run per key at a time: a call while the key's run is under way gets that run's promise. */
export function oncePerKey<A extends unknown[], R>(run: (key: string, ...args: A) => Promise<R>): (key: string, ...args: A) => Promise<R> {
  const running = new Map<string, Promise<R>>();
  return (key, ...args) => {
    const current = running.get(key);
    if (current) return current;
    const started = run(key, ...args).finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
