import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { BrowserContext } from 'playwright-core';
import { serveGithub, type ExtensionBrowser } from '../browser';
import { SidePanel } from '../pages/sidepanel';
import { SKIP_REASON, hasRealFixtures } from '../../real-fixtures';
import { startTeamServer, type TeamServerProcess } from './server-process';
import { PAGES, PASSWORDS, html, launchForTeam, openFromMatches, setName, shareLiveWithReviewer, signIn } from './steps';
import { POSTGRES_BIN, REDIS, startPostgres, startRedis } from '../../support/processes';
import { existsSync } from 'node:fs';

/**
 * Team mode end to end: the real team server process (as `npm run team-server` runs it) and two Chromium
 * profiles, a recruiter and a hiring manager, each with the built extension.
 */
const contexts: BrowserContext[] = [];
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const launch = (server: TeamServerProcess): Promise<ExtensionBrowser> => launchForTeam(server, contexts);

/** A teammate's raw client (a Yjs document over the same server), e.g. a buggy or hostile one. */
function rawClient(server: TeamServerProcess, name: string, token: string): { doc: Y.Doc; close(): void } {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: server.origin.replace('http', 'ws'), WebSocketPolyfill: WebSocket as never });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
  provider.attach();
  return { doc, close: () => (provider.destroy(), socket.destroy()) };
}

describe.skipIf(!hasRealFixtures)('team mode: a recruiter and a hiring manager share a shortlist live (real server, two Chromium profiles)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('shows each other’s notes and verdicts live and after working offline; a damaged record spoils nothing; a revoked reviewer is cut off', async () => {
    const server = await startTeamServer({ members: PASSWORDS });
    cleanups.push(() => server.stop());

    // Ana, the recruiter, shares two real profiles live with Sam as reviewer; Sam's panel receives them by itself.
    const { recruiter, manager, ana, sam, anaToken } = await shareLiveWithReviewer(server, contexts);
    const samStatus = sam.page.getByTestId('team-status-line');
    const chris = sam.page.getByRole('listitem', { name: 'Review of Chris Wanstrath' });

    // Live, both ways: Sam's verdict reaches Ana, Ana's shared note reaches Sam.
    await chris.getByLabel('Advance').check();
    await chris.getByLabel('Comment on Chris Wanstrath').fill('Strong systems background.');
    await chris.getByLabel('Comment on Chris Wanstrath').blur();
    await expect.poll(() => ana.page.getByTestId('feedback-summary').textContent(), { timeout: 10_000 }).toContain('Feedback from Sam Manager: 1 advance');
    await openFromMatches(ana, 'Chris Wanstrath');
    await ana.page.getByLabel('New note').fill('Founded GitHub; ask about Go at scale.');
    await ana.page.getByLabel('Share with reviewers').check();
    await ana.page.getByRole('button', { name: 'Add note' }).click();
    await ana.addNote('Salary expectation high, keep to myself.');
    await expect.poll(() => chris.getByTestId('note').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining('ask about Go at scale')]);

    // Both offline: each works on; nothing is lost when they are back.
    await recruiter.context.setOffline(true);
    await manager.context.setOffline(true);
    await ana.page.getByLabel('New note').fill('Offline: references look good.');
    await ana.page.getByLabel('Share with reviewers').check();
    await ana.page.getByRole('button', { name: 'Add note' }).click();
    const mayowa = sam.page.getByRole('listitem', { name: 'Review of Mayowa Ojo' });
    await mayowa.getByLabel('Hold').check();
    await recruiter.context.setOffline(false);
    await manager.context.setOffline(false);
    await expect.poll(() => chris.getByTestId('note').allTextContents(), { timeout: 20_000 }).toHaveLength(2);
    await ana.showMatches();
    await expect.poll(() => ana.page.getByTestId('feedback-summary').textContent(), { timeout: 20_000 }).toContain('1 advance · 1 hold');

    // A teammate's client writes garbage: Sam's panel skips it, says so, and goes on working.
    const shortlistId = await ana.page.getByLabel('Active shortlist').inputValue();
    const hostile = rawClient(server, `shortlist/${shortlistId}`, anaToken);
    cleanups.push(() => hostile.close());
    await expect.poll(() => hostile.doc.getMap('meta').size, { timeout: 10_000 }).toBeGreaterThan(0);
    hostile.doc.getMap<string>('notes').set('junk', '{"id": "junk", "text": 42');
    await expect.poll(() => samStatus.textContent(), { timeout: 10_000 }).toContain('1 damaged record from a teammate skipped');
    expect(await sam.page.getByTestId('review-card').count()).toBe(2);

    // Ana takes Sam off the shortlist: Sam's panel says so at once.
    await ana.page.getByRole('button', { name: 'Remove sam' }).click();
    await expect.poll(() => samStatus.textContent(), { timeout: 10_000 }).toContain('Your access to this shared shortlist was removed');
  }, 180_000);

  it.skipIf(!existsSync(REDIS))('works across two server instances over Redis: the recruiter on one, the manager on the other', async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.stop());
    // One Postgres for both, as across machines; without PostgreSQL installed, one SQLite file.
    const postgres = POSTGRES_BIN ? await startPostgres() : undefined;
    if (postgres) cleanups.push(() => postgres.stop());
    const shared = postgres ? { postgres: await postgres.createDatabase() } : undefined;
    const first = await startTeamServer({ members: PASSWORDS, ...shared, extraArgs: ['--redis', redis.url] });
    cleanups.push(() => first.stop());
    const second = await startTeamServer({ ...(shared ?? { sqlite: first.sqlite }), extraArgs: ['--redis', redis.url] });
    cleanups.push(() => second.stop());

    const recruiter = await launch(first);
    await setName(recruiter, 'Ana Recruiter');
    await serveGithub(recruiter.context, (url) => (url.pathname.toLowerCase() === '/defunkt' ? html(PAGES['/defunkt']!) : undefined));
    await (await recruiter.context.newPage()).goto('https://github.com/defunkt');
    await signIn(recruiter, first, 'ana');
    const ana = await SidePanel.open(recruiter.context, recruiter.extensionId);
    await ana.showMatches();
    await expect.poll(() => ana.matchRows.count(), { timeout: 15_000 }).toBe(1);
    await ana.page.getByRole('button', { name: 'Add Chris Wanstrath to the shortlist' }).click();
    await ana.page.getByRole('button', { name: 'Share live with my team' }).click();
    await expect.poll(() => ana.page.getByTestId('team-status-line').textContent(), { timeout: 10_000 }).toContain('Live with your team (owner)');
    await ana.page.getByLabel('Team member’s user name').fill('sam');
    await ana.page.getByRole('button', { name: 'Add to shortlist team' }).click();
    await expect.poll(() => ana.page.getByTestId('team-members').textContent()).toContain('sam (reviewer)');

    const manager = await launch(second);
    await setName(manager, 'Sam Manager');
    await signIn(manager, second, 'sam');
    const sam = await SidePanel.open(manager.context, manager.extensionId);
    await sam.page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect.poll(() => sam.page.getByTestId('review-card').count(), { timeout: 20_000 }).toBe(1);
    await sam.page.getByRole('listitem', { name: 'Review of Chris Wanstrath' }).getByLabel('Advance').check();
    await expect.poll(() => ana.page.getByTestId('feedback-summary').textContent(), { timeout: 15_000 }).toContain('Feedback from Sam Manager: 1 advance');
  }, 180_000);
});
