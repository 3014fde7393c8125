import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addMembers, call, connect, destroyClients, REDIS, signIn, startRedis, startServer, synced, tempDir, waitFor } from './support';
import type { TeamServer } from '@/lib/team-server/server';

/** Two instances on one database, synced through a Redis of their own started for this test. */
const available = existsSync(REDIS);
if (!available) console.log(`team server Redis test skipped: ${REDIS} is not installed`);

describe.skipIf(!available)('two instances with Redis', () => {
  const folder = tempDir();
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: TeamServer;
  let b: TeamServer;

  beforeAll(async () => {
    redis = await startRedis();
    const sqlite = join(folder.dir, 'team.sqlite');
    a = await startServer({ sqlite, redis: redis.url });
    b = await startServer({ sqlite, redis: redis.url });
  });

  afterAll(async () => {
    destroyClients();
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
    folder.remove();
  });

  it('a client on instance A sees an edit from a client on instance B, and the reverse', async () => {
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
    console.log(`team server over Redis: an edit on instance B reached a client of instance A in ${(performance.now() - started).toFixed(1)} ms`);
    onA.doc.getMap('notes').set('from-a', 'hello from A');
    await waitFor(() => onB.doc.getMap('notes').get('from-a') === 'hello from A', 'the edit from A at B');
  });

  it('a member removed on instance A loses their connection on instance B at its next re-check', async () => {
    const alice = await signIn(a, 'alice');
    const bob = await signIn(b, 'bob');
    await call(a, 'PUT', '/api/shortlists/r2', { token: alice, body: { name: 'Revoke across' } });
    await call(a, 'PUT', '/api/shortlists/r2/members/bob', { token: alice, body: { role: 'editor' } });
    const onB = connect(b, 'shortlist/r2', bob);
    await synced(onB);
    expect((await call(a, 'DELETE', '/api/shortlists/r2/members/bob', { token: alice })).status).toBe(204);
    await b.recheck();
    await waitFor(() => onB.events.failed !== undefined, 'the refusal on instance B', 1_000);
  });
});
