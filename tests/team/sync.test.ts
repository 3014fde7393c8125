import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { Server } from '@hocuspocus/server';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as repo from '@/lib/services';
import { db } from '@/lib/db/db';
import { TeamSync, type ShortlistStatus } from '@/lib/team/sync';
import { catchUpWithTeam } from '@/lib/team/catch-up';
import { readShareFromDocument, reviewerDocument, shortlistDocument, writeFeedbackToDocument } from '@/lib/team/documents';
import { capture, P, reset } from '../support/two-browsers';

/**
 * The panel's TeamSync against a real Hocuspocus server on localhost (no access rules here: those are the team
 * server's, tested in tests/team-server), with a teammate played by a bare Yjs client.
 */
let server: Server;
let sync: TeamSync | undefined;
const teammates: HocuspocusProvider[] = [];

beforeEach(async () => {
  await reset();
  server = new Server({ port: 0, quiet: true });
  await server.listen();
});

afterEach(async () => {
  await sync?.stop();
  sync = undefined;
  teammates.splice(0).forEach((provider) => provider.destroy());
  await server.destroy();
});

const origin = () => `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}`;

/** The team server's HTTP answers this test needs: who I am and who shares the list. */
function fakeApi(members: Array<{ username: string; role: string }>, shortlists: Array<{ id: string; name: string; role: string }>): typeof fetch {
  return (async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname;
    const body = path === '/api/me' ? { username: 'ana', shortlists } : path.endsWith('/members') ? members : { id: shortlists[0]!.id, name: shortlists[0]!.name, role: 'owner' };
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}

function teammate(name: string): Y.Doc {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: origin().replace('http', 'ws'), WebSocketPolyfill: WebSocket as never });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
  provider.attach();
  teammates.push(provider);
  return doc;
}

const ANA = { username: 'ana', token: 'a'.repeat(32), expiresAt: '2099-01-01T00:00:00Z' };

async function ownerWithList(members = [{ username: 'ana', role: 'owner' }, { username: 'sam', role: 'reviewer' }]) {
  await repo.setAuthorName('Ana');
  await capture('ines');
  const list = await repo.createShortlist(P, 'Round 1');
  await repo.addToShortlist(list.id, ['github:ines']);
  const statuses: ShortlistStatus[][] = [];
  sync = new TeamSync(
    { server: origin(), ...ANA },
    { onStatus: (status) => statuses.push(status), persist: false, WebSocketPolyfill: WebSocket, fetcher: fakeApi(members, [{ id: list.id, name: list.name, role: 'owner' }]) },
  );
  await sync.start();
  return { list, statuses };
}

