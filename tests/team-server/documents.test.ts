import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addMembers, call, connect, destroyClients, refused, settle, signIn, startServer, synced, tempDir, waitFor } from './support';
import type { TeamServer } from '@/lib/team-server/server';

/**
 * The shared documents over real WebSockets: real Hocuspocus providers (with `ws`) against a real team server.
 * alice owns "s1", bob edits it, rita and ray review it, eve is a member of the server but not of the shortlist.
 */
let team: TeamServer;
const folder = tempDir();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  team = await startServer({ sqlite: join(folder.dir, 'team.sqlite'), maxDocumentBytes: 200_000 });
  await addMembers(team, 'alice', 'bob', 'rita', 'ray', 'eve');
  for (const name of ['alice', 'bob', 'rita', 'ray', 'eve']) tokens[name] = await signIn(team, name);
  await call(team, 'PUT', '/api/shortlists/s1', { token: tokens.alice, body: { name: 'Backend' } });
  await call(team, 'PUT', '/api/shortlists/s1/members/bob', { token: tokens.alice, body: { role: 'editor' } });
  await call(team, 'PUT', '/api/shortlists/s1/members/rita', { token: tokens.alice, body: { role: 'reviewer' } });
  await call(team, 'PUT', '/api/shortlists/s1/members/ray', { token: tokens.alice, body: { role: 'reviewer' } });
});

afterEach(() => destroyClients());

afterAll(async () => {
  await team.close();
  folder.remove();
});

const serverDoc = (name: string) => team.server.hocuspocus.documents.get(name);

describe('who may open which document', () => {
  it('refuses a stranger, a bad token, a garbled token and a name that is no document of ours', async () => {
    const cases = [
      connect(team, 'shortlist/s1', tokens.eve!),
      connect(team, 'shortlist/s1', 'B'.repeat(43)),
      connect(team, 'shortlist/s1', 'garbled token'),
      connect(team, 'shortlist/s1/reviewer/eve', tokens.eve!),
      connect(team, 'shortlists/s1', tokens.alice!),
      connect(team, 'shortlist/s1/notes', tokens.alice!),
      connect(team, 'shortlist/s1/reviewer/Not_A_User', tokens.alice!),
      connect(team, 'shortlist/../s1', tokens.alice!),
    ];
    await Promise.all(cases.map((client) => refused(client)));
    expect(cases.map((client) => client.events.authenticated)).toEqual(cases.map(() => undefined));
    expect(cases[0]!.events.failed).toMatch(/Forbidden/);
    expect(cases[1]!.events.failed).toMatch(/Unauthorized/);
  });

  it('lets the owner and an editor write, and a reviewer read only, the shortlist document', async () => {
    const clients = ['alice', 'bob', 'rita'].map((name) => connect(team, 'shortlist/s1', tokens[name]!));
    await Promise.all(clients.map((client) => synced(client)));
    expect(clients.map((client) => client.events.authenticated)).toEqual(['read-write', 'read-write', 'readonly']);
  });
});

