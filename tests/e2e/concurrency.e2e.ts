import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { contributionsLogin, launchWithExtension, readFile, serveGithub } from './browser';
import { SidePanel } from './pages/sidepanel';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function openCandidate(panel: SidePanel, name: string) {
  await panel.showMatches();
  await panel.matchRows.filter({ hasText: name }).first().click();
  await expect.poll(() => panel.name.textContent()).toBe(name);
}

describe.skipIf(!hasRealFixtures)('two tabs and two panels at once (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('two tabs reading one person make one candidate; a note edited in two panels loses neither edit', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    await serveGithub(context, (url) => {
      if (contributionsLogin(url) === 'defunkt') return html('Sheik0808github__fragment.html');
      return url.pathname.toLowerCase() === '/defunkt' ? html('Sheik0808github__github_profile.html') : undefined;
    });
    const [first, second] = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all([first.goto('https://github.com/defunkt'), second.goto('https://github.com/defunkt')]);

    const left = await SidePanel.open(context, launched.extensionId);
    await left.showMatches();
    await expect.poll(() => left.matchRows.count(), { timeout: 15_000 }).toBe(1);
    await openCandidate(left, 'Chris Wanstrath');
    await left.addNote('Intro call booked for Monday.');
    await expect.poll(() => left.notes.count()).toBe(1);

    const right = await SidePanel.open(context, launched.extensionId);
    await openCandidate(right, 'Chris Wanstrath');
    await expect.poll(() => right.notes.count()).toBe(1);
    // A panel follows the active tab; opening the second one moved the first back to it.
    await openCandidate(left, 'Chris Wanstrath');

    // Both windows open the same note for editing; the left one saves first.
    await left.notes.getByRole('button', { name: 'Edit' }).click();
    await right.notes.getByRole('button', { name: 'Edit' }).click();
    await left.page.getByLabel('Edit note').fill('Intro call moved to Tuesday.');
    await left.notes.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => left.notes.locator('.note__text').textContent()).toBe('Intro call moved to Tuesday.');

    // The right window is told, keeps its text, and shows what changed meanwhile.
    await expect.poll(() => right.notes.getByRole('status').textContent()).toContain('Intro call moved to Tuesday.');
    await right.page.getByLabel('Edit note').fill('Intro call done: strong on Go.');
    await right.notes.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => right.notes.getByRole('alert').textContent()).toContain('This note changed elsewhere');
    expect(await right.page.getByLabel('Edit note').inputValue()).toBe('Intro call done: strong on Go.');
    expect(await left.notes.locator('.note__text').textContent()).toBe('Intro call moved to Tuesday.');

    // Saving over it, knowingly, is one more click.
    await right.notes.getByRole('button', { name: 'Save over it' }).click();
    await expect.poll(() => left.notes.locator('.note__text').textContent()).toBe('Intro call done: strong on Go.');
    await left.showMatches();
    await expect.poll(() => left.matchRows.count()).toBe(1);
  }, 90_000);
});
