import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPEN_PANEL, PANEL_COMMANDS, manifestCommands, neighbour } from '@/lib/commands';

describe('keyboard commands', () => {
  it('suggest at most four distinct keys, the panel opener being the action (Chrome) or the sidebar (Firefox)', () => {
    for (const [browser, opener] of [['chrome', '_execute_action'], ['firefox', '_execute_sidebar_action']] as const) {
      const commands = manifestCommands(browser);
      expect(Object.keys(commands)).toEqual([opener, 'shortlist-person', 'next-candidate', 'previous-candidate']);
      const keys = Object.values(commands).map((command) => command.suggested_key.default);
      expect(new Set(keys).size).toBe(4);
    }
  });

  it('walk the matches order and stop at its ends', () => {
    const order = ['a', 'b', 'c'];
    expect(neighbour(order, 'a', 1)).toBe('b');
    expect(neighbour(order, 'c', 1)).toBe('c');
    expect(neighbour(order, 'a', -1)).toBe('a');
    expect(neighbour(order, 'someone-else', 1)).toBe('a');
    expect(neighbour(order, undefined, -1)).toBe('c');
    expect(neighbour([], 'a', 1)).toBeUndefined();
  });

  it('are listed in README with their keys', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const { key, description } of [OPEN_PANEL, ...Object.values(PANEL_COMMANDS)]) {
      expect(readme).toContain(`| ${key} | ${description} |`);
    }
  });
});