describe('edits', () => {
  it('reach the other client (the time is printed)', async () => {
    const [alice, bob] = ['alice', 'bob'].map((name) => connect(team, 'shortlist/s1', tokens[name]!));
    await Promise.all([synced(alice!), synced(bob!)]);
    const started = performance.now();
    alice!.doc.getMap('candidates').set('c-latency', '{"name":"Ada"}');
    await waitFor(() => bob!.doc.getMap('candidates').get('c-latency') !== undefined, 'the edit on the other client');
    console.log(`team server: an edit reached the other client in ${(performance.now() - started).toFixed(1)} ms`);
    expect(serverDoc('shortlist/s1')!.getMap('candidates').get('c-latency')).toBe('{"name":"Ada"}');
  });

  it("drops a reviewer's edit to the shortlist document: it reaches neither the server nor another client", async () => {
    const [alice, rita] = ['alice', 'rita'].map((name) => connect(team, 'shortlist/s1', tokens[name]!));
    await Promise.all([synced(alice!), synced(rita!)]);
    rita!.doc.getMap('notes').set('n-rita', 'sneaky');
    alice!.doc.getMap('notes').set('n-alice', 'fine');
    await waitFor(() => rita!.doc.getMap('notes').get('n-alice') === 'fine', "the owner's note at the reviewer");
    await settle();
    expect(serverDoc('shortlist/s1')!.getMap('notes').get('n-rita')).toBeUndefined();
    expect(alice!.doc.getMap('notes').get('n-rita')).toBeUndefined();
    // A new client (what the server would persist and hand out) does not have it either.
    const fresh = connect(team, 'shortlist/s1', tokens.bob!);
    await synced(fresh);
    expect(fresh.doc.getMap('notes').get('n-rita')).toBeUndefined();
    expect(fresh.doc.getMap('notes').get('n-alice')).toBe('fine');
  });

  it('lets a reviewer write their own reviewer document, read by the others, and never write another reviewer’s', async () => {
    const ritaOwn = connect(team, 'shortlist/s1/reviewer/rita', tokens.rita!);
    const rayOnRitas = connect(team, 'shortlist/s1/reviewer/rita', tokens.ray!);
    const aliceOnRitas = connect(team, 'shortlist/s1/reviewer/rita', tokens.alice!);
    await Promise.all([ritaOwn, rayOnRitas, aliceOnRitas].map((client) => synced(client)));
    expect([ritaOwn, rayOnRitas, aliceOnRitas].map((client) => client.events.authenticated)).toEqual(['read-write', 'readonly', 'readonly']);
    ritaOwn.doc.getMap('feedback').set('f-1', '{"verdict":"yes"}');
    rayOnRitas.doc.getMap('feedback').set('f-1', '{"verdict":"no"}');
    aliceOnRitas.doc.getMap('feedback').set('f-2', '{"verdict":"maybe"}');
    await waitFor(() => aliceOnRitas.doc.getMap('feedback').get('f-1') === '{"verdict":"yes"}', "rita's verdict at the owner", 3_000);
    await settle();
    expect(serverDoc('shortlist/s1/reviewer/rita')!.getMap('feedback').toJSON()).toEqual({ 'f-1': '{"verdict":"yes"}' });
    expect(ritaOwn.doc.getMap('feedback').toJSON()).toEqual({ 'f-1': '{"verdict":"yes"}' });
  });

  it('keeps both sides of edits made while disconnected: different keys both, and a Y.Text merged', async () => {
    const alice = connect(team, 'shortlist/s1', tokens.alice!);
    const bob = connect(team, 'shortlist/s1', tokens.bob!);
    alice.doc.getText('shared-note').insert(0, 'middle');
    await Promise.all([synced(alice), synced(bob)]);
    await waitFor(() => bob.doc.getText('shared-note').toString() === 'middle', 'the text at bob');
    const [aliceDoc, bobDoc] = [alice.doc, bob.doc];
    alice.destroy();
    bob.destroy();

    aliceDoc.getMap('notes').set('offline-alice', 'A');
    aliceDoc.getText('shared-note').insert(0, 'start ');
    bobDoc.getMap('notes').set('offline-bob', 'B');
    bobDoc.getText('shared-note').insert(bobDoc.getText('shared-note').length, ' end');

    const [aliceAgain, bobAgain] = [connect(team, 'shortlist/s1', tokens.alice!, aliceDoc), connect(team, 'shortlist/s1', tokens.bob!, bobDoc)];
    const both = (doc: Y.Doc) => doc.getMap('notes').get('offline-alice') === 'A' && doc.getMap('notes').get('offline-bob') === 'B';
    await waitFor(() => both(aliceAgain.doc) && both(bobAgain.doc), 'both offline edits on both clients');
    await waitFor(() => aliceDoc.getText('shared-note').toString() === 'start middle end', 'the merged text at alice');
    expect(bobDoc.getText('shared-note').toString()).toBe('start middle end');
  });

  it('refuses an update that would grow a document past the cap, and keeps the document as it was', async () => {
    const alice = connect(team, 'shortlist/s1', tokens.alice!);
    await synced(alice);
    alice.doc.getMap('candidates').set('huge', 'x'.repeat(250_000));
    await waitFor(() => alice.events.closed.some((reason) => /grow beyond/.test(reason)), 'the refusal of the huge update');
    expect(serverDoc('shortlist/s1')?.getMap('candidates').get('huge')).toBeUndefined();
  });
});