describe('TeamSync in the panel', () => {
  it('sends the list and a new shared note out as they change, and says it is live', async () => {
    const { list, statuses } = await ownerWithList();
    const seen = teammate(shortlistDocument(list.id));
    await expect.poll(() => readShareFromDocument(seen).file?.shortlist.candidateKeys, { timeout: 5_000 }).toEqual(['github:ines']);

    await repo.addNote('github:ines', 'Strong Go.', { visibility: 'shared' });
    await repo.addNote('github:ines', 'Salary talk: private.', { visibility: 'private' });
    await expect.poll(() => readShareFromDocument(seen).file?.candidates[0]?.notes.map((note) => note.text), { timeout: 5_000 }).toEqual(['Strong Go.']);
    await expect.poll(() => statuses.at(-1)?.[0]?.connection, { timeout: 5_000 }).toBe('connected');
    expect(statuses.at(-1)?.[0]?.waiting).toBe(0);
  });

  it('follows its own role: handed over to sam, ana is an editor still sending; made a reviewer, she opens her feedback document', async () => {
    const members = [{ username: 'ana', role: 'owner' }, { username: 'sam', role: 'reviewer' }];
    const { list, statuses } = await ownerWithList(members);
    const seen = teammate(shortlistDocument(list.id));
    await expect.poll(() => statuses.at(-1)?.[0]?.connection, { timeout: 5_000 }).toBe('connected');

    members.splice(0, 2, { username: 'sam', role: 'owner' }, { username: 'ana', role: 'editor' });
    await sync!.membersChanged(list.id);
    expect(statuses.at(-1)?.[0]?.role).toBe('editor');
    await repo.addNote('github:ines', 'Still writing as an editor.', { visibility: 'shared' });
    await expect.poll(() => readShareFromDocument(seen).file?.candidates[0]?.notes.map((note) => note.text), { timeout: 5_000 }).toEqual(['Still writing as an editor.']);

    members.splice(1, 1, { username: 'ana', role: 'reviewer' });
    await sync!.membersChanged(list.id);
    expect(sync!.statuses()[0]?.role).toBe('reviewer');
    const hers = teammate(reviewerDocument(list.id, 'ana'));
    await repo.saveMyFeedback(list.id, P, 'github:ines', { verdict: 'advance', comment: 'As a reviewer now.' });
    await expect.poll(() => JSON.stringify([...hers.getMap('feedback').values()]), { timeout: 5_000 }).toContain('As a reviewer now.');
  });

  it('takes a reviewer’s feedback in from their document, checked and merged like a file', async () => {
    const { list } = await ownerWithList();
    const reviewer = teammate(reviewerDocument(list.id, 'sam'));
    const now = new Date().toISOString();
    const feedback = { id: `${list.id}/github:ines/sam-install`, shortlistId: list.id, postingId: P, candidateKey: 'github:ines', author: 'Sam', verdict: 'advance' as const, ratings: [], comment: 'Meet her.', createdAt: now, updatedAt: now, rev: crypto.randomUUID(), history: [] };
    writeFeedbackToDocument(reviewer, { exportedBy: 'Sam', postingId: P, shortlist: { id: list.id, name: list.name }, feedback: [feedback], notes: [] }, 'sam');
    reviewer.getMap<string>('feedback').set('junk', '{"id": 1}');

    await expect.poll(async () => (await db.feedback.toArray()).map((item) => item.comment), { timeout: 5_000 }).toEqual(['Meet her.']);
    await expect.poll(() => sync!.statuses()[0]?.rejected, { timeout: 5_000 }).toBe(1);
  });

  it('catches up while the panel is closed: a verdict given meanwhile is stored, then the connection closes', async () => {
    const { list } = await ownerWithList();
    await repo.saveTeamSession({ server: origin(), ...ANA });
    const reviewer = teammate(reviewerDocument(list.id, 'sam'));
    await sync!.settled(5_000);
    await sync!.stop();
    sync = undefined;

    const now = new Date().toISOString();
    const feedback = { id: `${list.id}/github:ines/sam-install`, shortlistId: list.id, postingId: P, candidateKey: 'github:ines', author: 'Sam', verdict: 'hold' as const, ratings: [], comment: 'Ask about Go.', createdAt: now, updatedAt: now, rev: crypto.randomUUID(), history: [] };
    writeFeedbackToDocument(reviewer, { exportedBy: 'Sam', postingId: P, shortlist: { id: list.id, name: list.name }, feedback: [feedback], notes: [] }, 'sam');
    await expect.poll(() => server.hocuspocus.getConnectionsCount()).toBeGreaterThan(0);
    expect(await db.feedback.count()).toBe(0);

    const statuses = await catchUpWithTeam({ persist: false, WebSocketPolyfill: WebSocket, fetcher: fakeApi([{ username: 'ana', role: 'owner' }, { username: 'sam', role: 'reviewer' }], [{ id: list.id, name: list.name, role: 'owner' }]) }, 5_000);

    expect(statuses?.map((status) => [status.name, status.connection, status.waiting])).toEqual([['Round 1', 'connected', 0]]);
    expect((await db.feedback.toArray()).map((item) => [item.verdict, item.comment])).toEqual([['hold', 'Ask about Go.']]);
    // Only the teammate is still connected: the catch-up left.
    await expect.poll(() => server.hocuspocus.getConnectionsCount()).toBe(1);
  });

  it('merges a note edited here while the panel was closed with a teammate’s edit made meanwhile, from the offline copy', async () => {
    await repo.setAuthorName('Ana');
    await capture('ines');
    const list = await repo.createShortlist(P, 'Round 1');
    await repo.addToShortlist(list.id, ['github:ines']);
    const note = await repo.addNote('github:ines', 'Strong Go.', { visibility: 'shared' });
    const fetcher = fakeApi([{ username: 'ana', role: 'owner' }], [{ id: list.id, name: list.name, role: 'owner' }]);
    const panel = () => new TeamSync({ server: origin(), ...ANA }, { onStatus: () => undefined, WebSocketPolyfill: WebSocket, fetcher });
    sync = panel();
    await sync.start();
    const editor = teammate(shortlistDocument(list.id));
    await expect.poll(() => editor.getText(`note:${note.id}`).toString(), { timeout: 5_000 }).toBe('Strong Go.');
    await sync.stop();

    // The panel is closed: the editor adds to the note, and Ana edits it here.
    editor.getText(`note:${note.id}`).insert('Strong Go.'.length, ' Ran a team.');
    await repo.updateNote(note.id, { text: 'Very strong Go.' });

    sync = panel();
    await sync.start();
    await expect.poll(async () => (await db.notes.get(note.id))?.text, { timeout: 5_000 }).toBe('Very strong Go. Ran a team.');
    await expect.poll(() => editor.getText(`note:${note.id}`).toString(), { timeout: 5_000 }).toBe('Very strong Go. Ran a team.');
    expect(await db.conflicts.count()).toBe(0);
  });

  it('does not catch up when signed out', async () => {
    expect(await catchUpWithTeam({ persist: false, WebSocketPolyfill: WebSocket })).toBeUndefined();
  });
});
