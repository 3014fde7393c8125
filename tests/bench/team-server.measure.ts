import { afterAll, describe, expect, it } from 'vitest';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { TeamStore } from '@/lib/team-server/store';
import { hashPassword } from '@/lib/team-server/auth';
import type { TeamServer } from '@/lib/team-server/server';
import { addMembers, call, connect, destroyClients, NO_POSTGRES, REDIS, signIn, startRedis, startServer, synced, tempDir, waitFor } from '../team-server/support';
import { startPostgres } from '../support/processes';
import { median, percentile, printTable, ratio, type Row } from './report';

/**
 * The team server (issue 19): edit latency between two clients on localhost, alone and across two instances over
 * Redis, how soon a removal through one instance closes the connection on the other (Postgres and Redis), and the server's memory before and after 1,000 shortlist documents are open (20 candidates of about
 * 2 KB of JSON each, as the extension writes them), measured in a process of its own.
 */
const EDITS = 200;
const DOCUMENTS = Number(process.env.BENCH_TEAM_DOCUMENTS ?? 1000);
const CANDIDATES = 20;
const TARGETS = { latencyP50: 250, latencyP95: 500, revocation: 1_000 } as const;
const REVOCATIONS = 20;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const folder = tempDir();
const rows: Row[] = [];

afterAll(() => {
  destroyClients();
  folder.remove();
  printTable('Team server (Hocuspocus 3, SQLite unless Postgres is named, localhost)', rows);
});

async function editLatencies(writerSide: TeamServer, readerSide: TeamServer, token: string, name: string): Promise<number[]> {
  const writer = connect(writerSide, name, token);
  const reader = connect(readerSide, name, token);
  await Promise.all([synced(writer), synced(reader)]);
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const started = performance.now();
    writer.doc.getMap('notes').set(`n${i}`, `{"text":"note ${i}","at":${Date.now()}}`);
    await waitFor(() => reader.doc.getMap('notes').has(`n${i}`), `edit ${i}`, 5_000);
    times.push(performance.now() - started);
  }
  writer.destroy();
  reader.destroy();
  return times;
}

async function prepare(team: TeamServer, id: string): Promise<string> {
  await addMembers(team, 'alice');
  const token = await signIn(team, 'alice');
  await team.store.createShortlist(id, 'Bench', 'alice', Date.now());
  return token;
}

function candidateJson(i: number, c: number): string {
  const evidence = Array.from({ length: 12 }, (_, e) => ({ signal: `signal-${e}`, detail: `Repository ${c}-${e} shows sustained work in Go and Kubernetes operators`, weight: 0.5 }));
  return JSON.stringify({ key: `github:dev${i}-${c}`, name: `Person ${i}-${c}`, score: 70 + (c % 30), evidence }).padEnd(2_000, ' ');
}

async function seedDocuments(sqlite: string): Promise<void> {
  const store = await TeamStore.open({ sqlite });
  await store.addMember('bench', 'unused', Date.now());
  for (let i = 0; i < DOCUMENTS; i++) {
    const doc = new Y.Doc();
    const candidates = doc.getMap('candidates');
    for (let c = 0; c < CANDIDATES; c++) candidates.set(`github:dev${i}-${c}`, candidateJson(i, c));
    await store.storeDocument(`shortlist/b${i}`, Y.encodeStateAsUpdate(doc));
    await store.createShortlist(`b${i}`, `Bench ${i}`, 'bench', Date.now());
  }
  await store.close();
}

type ChildAnswer = { port?: number; memory?: NodeJS.MemoryUsage; documents?: number };