describe('revoking access', () => {
  it('closes the removed member’s open connections within a second, to both documents, and refuses them afterwards', async () => {
    await call(team, 'PUT', '/api/shortlists/s2', { token: tokens.alice!, body: { name: 'Revoke' } });
    await call(team, 'PUT', '/api/shortlists/s2/members/ray', { token: tokens.alice!, body: { role: 'reviewer' } });
    const alice = connect(team, 'shortlist/s2', tokens.alice!);
    const rayMain = connect(team, 'shortlist/s2', tokens.ray!);
    const rayOwn = connect(team, 'shortlist/s2/reviewer/ray', tokens.ray!);
    await Promise.all([alice, rayMain, rayOwn].map((client) => synced(client)));

    const started = performance.now();
    expect((await call(team, 'DELETE', '/api/shortlists/s2/members/ray', { token: tokens.alice! })).status).toBe(204);
    await waitFor(() => rayMain.events.failed !== undefined && rayOwn.events.failed !== undefined, 'both connections refused', 1_000);
    console.log(`team server: a removed member's connections were closed ${(performance.now() - started).toFixed(1)} ms after the DELETE`);
    expect(rayMain.events.failed).toMatch(/removed/);
    expect(alice.events.failed).toBeUndefined();

    alice.doc.getMap('notes').set('after', 'secret');
    await waitFor(() => serverDoc('shortlist/s2')?.getMap('notes').get('after') === 'secret', 'the owner’s edit on the server');
    await settle();
    expect(rayMain.doc.getMap('notes').get('after')).toBeUndefined();

    const again = connect(team, 'shortlist/s2', tokens.ray!);
    await refused(again);
    expect(again.events.authenticated).toBeUndefined();
  });

  it('makes an editor read-only at once when the owner makes them a reviewer', async () => {
    await call(team, 'PUT', '/api/shortlists/s3', { token: tokens.alice!, body: { name: 'Demote' } });
    await call(team, 'PUT', '/api/shortlists/s3/members/bob', { token: tokens.alice!, body: { role: 'editor' } });
    const bob = connect(team, 'shortlist/s3', tokens.bob!);
    await synced(bob);
    bob.doc.getMap('notes').set('before', 'kept');
    await waitFor(() => serverDoc('shortlist/s3')?.getMap('notes').get('before') === 'kept', 'the editor’s edit');
    await call(team, 'PUT', '/api/shortlists/s3/members/bob', { token: tokens.alice!, body: { role: 'reviewer' } });
    bob.doc.getMap('notes').set('after', 'dropped');
    await settle();
    expect(serverDoc('shortlist/s3')!.getMap('notes').get('after')).toBeUndefined();
  });

  it('closes the connections of a session that signs out', async () => {
    const token = await signIn(team, 'bob');
    const bob = connect(team, 'shortlist/s1', token);
    await synced(bob);
    expect((await call(team, 'POST', '/api/sign-out', { token })).status).toBe(204);
    await waitFor(() => bob.events.failed !== undefined, 'the refusal after sign-out', 1_000);
    expect(bob.events.failed).toMatch(/session/);
  });

  it('closes a connection whose access was removed behind its back (the CLI, another instance) at the next re-check', async () => {
    await call(team, 'PUT', '/api/shortlists/s4', { token: tokens.alice!, body: { name: 'CLI' } });
    await call(team, 'PUT', '/api/shortlists/s4/members/rita', { token: tokens.alice!, body: { role: 'reviewer' } });
    const rita = connect(team, 'shortlist/s4', tokens.rita!);
    await synced(rita);
    await team.store.removeFromShortlist('s4', 'rita');
    await settle(100);
    expect(rita.events.failed).toBeUndefined();
    await team.recheck();
    await waitFor(() => rita.events.failed !== undefined, 'the refusal after the re-check', 1_000);
  });
});

describe('the periodic re-check', () => {
  it('closes, without any request to this server, a connection whose member was removed from the database', async () => {
    const own = await startServer({ sqlite: join(folder.dir, 'recheck.sqlite'), recheckMs: 50 });
    try {
      await addMembers(own, 'olga', 'pete');
      const [olga, pete] = [await signIn(own, 'olga'), await signIn(own, 'pete')];
      await call(own, 'PUT', '/api/shortlists/t1', { token: olga, body: { name: 'Timer' } });
      await call(own, 'PUT', '/api/shortlists/t1/members/pete', { token: olga, body: { role: 'editor' } });
      const client = connect(own, 'shortlist/t1', pete);
      await synced(client);
      await own.store.removeMember('pete'); // what `npm run team-server -- remove-member pete` does
      await waitFor(() => client.events.failed !== undefined, 'the refusal by the periodic re-check', 1_000);
      expect(client.events.failed).toMatch(/session/);
    } finally {
      destroyClients();
      await own.close();
    }
  });
});
