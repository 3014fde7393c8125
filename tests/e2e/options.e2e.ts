import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension } from './browser';
import { saveDocsScreenshot } from './screenshots';
import { OPEN_PANEL, PANEL_COMMANDS } from '../../lib/commands';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('keyboard shortcuts in Options (real Chromium)', () => {
  it('lists every command with the key the browser has set, as the manifest suggests', async () => {
    const { context, extensionId } = await launchWithExtension();
    close = () => context.close();
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);

    const rows = options.getByTestId('shortcuts').locator('tr');
    const expected = [OPEN_PANEL, ...Object.values(PANEL_COMMANDS)].map(({ description, key }) => `${description}${key}`);
    await expect.poll(() => rows.allTextContents()).toEqual(expected);
    expect(await options.getByRole('button', { name: 'Change shortcuts in the browser’s settings' }).isVisible()).toBe(true);
    await saveDocsScreenshot(options.locator('section', { has: options.getByTestId('shortcuts') }), 'keyboard-shortcuts');
  });
});
