/** A real team server on a free port with a fresh database (SQLite, or Postgres when installed), members, and real Hocuspocus providers over `ws`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createTeamServer, type TeamServer, type TeamServerOptions } from '@/lib/team-server/server';
import { hashPassword } from '@/lib/team-server/auth';
import type { DatabaseLocation } from '@/lib/team-server/store';
import { POSTGRES_BIN, startPostgres, type Postgres } from '../support/processes';

export const PASSWORD = 'correct horse battery staple';

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'team-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startServer(options: Partial<TeamServerOptions> & DatabaseLocation): Promise<TeamServer> {
  return createTeamServer({ port: 0, host: '127.0.0.1', ...options });
}

export async function addMembers(team: TeamServer, ...usernames: string[]): Promise<void> {
  const hash = await hashPassword(PASSWORD);
  for (const username of usernames) await team.store.addMember(username, hash, Date.now());
}

export interface Answer {
  status: number;
  json: any;
  headers: Headers;
}

export async function call(team: { url: string }, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${team.url}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export async function signIn(team: { url: string }, username: string, password = PASSWORD): Promise<string> {
  const answer = await call(team, 'POST', '/api/sign-in', { body: { username, password } });
  if (answer.status !== 200) throw new Error(`sign-in of ${username}: ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json.token as string;
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  events: { authenticated?: string; failed?: string; closed: string[] };
  destroy: () => void;
}

const openClients = new Set<Client>();

/** A provider for one document; `events` records what the server said. */
export function connect(team: { url: string }, name: string, token: string, doc = new Y.Doc()): Client {
  const events: Client['events'] = { closed: [] };
  const socket = new HocuspocusProviderWebsocket({ url: team.url.replace(/^http/, 'ws'), WebSocketPolyfill: WebSocket as never });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onAuthenticated: ({ scope }) => (events.authenticated = scope),
    onAuthenticationFailed: ({ reason }) => (events.failed = reason),
    onClose: ({ event }) => void events.closed.push(event.reason),
  });
  provider.attach();
  const client: Client = {
    doc,
    provider,
    events,
    destroy: () => {
      provider.destroy();
      socket.destroy();
      openClients.delete(client);
    },
  };
  openClients.add(client);
  return client;
}

export function destroyClients(): void {
  for (const client of [...openClients]) client.destroy();
}

/** Polls every 5 ms until `check` holds; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 3_000): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

export const synced = (client: Client, what = 'the client to sync') => waitFor(() => client.provider.isSynced, what);
export const refused = (client: Client, what = 'the refusal') => waitFor(() => client.events.failed !== undefined, what);

/** Lets messages in flight arrive, for the checks that something did NOT happen. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

export { REDIS, freePort, startRedis } from '../support/processes';

export const NO_POSTGRES = POSTGRES_BIN === undefined;

/** The databases the server runs on: SQLite always, Postgres when its binaries are installed. */
export const DATABASES = [
  { kind: 'sqlite', label: 'SQLite', skip: false },
  { kind: 'postgres', label: 'Postgres', skip: NO_POSTGRES },
] as const;
export type DatabaseKind = (typeof DATABASES)[number]['kind'];

export function sayIfPostgresSkipped(what: string): void {
  if (NO_POSTGRES) console.log(`${what} on Postgres skipped: PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install postgresql)`);
}

/**
 * Fresh, empty databases for one test file: SQLite files in a temp dir, Postgres databases in a cluster of the
 * file's own, started at its first use. `remove` stops the cluster and deletes everything.
 */
export function testDatabases(): { fresh: (kind: DatabaseKind) => Promise<DatabaseLocation>; remove: () => Promise<void> } {
  const folder = tempDir();
  let cluster: Promise<Postgres> | undefined;
  let files = 0;
  return {
    async fresh(kind) {
      if (kind === 'sqlite') return { sqlite: join(folder.dir, `team-${++files}.sqlite`) };
      cluster ??= startPostgres();
      return { postgres: await (await cluster).createDatabase() };
    },
    async remove() {
      await (await cluster)?.stop();
      folder.remove();
    },
  };
}

