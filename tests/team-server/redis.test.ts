import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMembers, call, connect, DATABASES, destroyClients, REDIS, sayIfPostgresSkipped, settle, signIn, startRedis, startServer, synced, testDatabases, waitFor } from './support';
import type { TeamServer } from '@/lib/team-server/server';
import type { DatabaseLocation } from '@/lib/team-server/store';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `npm run team-server -- …` as an admin runs it. */
const teamServerCommand = (args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'lib/team-server/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

/**
 * Two instances on one database (a SQLite file, or Postgres), synced through a Redis of their own started for this
 * test. Their periodic re-check is set to a minute, so whatever is closed within the test was closed by the news
 * from the other instance.
 */
const hasRedis = existsSync(REDIS);
if (!hasRedis) console.log(`team server Redis test skipped: ${REDIS} is not installed`);
sayIfPostgresSkipped('the two-instance test');
const databases = testDatabases();
afterAll(() => databases.remove());

describe.each(DATABASES)('two instances with Redis on $label', ({ kind, skip }) => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: TeamServer;
  let b: TeamServer;
  let database: DatabaseLocation;

  beforeAll(async () => {
    if (skip || !hasRedis) return;
    redis = await startRedis();
    database = await databases.fresh(kind);
    a = await startServer({ ...database, redis: redis.url, recheckMs: 60_000 });
    b = await startServer({ ...database, redis: redis.url, recheckMs: 60_000 });
  }, 30_000);

  afterAll(async () => {
    destroyClients();
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  /** alice owns the shortlist, made through A; bob is on it with `role`, his client connected to B. */
  async function bobOnB(shortlistId: string, role: 'editor' | 'reviewer') {
    const alice = await signIn(a, 'alice');
    const bob = await signIn(b, 'bob');
    await call(a, 'PUT', `/api/shortlists/${shortlistId}`, { token: alice, body: { name: shortlistId } });
    await call(a, 'PUT', `/api/shortlists/${shortlistId}/members/bob`, { token: alice, body: { role } });
    const client = connect(b, `shortlist/${shortlistId}`, bob);
    await synced(client);
    return { alice, bob, client };
  }

  it.skipIf(skip || !hasRedis)('a client on instance A sees an edit from a client on instance B, and the reverse; members added on A sign in on B', async () => {
    await addMembers(a, 'alice', 'bob');
    const alice = await signIn(a, 'alice');
    const bob = await signIn(b, 'bob');
    await call(a, 'PUT', '/api/shortlists/r1', { token: alice, body: { name: 'Scaled' } });
    expect((await call(b, 'PUT', '/api/shortlists/r1/members/bob', { token: alice, body: { role: 'editor' } })).status).toBe(200);
    const onA = connect(a, 'shortlist/r1', alice);
    const onB = connect(b, 'shortlist/r1', bob);
    await Promise.all([synced(onA), synced(onB)]);

    const started = performance.now();
    onB.doc.getMap('notes').set('from-b', 'hello from B');
    await waitFor(() => onA.doc.getMap('notes').get('from-b') === 'hello from B', 'the edit from B at A');
    console.log(`team server over Redis on ${kind}: an edit on instance B reached a client of instance A in ${(performance.now() - started).toFixed(1)} ms`);
    onA.doc.getMap('notes').set('from-a', 'hello from A');
    await waitFor(() => onB.doc.getMap('notes').get('from-a') === 'hello from A', 'the edit from A at B');
  });

  it.skipIf(skip || !hasRedis)('a member the owner removes through instance A loses their connection on instance B at once', async () => {
    const { alice, bob, client } = await bobOnB('r2', 'editor');
    const started = performance.now();
    expect((await call(a, 'DELETE', '/api/shortlists/r2/members/bob', { token: alice })).status).toBe(204);
    await waitFor(() => client.events.failed !== undefined, 'the refusal on instance B', 1_000);
    console.log(`team server over Redis on ${kind}: a member removed through A lost their connection on B ${(performance.now() - started).toFixed(1)} ms after the DELETE`);
    expect(client.events.failed).toMatch(/removed/);
    const again = connect(b, 'shortlist/r2', bob);
    await waitFor(() => again.events.failed !== undefined, 'the refusal of a new connection');
    expect(again.events.authenticated).toBeUndefined();
  });

  it.skipIf(skip || !hasRedis)('an editor made a reviewer through instance A is read-only on instance B at once', async () => {
    const { alice, client } = await bobOnB('r3', 'editor');
    expect((await call(a, 'PUT', '/api/shortlists/r3/members/bob', { token: alice, body: { role: 'reviewer' } })).status).toBe(200);
    const bobsConnectionOnB = () => [...b.server.hocuspocus.documents.get('shortlist/r3')!.getConnections()].find((connection) => connection.context.username === 'bob');
    await waitFor(() => bobsConnectionOnB()?.readOnly === true, "bob's connection on B read-only", 1_000);
    client.doc.getMap('notes').set('after', 'dropped');
    await settle();
    expect(b.server.hocuspocus.documents.get('shortlist/r3')!.getMap('notes').get('after')).toBeUndefined();
  });

  it.skipIf(skip || !hasRedis)('signing out through instance A ends that session’s connection on instance B at once', async () => {
    const { bob, client } = await bobOnB('r4', 'editor');
    expect((await call(a, 'POST', '/api/sign-out', { token: bob })).status).toBe(204);
    await waitFor(() => client.events.failed !== undefined, 'the refusal on instance B', 1_000);
    expect(client.events.failed).toMatch(/session/);
  });

  it.skipIf(skip || !hasRedis)('remove-member on the command line, given the Redis address, closes that member’s connections on every instance at once', async () => {
    await addMembers(a, 'carol');
    const alice = await signIn(a, 'alice');
    const carol = await signIn(b, 'carol');
    await call(a, 'PUT', '/api/shortlists/r5', { token: alice, body: { name: 'r5' } });
    await call(a, 'PUT', '/api/shortlists/r5/members/carol', { token: alice, body: { role: 'editor' } });
    const onA = connect(a, 'shortlist/r5', carol);
    const onB = connect(b, 'shortlist/r5', carol);
    await Promise.all([synced(onA), synced(onB)]);

    const where = database.postgres ? ['--postgres', database.postgres] : ['--sqlite', database.sqlite!];
    const removed = teamServerCommand(['remove-member', 'carol', ...where, '--redis', redis.url]);
    expect(removed.status, removed.stderr).toBe(0);
    expect(removed.stdout).toMatch(/instances close their connections now/);
    // Neither instance made the change: both heard of it through Redis (their own re-check is a minute away).
    await waitFor(() => onA.events.failed !== undefined && onB.events.failed !== undefined, 'both instances closing carol’s connections', 1_000);
  }, 30_000);
});

describe.skipIf(!hasRedis)('an instance whose Redis is away', () => {
  it('answers a removal at once all the same (the other instances catch it at their periodic re-check)', async () => {
    const redis = await startRedis();
    const team = await startServer({ ...(await databases.fresh('sqlite')), redis: redis.url });
    try {
      await addMembers(team, 'alice', 'bob');
      const alice = await signIn(team, 'alice');
      await call(team, 'PUT', '/api/shortlists/d1', { token: alice, body: { name: 'Away' } });
      await call(team, 'PUT', '/api/shortlists/d1/members/bob', { token: alice, body: { role: 'editor' } });
      await redis.stop();
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const started = performance.now();
      expect((await call(team, 'DELETE', '/api/shortlists/d1/members/bob', { token: alice })).status).toBe(204);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(errors.mock.calls.flat().join(' ')).toMatch(/announcing a re-check/);
    } finally {
      await team.close();
    }
  });
});
