import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TeamStore } from '@/lib/team-server/store';
import { call, NO_POSTGRES, sayIfPostgresSkipped, tempDir, testDatabases } from './support';

/** `npm run team-server` as an admin runs it: tsx lib/team-server/main.ts. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'lib/team-server/main.ts');
const folder = tempDir();
const sqlite = join(folder.dir, 'team.sqlite');
const databases = testDatabases();
afterAll(async () => {
  folder.remove();
  await databases.remove();
});
sayIfPostgresSkipped('the team-server command');

const cli = (...args: string[]) => spawnSync(TSX, [MAIN, ...args, '--sqlite', sqlite], { cwd: ROOT, encoding: 'utf8' });

describe('the team-server command', () => {
  it('adds a member with a generated password, serves, signs them in; remove-member ends their sessions', async () => {
    const added = cli('add-member', 'dana');
    expect(added.status, added.stderr).toBe(0);
    const password = /Password: (\S+)/.exec(added.stdout)![1]!;
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(cli('add-member', 'Dana!').status).toBe(1);
    expect(cli('add-member', 'dana').status).toBe(1);

    const server = spawn(TSX, [MAIN, '--port', '0', '--host', '127.0.0.1', '--sqlite', sqlite], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let output = '';
        server.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /on port (\d+)/.exec(output);
          if (match) resolve(Number(match[1]));
        });
        server.once('exit', () => reject(new Error(`the server exited: ${output}`)));
      });
      const team = { url: `http://127.0.0.1:${port}` };
      const signedIn = await call(team, 'POST', '/api/sign-in', { body: { username: 'dana', password } });
      expect(signedIn.status).toBe(200);
      expect((await call(team, 'GET', '/api/me', { token: signedIn.json.token })).status).toBe(200);

      const removed = cli('remove-member', 'dana');
      expect(removed.status, removed.stderr).toBe(0);
      expect((await call(team, 'GET', '/api/me', { token: signedIn.json.token })).status).toBe(401);
      expect(cli('remove-member', 'dana').status).toBe(1);
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 30_000);

  it('names a new owner for a shortlist whose owner was removed from the team, and lists who owns what', async () => {
    const store = await TeamStore.open({ sqlite });
    try {
      for (const name of ['olga', 'pete']) await store.addMember(name, 'hash', Date.now());
      await store.createShortlist('roles-2026', 'Backend 2026', 'olga', Date.now());
    } finally {
      await store.close();
    }
    expect(cli('remove-member', 'olga').status).toBe(0);
    expect(cli('list-shortlists').stdout).toContain('roles-2026\tBackend 2026\t(no owner: set-owner names one)');
    expect(cli('set-owner', 'roles-2026', 'nobody').status).toBe(1);
    expect(cli('set-owner', 'no-such-list', 'pete').status).toBe(1);
    const set = cli('set-owner', 'roles-2026', 'pete');
    expect(set.status, set.stderr).toBe(0);
    expect(cli('list-shortlists').stdout).toContain('roles-2026\tBackend 2026\tpete');
  }, 30_000);

  it.skipIf(NO_POSTGRES)('keeps members in Postgres with --postgres, and refuses --sqlite and --postgres together', async () => {
    const { postgres } = await databases.fresh('postgres');
    const inPostgres = (...args: string[]) => spawnSync(TSX, [MAIN, ...args, '--postgres', postgres!], { cwd: ROOT, encoding: 'utf8' });
    const added = inPostgres('add-member', 'erin');
    expect(added.status, added.stderr).toBe(0);
    expect(inPostgres('list-members').stdout).toBe('erin\n');
    const both = cli('list-members', '--postgres', postgres!);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/not both/);
  }, 30_000);
});
