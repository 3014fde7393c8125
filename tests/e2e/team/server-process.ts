import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../../support/processes';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAIN = join(ROOT, 'lib/team-server/main.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface TeamServerProcess {
  origin: string;
  port: number;
  sqlite: string;
  stop(): Promise<void>;
  /** Starts it again on the same port and database (a restart). */
  restart(): Promise<void>;
}


/** The real team server, as `npm run team-server` runs it, on a free port and a fresh SQLite file, or on the Postgres given. */
export async function startTeamServer(options: { members?: Record<string, string>; extraArgs?: string[]; sqlite?: string; postgres?: string } = {}): Promise<TeamServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'talent-lens-team-'));
  const sqlite = options.sqlite ?? join(dir, 'team.sqlite');
  const database = options.postgres ? ['--postgres', options.postgres] : ['--sqlite', sqlite];
  for (const [username, password] of Object.entries(options.members ?? {})) {
    const added = spawnSync(TSX, [MAIN, 'add-member', username, '--password', password, ...database], { cwd: ROOT, encoding: 'utf8' });
    if (added.status !== 0) throw new Error(`add-member ${username} failed: ${added.stderr || added.stdout}`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(TSX, [MAIN, '--port', String(port), ...database, ...(options.extraArgs ?? [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    await waitUntilUp(origin, () => output);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
      setTimeout(() => running.kill('SIGKILL'), 5_000).unref();
    });
  };
  await start();
  return {
    origin,
    port,
    sqlite,
    stop: async () => {
      await stop();
      if (!options.sqlite) rmSync(dir, { recursive: true, force: true });
    },
    restart: async () => {
      await stop();
      await start();
    },
  };
}

async function waitUntilUp(origin: string, output: () => string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${origin}/api/me`);
      if (response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the team server did not start:\n${output()}`);
}
