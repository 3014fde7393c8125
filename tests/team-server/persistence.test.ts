import { afterAll, describe, expect, it } from 'vitest';
import { addMembers, call, connect, DATABASES, destroyClients, sayIfPostgresSkipped, signIn, startServer, synced, testDatabases, waitFor } from './support';

const databases = testDatabases();
afterAll(() => databases.remove());
sayIfPostgresSkipped('the restart test');

describe.each(DATABASES)('a restart on $label', ({ kind, skip }) => {
  it.skipIf(skip)('loses nothing: members, sessions, shortlists and documents come back from the database', async () => {
    const database = await databases.fresh(kind);
    const first = await startServer(database);
    await addMembers(first, 'alice', 'bob');
    const [alice, bob] = [await signIn(first, 'alice'), await signIn(first, 'bob')];
    await call(first, 'PUT', '/api/shortlists/p1', { token: alice, body: { name: 'Kept' } });
    await call(first, 'PUT', '/api/shortlists/p1/members/bob', { token: alice, body: { role: 'reviewer' } });
    const writer = connect(first, 'shortlist/p1', alice);
    await synced(writer);
    writer.doc.getMap('candidates').set('c-1', '{"name":"Grace"}');
    writer.doc.getText('note').insert(0, 'persist me');
    await waitFor(() => first.server.hocuspocus.documents.get('shortlist/p1')?.getText('note').toString() === 'persist me', 'the edit on the server');
    destroyClients();
    await first.close();

    const second = await startServer(database);
    try {
      expect((await call(second, 'GET', '/api/me', { token: bob })).json).toEqual({ username: 'bob', shortlists: [{ id: 'p1', name: 'Kept', role: 'reviewer' }] });
      const reader = connect(second, 'shortlist/p1', bob);
      await synced(reader);
      expect(reader.doc.getMap('candidates').get('c-1')).toBe('{"name":"Grace"}');
      expect(reader.doc.getText('note').toString()).toBe('persist me');
    } finally {
      destroyClients();
      await second.close();
    }
  }, 30_000);
});
