import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator } from 'playwright-core';
import { serveGithub } from '../browser';
import { SidePanel } from '../pages/sidepanel';
import { SKIP_REASON, hasRealFixtures } from '../../real-fixtures';
import { startTeamServer } from './server-process';
import { PAGES, PASSWORDS, html, launchForTeam, openFromMatches, setName, signIn } from './steps';

/**
 * One shared note, edited by its owner and by an editor in two Chromium profiles, live and while both are
 * offline: the text merges character by character, as in a shared text editor, with no conflict for anyone.
 */
const contexts: BrowserContext[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function editNote(note: Locator, change: (text: string) => string): Promise<void> {
  await note.getByRole('button', { name: 'Edit' }).click();
  const box = note.getByLabel('Edit note');
  await box.fill(change(await box.inputValue()));
  await note.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => note.getByLabel('Edit note').count()).toBe(0);
}

describe.skipIf(!hasRealFixtures)('team mode: a shared note edited by two people (real server, two Chromium profiles)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('keeps both people’s words in the note, live, after both edited it offline, and across a server restart', async () => {
    const server = await startTeamServer({ members: PASSWORDS });
    cleanups.push(() => server.stop());

    // Ana shares Chris with a shared note, and makes Sam an editor.
    const recruiter = await launchForTeam(server, contexts);
    await setName(recruiter, 'Ana Recruiter');
    await serveGithub(recruiter.context, (url) => (url.pathname.toLowerCase() === '/defunkt' ? html(PAGES['/defunkt']!) : undefined));
    await (await recruiter.context.newPage()).goto('https://github.com/defunkt');
    await signIn(recruiter, server, 'ana');
    const ana = await SidePanel.open(recruiter.context, recruiter.extensionId);
    await ana.showMatches();
    await expect.poll(() => ana.matchRows.count(), { timeout: 15_000 }).toBe(1);
    await ana.page.getByRole('button', { name: 'Add Chris Wanstrath to the shortlist' }).click();
    await ana.page.getByRole('button', { name: 'Share live with my team' }).click();
    await ana.page.getByLabel('Team member’s user name').fill('sam');
    await ana.page.getByLabel('Role').selectOption('editor');
    await ana.page.getByRole('button', { name: 'Add to shortlist team' }).click();
    await expect.poll(() => ana.page.getByTestId('team-members').textContent(), { timeout: 10_000 }).toContain('sam (editor)');
    await openFromMatches(ana, 'Chris Wanstrath');
    await ana.page.getByLabel('New note').fill('Strong Go. Ran a team of four.');
    await ana.page.getByLabel('Share with reviewers').check();
    await ana.page.getByRole('button', { name: 'Add note' }).click();

    // Sam, an editor in another profile, receives the list and the note.
    const manager = await launchForTeam(server, contexts);
    await setName(manager, 'Sam Editor');
    await signIn(manager, server, 'sam');
    const sam = await SidePanel.open(manager.context, manager.extensionId);
    await sam.showMatches();
    await expect.poll(() => sam.matchRows.count(), { timeout: 20_000 }).toBe(1);
    await openFromMatches(sam, 'Chris Wanstrath');
    await expect.poll(() => sam.notes.allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining('Strong Go. Ran a team of four.')]);
    const noteText = (panel: SidePanel) => panel.page.locator('.note__text').allTextContents();

    // Live: Sam's edit reaches Ana.
    await editNote(sam.notes.first(), (text) => text.replace('four', 'five'));
    await expect.poll(() => noteText(ana), { timeout: 10_000 }).toEqual(['Strong Go. Ran a team of five.']);

    // Both offline, each edits another part of the same note.
    await recruiter.context.setOffline(true);
    await manager.context.setOffline(true);
    await editNote(ana.notes.first(), (text) => text.replace('Strong Go.', 'Very strong Go.'));
    await editNote(sam.notes.first(), (text) => `${text} Wants to stay remote.`);
    await recruiter.context.setOffline(false);
    await manager.context.setOffline(false);

    const merged = 'Very strong Go. Ran a team of five. Wants to stay remote.';
    await expect.poll(() => noteText(ana), { timeout: 20_000 }).toEqual([merged]);
    await expect.poll(() => noteText(sam), { timeout: 20_000 }).toEqual([merged]);
    // Nobody is asked to settle a conflict: the words merged.
    for (const panel of [ana, sam]) expect(await panel.page.getByTestId('note-conflict').count()).toBe(0);

    // The server restarts: nothing is lost, and the panels reconnect by themselves.
    await server.restart();
    await editNote(ana.notes.first(), (text) => text.replace('Very strong', 'Excellent'));
    await expect.poll(() => noteText(sam), { timeout: 30_000 }).toEqual([merged.replace('Very strong', 'Excellent')]);
  }, 180_000);
});
