/**
 * The keyboard commands, with the keys suggested on install (the browser lets the recruiter change them).
 * No imports: the build config reads this for the manifest's `commands`.
 */
export const OPEN_PANEL = { description: 'Open Talent Lens', key: 'Alt+Shift+L' } as const;

export const PANEL_COMMANDS = {
  'shortlist-person': { description: 'Shortlist the person on this page (or open in the panel) for the active posting', key: 'Alt+Shift+S' },
  'next-candidate': { description: 'Open the next candidate of the matches list', key: 'Alt+Shift+J' },
  'previous-candidate': { description: 'Open the previous candidate of the matches list', key: 'Alt+Shift+K' },
} as const;

export type PanelCommand = keyof typeof PANEL_COMMANDS;

export const isPanelCommand = (name: string): name is PanelCommand => Object.hasOwn(PANEL_COMMANDS, name);

/** The manifest's `commands`: the panel opener is the action (Chrome) or the sidebar (Firefox). */
export function manifestCommands(browser: string): Record<string, { description: string; suggested_key: { default: string } }> {
  const opener = browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action';
  const entries: Array<[string, { description: string; key: string }]> = [[opener, OPEN_PANEL], ...Object.entries(PANEL_COMMANDS)];
  return Object.fromEntries(entries.map(([name, { description, key }]) => [name, { description, suggested_key: { default: key } }]));
}

/** The key beside `current` in `order`, `step` away; the first (or last) when `current` is not in it. */
export function neighbour(order: readonly string[], current: string | null | undefined, step: 1 | -1): string | undefined {
  if (order.length === 0) return undefined;
  const at = current ? order.indexOf(current) : -1;
  if (at < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[Math.max(0, Math.min(order.length - 1, at + step))];
}
