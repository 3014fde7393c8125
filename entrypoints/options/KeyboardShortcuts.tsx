import { useEffect, useState } from 'react';
import { OPEN_PANEL, PANEL_COMMANDS } from '@/lib/commands';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** What the manifest suggests, until the browser says what is set. */
const SUGGESTED: Shortcut[] = [
  { name: 'open', description: OPEN_PANEL.description, shortcut: OPEN_PANEL.key },
  ...Object.entries(PANEL_COMMANDS).map(([name, { description, key }]) => ({ name, description, shortcut: key })),
];

const orderOf = (shortcut: Shortcut) => {
  const at = SUGGESTED.findIndex((suggested) => suggested.description === shortcut.description);
  return at < 0 ? SUGGESTED.length : at;
};

/** Firefox 137+ opens its shortcut page itself; Chrome's is an internal page an extension may open in a tab. */
interface CommandsWithSettings {
  openShortcutSettings?: () => Promise<void>;
}

async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as CommandsWithSettings;
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The keyboard commands with the keys set now (or "not set"), and a way to the browser's shortcut settings. */
export function KeyboardShortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>(SUGGESTED);
  useEffect(() => {
    const read = async () => {
      const all = await browser.commands.getAll();
      const set = all.map((command) => ({ name: command.name ?? '', description: command.description || OPEN_PANEL.description, shortcut: command.shortcut ?? '' }));
      // In the order of the manifest's suggestions (opening the panel first), not the browser's.
      setShortcuts(set.sort((a, b) => orderOf(a) - orderOf(b)));
    };
    // Where the browser cannot say (or in tests), the suggested keys stay shown.
    read().catch(() => undefined);
  }, []);
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p>Shortlisting and next/previous work while the panel is open.</p>
      <table className="shortcuts" data-testid="shortcuts">
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.name}>
              <td>{shortcut.description}</td>
              <td>
                <kbd>{shortcut.shortcut || 'not set'}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => void openShortcutSettings().catch(console.warn)}>
        Change shortcuts in the browser’s settings
      </button>
    </section>
  );
}
