import type { Page } from 'playwright-core';

/**
 * Where one shared edit was seen in one panel page:
 * - stored: an IndexedDB transaction that put a note or feedback record carrying it committed (the writer's commit,
 *   the reader's import);
 * - sent / received: the first WebSocket frame carrying it left / reached this page;
 * - shown: it appeared in the page's DOM, in an element matching `shownIn`.
 *
 * Each is `performance.timeOrigin + performance.now()` in that page: the machine's wall clock at the page's start
 * plus a monotonic offset, so a time in milliseconds (finer than Date.now()'s whole ones) on one clock that both
 * Chromium profiles read, as they run on the same machine. Only a step of the system clock between the two pages'
 * loads could skew them; the bench checks that no frame is received before it was sent.
 */
export type Stage = 'stored' | 'sent' | 'received' | 'shown';
export type Stamps = Partial<Record<Stage, number>>;

interface Probe {
  watch(marker: string): void;
  /** This page's stamps for the marker once it has all of `stages`, or what it has after `timeoutMs`; stops watching it. */
  until(marker: string, stages: Stage[], timeoutMs: number): Promise<Stamps>;
}

/** Runs in the page before its own scripts (an init script), so the panel's socket and database go through it. */
function installProbe(shownIn: string): void {
  const now = () => performance.timeOrigin + performance.now();
  const watched = new Map<string, { bytes: Uint8Array; stamps: Stamps; onStamp?: () => void }>();
  const stamp = (marker: string, stage: Stage) => {
    const entry = watched.get(marker);
    if (!entry || entry.stamps[stage] !== undefined) return;
    entry.stamps[stage] = now();
    entry.onStamp?.();
  };

  const contains = (haystack: Uint8Array, needle: Uint8Array) => {
    outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
      for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  };
  const bytesOf = (data: unknown): Uint8Array | undefined =>
    data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : undefined;
  const stampFrame = (data: unknown, stage: Stage) => {
    const bytes = watched.size ? bytesOf(data) : undefined;
    if (bytes) for (const [marker, entry] of watched) if (contains(bytes, entry.bytes)) stamp(marker, stage);
  };

  // Yjs writes a map's string values as UTF-8 in the update, so a marker's bytes show in the frame that carries it.
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    stampFrame(data, 'sent');
    return send.call(this, data);
  };
  const NativeWebSocket = WebSocket;
  globalThis.WebSocket = class extends NativeWebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      // Added before the provider's own listener, so it stamps the frame as it arrives.
      this.addEventListener('message', (event) => stampFrame(event.data, 'received'));
    }
  };

  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = original.call(this, value, key);
      const { text, comment } = (value ?? {}) as { text?: unknown; comment?: unknown };
      const carried = `${typeof text === 'string' ? text : ''}\n${typeof comment === 'string' ? comment : ''}`;
      const markers = [...watched.keys()].filter((marker) => carried.includes(marker));
      if (markers.length) this.transaction.addEventListener('complete', () => markers.forEach((marker) => stamp(marker, 'stored')));
      return request;
    };
  }

  new MutationObserver(() => {
    const pending = [...watched].filter(([, entry]) => entry.stamps.shown === undefined);
    if (!pending.length) return;
    const text = Array.from(document.querySelectorAll(shownIn), (element) => element.textContent).join('\n');
    for (const [marker] of pending) if (text.includes(marker)) stamp(marker, 'shown');
  }).observe(document, { subtree: true, childList: true, characterData: true });

  const probe: Probe = {
    watch: (marker) => void watched.set(marker, { bytes: new TextEncoder().encode(marker), stamps: {} }),
    until: (marker, stages, timeoutMs) =>
      new Promise((resolve) => {
        const entry = watched.get(marker)!;
        const finish = () => {
          clearTimeout(timer);
          watched.delete(marker);
          resolve({ ...entry.stamps });
        };
        const timer = setTimeout(finish, timeoutMs);
        entry.onStamp = () => stages.every((stage) => entry.stamps[stage] !== undefined) && finish();
        entry.onStamp();
      }),
  };
  (globalThis as unknown as { editProbe: Probe }).editProbe = probe;
}

/** Puts the probe into a panel page and loads it again, so the probe sees the panel's team connection from its start. */
export async function probePanel(page: Page, shownIn: string): Promise<void> {
  await page.addInitScript(installProbe, shownIn);
  await page.reload();
}

export function watch(page: Page, marker: string): Promise<void> {
  return page.evaluate((marker) => (globalThis as unknown as { editProbe: Probe }).editProbe.watch(marker), marker);
}

export function stampsOf(page: Page, marker: string, stages: Stage[], timeoutMs: number): Promise<Stamps> {
  return page.evaluate(([marker, stages, timeoutMs]) => (globalThis as unknown as { editProbe: Probe }).editProbe.until(marker, stages, timeoutMs), [marker, stages, timeoutMs] as const);
}