function ask(child: ChildProcess, message?: string): Promise<ChildAnswer> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as ChildAnswer));
    if (message) child.send(message);
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe('team server', () => {
  it('edit latency between two clients of one server', async () => {
    const team = await startServer({ sqlite: join(folder.dir, 'latency.sqlite') });
    try {
      const times = await editLatencies(team, team, await prepare(team, 'lat'), 'shortlist/lat');
      rows.push({ measure: `edit latency p50 (${EDITS} edits)`, value: `${median(times).toFixed(1)} ms`, target: `${TARGETS.latencyP50} ms`, ratio: ratio(median(times), TARGETS.latencyP50) });
      rows.push({ measure: 'edit latency p95', value: `${percentile(times, 95).toFixed(1)} ms`, target: `${TARGETS.latencyP95} ms`, ratio: ratio(percentile(times, 95), TARGETS.latencyP95) });
      expect(times).toHaveLength(EDITS);
    } finally {
      await team.close();
    }
  });

  it.skipIf(!existsSync(REDIS))('edit latency across two instances over Redis', async () => {
    const redis = await startRedis();
    const sqlite = join(folder.dir, 'redis.sqlite');
    const a = await startServer({ sqlite, redis: redis.url });
    const b = await startServer({ sqlite, redis: redis.url });
    try {
      const times = await editLatencies(b, a, await prepare(a, 'red'), 'shortlist/red');
      rows.push({ measure: 'edit latency p50, instance B → A over Redis', value: `${median(times).toFixed(1)} ms`, target: `${TARGETS.latencyP50} ms`, ratio: ratio(median(times), TARGETS.latencyP50) });
      rows.push({ measure: 'edit latency p95 over Redis', value: `${percentile(times, 95).toFixed(1)} ms`, target: `${TARGETS.latencyP95} ms`, ratio: ratio(percentile(times, 95), TARGETS.latencyP95) });
      expect(times).toHaveLength(EDITS);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await redis.stop();
    }
  });

  it.skipIf(!existsSync(REDIS) || NO_POSTGRES)('a removal through instance A closes the connection on instance B (Postgres, Redis)', async () => {
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const database = { postgres: await postgres.createDatabase(), redis: redis.url };
    const [a, b] = [await startServer(database), await startServer(database)];
    try {
      await addMembers(a, 'alice', 'bob');
      const [alice, bob] = [await signIn(a, 'alice'), await signIn(b, 'bob')];
      const times: number[] = [];
      for (let i = 0; i < REVOCATIONS; i++) {
        await call(a, 'PUT', `/api/shortlists/rv${i}`, { token: alice, body: { name: 'Bench' } });
        await call(a, 'PUT', `/api/shortlists/rv${i}/members/bob`, { token: alice, body: { role: 'editor' } });
        const client = connect(b, `shortlist/rv${i}`, bob);
        await synced(client);
        const started = performance.now();
        await call(a, 'DELETE', `/api/shortlists/rv${i}/members/bob`, { token: alice });
        await waitFor(() => client.events.failed !== undefined, `removal ${i} on B`);
        times.push(performance.now() - started);
        client.destroy();
      }
      rows.push({ measure: `removal via A → closed on B p50 (${REVOCATIONS}, Postgres)`, value: `${median(times).toFixed(1)} ms`, target: `${TARGETS.revocation} ms`, ratio: ratio(median(times), TARGETS.revocation) });
      expect(times).toHaveLength(REVOCATIONS);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await Promise.all([redis.stop(), postgres.stop()]);
    }
  });

  it(`server memory before and after ${DOCUMENTS} shortlist documents are open`, async () => {
    const sqlite = join(folder.dir, 'memory.sqlite');
    await seedDocuments(sqlite);
    const child = fork(join(ROOT, 'tests/team-server/bench-child.ts'), [sqlite], { execArgv: ['--import', 'tsx', '--expose-gc'], cwd: ROOT });
    const sockets: HocuspocusProviderWebsocket[] = [];
    try {
      const { port } = await ask(child);
      const server = { url: `http://127.0.0.1:${port}` };
      const before = (await ask(child, 'memory')).memory!;
      const store = await TeamStore.open({ sqlite });
      await store.addMember('reader', await hashPassword('reader-password-1234'), Date.now());
      for (let i = 0; i < DOCUMENTS; i++) await store.setRole(`b${i}`, 'reader', 'reviewer');
      await store.close();
      const readerToken = await signIn(server, 'reader', 'reader-password-1234');

      const started = performance.now();
      // One socket carries every document, as the extension's panel does.
      const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket as never });
      sockets.push(socket);
      const providers = Array.from({ length: DOCUMENTS }, (_, i) => {
        const provider = new HocuspocusProvider({ websocketProvider: socket, name: `shortlist/b${i}`, token: readerToken });
        provider.attach();
        return provider;
      });
      await waitFor(() => providers.every((provider) => provider.isSynced), `${DOCUMENTS} documents synced`, 120_000);
      const openMs = performance.now() - started;
      expect(providers[DOCUMENTS - 1]!.document.getMap('candidates').size).toBe(CANDIDATES);
      const after = await ask(child, 'memory');
      expect(after.documents).toBe(DOCUMENTS);
      const payload = CANDIDATES * 2_000 * DOCUMENTS;
      rows.push({ measure: 'server RSS, idle (Node + tsx loader)', value: mb(before.rss), target: '—', ratio: '—' });
      rows.push({ measure: 'server heap used, idle', value: mb(before.heapUsed), target: '—', ratio: '—' });
      rows.push({ measure: `server RSS, ${DOCUMENTS} documents open (${mb(payload)} of JSON)`, value: mb(after.memory!.rss), target: '—', ratio: '—' });
      rows.push({ measure: `server heap used, ${DOCUMENTS} documents open`, value: mb(after.memory!.heapUsed), target: '—', ratio: '—' });
      rows.push({ measure: `RSS growth per 1,000 documents`, value: mb(((after.memory!.rss - before.rss) * 1000) / DOCUMENTS), target: '—', ratio: '—' });
      rows.push({ measure: `time to open and sync ${DOCUMENTS} documents on one socket`, value: `${(openMs / 1000).toFixed(1)} s`, target: '—', ratio: '—' });
      for (const provider of providers) provider.destroy();
    } finally {
      for (const socket of sockets) socket.destroy();
      child.send('stop');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
