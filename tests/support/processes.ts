import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Processes the team tests start: a free port to give them, a redis-server and a PostgreSQL cluster of their own. */
export const REDIS = '/usr/bin/redis-server';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A redis-server of the test's own on a free port, nothing saved to disk. */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const reachable = () =>
    new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
  const until = Date.now() + 5_000;
  while (!(await reachable())) {
    if (Date.now() > until || child.exitCode !== null) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The newest Debian PostgreSQL server binaries (package `postgresql`), or undefined when none is installed. */
export const POSTGRES_BIN: string | undefined = (() => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((version) => existsSync(join(root, version, 'bin/initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest && join(root, newest, 'bin');
})();

export interface Postgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** A new, empty database in this cluster; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster of the test's own: a temp dir, a free port, its socket in that dir, trust auth,
 * no fsync. It sorts text as en-US (ICU), as a typical server does, not byte by byte. Postgres refuses to run as
 * root, so as root it runs as the `postgres` user.
 */
export async function startPostgres(): Promise<Postgres> {
  if (!POSTGRES_BIN) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)');
  const dir = mkdtempSync(join(tmpdir(), 'talent-lens-postgres-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asOwner = ownerOf(dir);
  try {
    asOwner('initdb', ['-D', data, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale-provider=icu', '--icu-locale=en-US', '--no-sync']);
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    asOwner('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings, '-w', '-t', '30', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    createDatabase: async () => {
      const name = `test_${++databases}`;
      const client = new pg.Client(url);
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`).finally(() => client.end());
      return url.replace(/\/postgres$/, `/${name}`);
    },
    stop: async () => {
      asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a PostgreSQL binary as the user the cluster belongs to: `postgres` when the tests run as root. */
function ownerOf(dir: string): (binary: string, args: string[]) => void {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  return (binary, args) => {
    const command = join(POSTGRES_BIN!, binary);
    const run = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${binary} failed: ${run.stderr || run.stdout}`);
  };
}
