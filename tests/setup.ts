import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** commands.onCommand, which the fake browser lacks: listeners kept, and `trigger` to press a shortcut in a test. */
function fakeOnCommand() {
  const listeners = new Set<(name: string) => void>();
  return {
    addListener: (listener: (name: string) => void) => void listeners.add(listener),
    removeListener: (listener: (name: string) => void) => void listeners.delete(listener),
    hasListener: (listener: (name: string) => void) => listeners.has(listener),
    trigger: (name: string) => listeners.forEach((listener) => listener(name)),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.defineProperty(fakeBrowser.commands, 'onCommand', { configurable: true, value: fakeOnCommand() });
});
