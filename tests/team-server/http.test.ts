import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { addMembers, call, signIn, startServer, tempDir, PASSWORD } from './support';
import type { TeamServer } from '@/lib/team-server/server';

/** The HTTP API against a real server on a free port and a fresh SQLite file. */
let team: TeamServer;
let clock = Date.now();
const folder = tempDir();

beforeAll(async () => {
  team = await startServer({ sqlite: join(folder.dir, 'team.sqlite'), now: () => clock });
  await addMembers(team, 'alice', 'bob', 'carol', 'mallory');
});

afterAll(async () => {
  await team.close();
  folder.remove();
});

describe('sign-in and sessions', () => {
  it('gives a 32-byte base64url token that expires in 30 days, and /api/me answers with it', async () => {
    const answer = await call(team, 'POST', '/api/sign-in', { body: { username: 'alice', password: PASSWORD } });
    expect(answer.status).toBe(200);
    expect(answer.json.username).toBe('alice');
    expect(answer.json.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(answer.json.expiresAt) - clock).toBe(30 * 24 * 3600 * 1000);
    const me = await call(team, 'GET', '/api/me', { token: answer.json.token });
    expect(me).toMatchObject({ status: 200, json: { username: 'alice', shortlists: [] } });
  });

  it('refuses a wrong password and an unknown user alike, with a sentence', async () => {
    const wrong = await call(team, 'POST', '/api/sign-in', { body: { username: 'bob', password: 'nope' } });
    const unknown = await call(team, 'POST', '/api/sign-in', { body: { username: 'nobody', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
    expect(wrong.json.error).toMatch(/wrong/);
  });

  it('stores only the SHA-256 of a token, never the token', async () => {
    const token = await signIn(team, 'bob');
    const { tokenHash } = await import('@/lib/team-server/auth');
    expect(await team.store.session(tokenHash(token), clock)).toMatchObject({ username: 'bob' });
    expect(await team.store.session(token, clock)).toBeUndefined();
  });

  it('refuses a token after 30 days', async () => {
    const token = await signIn(team, 'carol');
    expect((await call(team, 'GET', '/api/me', { token })).status).toBe(200);
    clock += 30 * 24 * 3600 * 1000 + 1;
    try {
      const late = await call(team, 'GET', '/api/me', { token });
      expect(late.status).toBe(401);
      expect(late.json.error).toMatch(/sign in again/);
    } finally {
      clock = Date.now();
    }
  });

  it('refuses an unknown, garbled or missing token with 401', async () => {
    for (const token of ['A'.repeat(43), 'not a token', '']) {
      const answer = await call(team, 'GET', '/api/me', { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      expect(answer.status, token).toBe(401);
      expect(typeof answer.json.error).toBe('string');
    }
  });

  it('signs out: 204, and the token no longer works', async () => {
    const token = await signIn(team, 'bob');
    expect((await call(team, 'POST', '/api/sign-out', { token })).status).toBe(204);
    expect((await call(team, 'GET', '/api/me', { token })).status).toBe(401);
  });

  it('makes each try wait after five failures for one user name', async () => {
    for (let i = 0; i < 5; i++) expect((await call(team, 'POST', '/api/sign-in', { body: { username: 'mallory', password: `guess ${i}` } })).status).toBe(401);
    const sixth = await call(team, 'POST', '/api/sign-in', { body: { username: 'mallory', password: PASSWORD } });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe('1');
    // The wait counts from the last failure: a second later the right password goes through.
    clock += 1_001;
    try {
      expect((await call(team, 'POST', '/api/sign-in', { body: { username: 'mallory', password: PASSWORD } })).status).toBe(200);
    } finally {
      clock = Date.now();
    }
  });
});

describe('shared shortlists and members', () => {
  it('creates a shortlist with its creator as owner; a member gets their role back; a stranger gets 403', async () => {
    const [alice, bob, carol] = await Promise.all(['alice', 'bob', 'carol'].map((name) => signIn(team, name)));
    expect(await call(team, 'PUT', '/api/shortlists/list-1', { token: alice, body: { name: 'Backend' } })).toMatchObject({
      status: 200,
      json: { id: 'list-1', name: 'Backend', role: 'owner' },
    });
    expect((await call(team, 'PUT', '/api/shortlists/list-1/members/bob', { token: alice, body: { role: 'reviewer' } })).status).toBe(200);
    expect(await call(team, 'PUT', '/api/shortlists/list-1', { token: bob, body: { name: 'Renamed?' } })).toMatchObject({
      status: 200,
      json: { id: 'list-1', name: 'Backend', role: 'reviewer' },
    });
    const stranger = await call(team, 'PUT', '/api/shortlists/list-1', { token: carol, body: { name: 'Mine now' } });
    expect(stranger.status).toBe(403);
    expect((await call(team, 'GET', '/api/shortlists/list-1/members', { token: carol })).status).toBe(403);
    expect((await call(team, 'GET', '/api/me', { token: bob })).json.shortlists).toEqual([{ id: 'list-1', name: 'Backend', role: 'reviewer' }]);
  });

  it('lets only the owner add, change and remove members; lists them for any member, owner first', async () => {
    const [alice, bob, carol] = await Promise.all(['alice', 'bob', 'carol'].map((name) => signIn(team, name)));
    await call(team, 'PUT', '/api/shortlists/list-2', { token: alice, body: { name: 'Frontend' } });
    expect((await call(team, 'PUT', '/api/shortlists/list-2/members/bob', { token: alice, body: { role: 'editor' } })).status).toBe(200);
    expect((await call(team, 'PUT', '/api/shortlists/list-2/members/carol', { token: bob, body: { role: 'editor' } })).status).toBe(403);
    expect((await call(team, 'PUT', '/api/shortlists/list-2/members/carol', { token: alice, body: { role: 'reviewer' } })).status).toBe(200);
    expect((await call(team, 'GET', '/api/shortlists/list-2/members', { token: carol })).json).toEqual([
      { username: 'alice', role: 'owner' },
      { username: 'bob', role: 'editor' },
      { username: 'carol', role: 'reviewer' },
    ]);
    expect((await call(team, 'DELETE', '/api/shortlists/list-2/members/carol', { token: bob })).status).toBe(403);
    expect((await call(team, 'DELETE', '/api/shortlists/list-2/members/carol', { token: alice })).status).toBe(204);
    expect((await call(team, 'GET', '/api/shortlists/list-2/members', { token: carol })).status).toBe(403);
    expect((await call(team, 'DELETE', '/api/shortlists/list-2/members/alice', { token: alice })).status).toBe(400);
    expect((await call(team, 'PUT', '/api/shortlists/list-2/members/alice', { token: alice, body: { role: 'reviewer' } })).status).toBe(400);
  });

  it('lets the owner hand the shortlist over: the new owner manages its members, the old one stays on as an editor', async () => {
    const [alice, bob, carol] = await Promise.all(['alice', 'bob', 'carol'].map((name) => signIn(team, name)));
    await call(team, 'PUT', '/api/shortlists/list-4', { token: alice, body: { name: 'Handed over' } });
    await call(team, 'PUT', '/api/shortlists/list-4/members/bob', { token: alice, body: { role: 'reviewer' } });
    expect((await call(team, 'PUT', '/api/shortlists/list-4/members/bob', { token: bob, body: { role: 'owner' } })).status).toBe(403);

    expect((await call(team, 'PUT', '/api/shortlists/list-4/members/bob', { token: alice, body: { role: 'owner' } })).status).toBe(200);
    expect((await call(team, 'GET', '/api/shortlists/list-4/members', { token: alice })).json).toEqual([
      { username: 'bob', role: 'owner' },
      { username: 'alice', role: 'editor' },
    ]);
    expect((await call(team, 'PUT', '/api/shortlists/list-4/members/carol', { token: alice, body: { role: 'reviewer' } })).status).toBe(403);
    expect((await call(team, 'PUT', '/api/shortlists/list-4/members/carol', { token: bob, body: { role: 'reviewer' } })).status).toBe(200);
    expect((await call(team, 'DELETE', '/api/shortlists/list-4/members/alice', { token: bob })).status).toBe(204);
    expect((await call(team, 'GET', '/api/me', { token: carol })).json.shortlists).toEqual([{ id: 'list-4', name: 'Handed over', role: 'reviewer' }]);
  });

  it('answers 404 for a user the server does not know, 400 for a bad id or body, 413 past 64 KB', async () => {
    const alice = await signIn(team, 'alice');
    await call(team, 'PUT', '/api/shortlists/list-3', { token: alice, body: { name: 'Data' } });
    expect((await call(team, 'PUT', '/api/shortlists/list-3/members/ghost', { token: alice, body: { role: 'editor' } })).status).toBe(404);
    expect((await call(team, 'PUT', '/api/shortlists/list-3/members/bob', { token: alice, body: { role: 'admin' } })).status).toBe(400);
    expect((await call(team, 'PUT', '/api/shortlists/bad%20id', { token: alice, body: { name: 'x' } })).status).toBe(400);
    expect((await call(team, 'PUT', `/api/shortlists/${'x'.repeat(101)}`, { token: alice, body: { name: 'x' } })).status).toBe(400);
    expect((await call(team, 'PUT', '/api/shortlists/list-4', { token: alice, body: '{not json' })).status).toBe(400);
    expect((await call(team, 'PUT', '/api/shortlists/list-4', { token: alice, body: { name: '' } })).status).toBe(400);
    const big = await call(team, 'PUT', '/api/shortlists/list-4', { token: alice, body: { name: 'x'.repeat(70_000) } });
    expect(big).toMatchObject({ status: 413, json: { error: expect.stringMatching(/64 KB/) } });
    expect((await call(team, 'GET', '/api/nothing-here')).status).toBe(404);
    expect((await call(team, 'DELETE', '/api/me', { token: alice })).status).toBe(405);
  });
});

describe('CORS for the extension', () => {
  it('answers a preflight from an extension page and names its origin; other origins get no CORS header', async () => {
    for (const origin of ['chrome-extension://abcdefghijklmnop', 'moz-extension://0c1d2e3f-aaaa-bbbb-cccc-0123456789ab']) {
      const preflight = await call(team, 'OPTIONS', '/api/me', { headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/DELETE/);
      const signedOut = await call(team, 'GET', '/api/me', { headers: { Origin: origin } });
      expect(signedOut.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const other = await call(team, 'OPTIONS', '/api/me', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('behind a reverse proxy', () => {
  it('with trustProxy, counts failed sign-ins per X-Forwarded-For address, so one client cannot lock out the others', async () => {
    const proxied = await startServer({ sqlite: join(folder.dir, 'proxied.sqlite'), trustProxy: true });
    try {
      await addMembers(proxied, 'ann', 'ben');
      const from = (address: string) => ({ 'X-Forwarded-For': address });
      for (let i = 0; i < 5; i++) await call(proxied, 'POST', '/api/sign-in', { headers: from('10.0.0.1'), body: { username: `guess${i}`, password: 'nope' } });
      expect((await call(proxied, 'POST', '/api/sign-in', { headers: from('10.0.0.1'), body: { username: 'ann', password: PASSWORD } })).status).toBe(429);
      expect((await call(proxied, 'POST', '/api/sign-in', { headers: from('10.0.0.2'), body: { username: 'ben', password: PASSWORD } })).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
