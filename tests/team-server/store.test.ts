import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamStore } from '@/lib/team-server/store';
import { DATABASES, sayIfPostgresSkipped, testDatabases } from './support';

/** The store on each database, the same cases for both: members, sessions, shortlists, documents, and races. */
const databases = testDatabases();
afterAll(() => databases.remove());
sayIfPostgresSkipped('the store tests');

const DAY = 24 * 3600 * 1000;

describe.each(DATABASES)('the store on $label', ({ kind, skip }) => {
  let store: TeamStore;
  beforeAll(async () => {
    if (skip) return;
    store = await TeamStore.open(await databases.fresh(kind));
  }, 30_000);
  afterAll(() => store?.close());

  it.skipIf(skip)('adds members, lists them in order, changes a password, and refuses a second member of one name', async () => {
    for (const username of ['carol', 'alice', 'bob']) await store.addMember(username, `hash-${username}`, Date.now());
    expect(await store.listMembers()).toEqual(['alice', 'bob', 'carol']);
    expect(await store.memberExists('bob')).toBe(true);
    expect(await store.memberExists('nobody')).toBe(false);
    expect(await store.setPassword('bob', 'new-hash')).toBe(true);
    expect(await store.setPassword('nobody', 'new-hash')).toBe(false);
    expect(await store.passwordHashOf('bob')).toBe('new-hash');
    expect(await store.passwordHashOf('nobody')).toBeUndefined();
    await expect(store.addMember('alice', 'again', Date.now())).rejects.toThrow();
  });

  it.skipIf(skip)('keeps sessions as millisecond times, ends them when they expire or are deleted', async () => {
    const now = Date.now();
    await store.addToken('hash-a', 'alice', now + 30 * DAY);
    await store.addToken('hash-old', 'alice', now - 1);
    expect(await store.session('hash-a', now)).toEqual({ username: 'alice', expiresAt: now + 30 * DAY });
    expect(await store.session('hash-a', now + 30 * DAY)).toBeUndefined();
    expect(await store.session('hash-old', now - 2)).toEqual({ username: 'alice', expiresAt: now - 1 });
    await store.deleteExpiredTokens(now);
    expect(await store.session('hash-old', now - 2)).toBeUndefined();
    expect(await store.session('hash-a', now)).toBeDefined();
    await store.deleteToken('hash-a');
    expect(await store.session('hash-a', now)).toBeUndefined();
  });

  it.skipIf(skip)('creates a shortlist once, with its owner; adds, changes and removes members; an owner stays owner', async () => {
    expect(await store.createShortlist('s1', 'Backend', 'alice', Date.now())).toBe(true);
    expect(await store.createShortlist('s1', 'Taken over', 'bob', Date.now())).toBe(false);
    expect(await store.shortlistName('s1')).toBe('Backend');
    expect(await store.shortlistName('none')).toBeUndefined();
    await store.setRole('s1', 'carol', 'reviewer');
    await store.setRole('s1', 'bob', 'reviewer');
    await store.setRole('s1', 'bob', 'editor');
    await store.setRole('s1', 'alice', 'reviewer');
    expect(await store.shortlistMembers('s1')).toEqual([
      { username: 'alice', role: 'owner' },
      { username: 'bob', role: 'editor' },
      { username: 'carol', role: 'reviewer' },
    ]);
    expect(await store.roleOf('s1', 'bob')).toBe('editor');
    expect(await store.removeFromShortlist('s1', 'carol')).toBe(true);
    expect(await store.removeFromShortlist('s1', 'carol')).toBe(false);
    expect(await store.roleOf('s1', 'carol')).toBeUndefined();
  });

  it.skipIf(skip)("lists a member's shortlists by name, byte by byte as SQLite sorts, then by id", async () => {
    await store.createShortlist('s3', 'alpha', 'bob', Date.now());
    await store.createShortlist('s2', 'Zeta', 'bob', Date.now());
    await store.createShortlist('s0', 'alpha', 'bob', Date.now());
    expect(await store.shortlistsOf('bob')).toEqual([
      { id: 's1', name: 'Backend', role: 'editor' },
      { id: 's2', name: 'Zeta', role: 'owner' },
      { id: 's0', name: 'alpha', role: 'owner' },
      { id: 's3', name: 'alpha', role: 'owner' },
    ]);
  });

  it.skipIf(skip)('removes a member with their sessions and their places on every shortlist', async () => {
    await store.addMember('dave', 'hash-dave', Date.now());
    await store.addToken('hash-d', 'dave', Date.now() + DAY);
    await store.setRole('s1', 'dave', 'editor');
    expect(await store.removeMember('dave')).toBe(true);
    expect(await store.removeMember('dave')).toBe(false);
    expect(await store.memberExists('dave')).toBe(false);
    expect(await store.session('hash-d', Date.now())).toBeUndefined();
    expect(await store.shortlistsOf('dave')).toEqual([]);
  });

  it.skipIf(skip)('hands a shortlist over, the old owner becoming an editor; one whose owner left the team gets a new owner', async () => {
    await store.addMember('erin', 'hash-erin', Date.now());
    await store.createShortlist('s-hand', 'Handed', 'erin', Date.now());
    await store.setRole('s-hand', 'bob', 'reviewer');
    await store.transferOwnership('s-hand', 'bob');
    expect(await store.shortlistMembers('s-hand')).toEqual([
      { username: 'bob', role: 'owner' },
      { username: 'erin', role: 'editor' },
    ]);

    await store.createShortlist('s-orphan', 'Orphan', 'erin', Date.now());
    await store.removeMember('erin');
    expect((await store.listShortlists()).filter((list) => list.id.startsWith('s-'))).toEqual([
      { id: 's-hand', name: 'Handed', owner: 'bob' },
      { id: 's-orphan', name: 'Orphan' },
    ]);
    await store.transferOwnership('s-orphan', 'carol');
    expect(await store.shortlistMembers('s-orphan')).toEqual([{ username: 'carol', role: 'owner' }]);
    expect(await store.shortlistExists('s-orphan')).toBe(true);
    expect(await store.shortlistExists('s-none')).toBe(false);
  });

  it.skipIf(skip)('stores and loads documents byte for byte, the latest state winning', async () => {
    expect(await store.loadDocument('shortlist/s1')).toBeUndefined();
    const everyByte = new Uint8Array(256).map((_, index) => index);
    await store.storeDocument('shortlist/s1', new Uint8Array([1, 2, 3]));
    await store.storeDocument('shortlist/s1', everyByte);
    expect(await store.loadDocument('shortlist/s1')).toEqual(everyByte);
  });

  it.skipIf(skip)('opens twice at once on a fresh database (two instances starting together)', async () => {
    const location = await databases.fresh(kind);
    const both = await Promise.all([TeamStore.open(location), TeamStore.open(location)]);
    await Promise.all(both.map((each) => each.close()));
  });

  it.skipIf(skip)('lets exactly one of two instances create a shortlist they race for; the other then finds its owner', async () => {
    const location = await databases.fresh(kind);
    const [first, second] = await Promise.all([TeamStore.open(location), TeamStore.open(location)]);
    try {
      for (let round = 0; round < 10; round++) {
        const id = `race-${round}`;
        const outcomes = await Promise.all(
          (['ann', 'ben'] as const).map(async (owner, index) => {
            const created = await [first, second][index]!.createShortlist(id, `Race ${round}`, owner, Date.now());
            return { owner, created, membersSeen: await [first, second][index]!.shortlistMembers(id) };
          }),
        );
        const winners = outcomes.filter((outcome) => outcome.created);
        expect(winners).toHaveLength(1);
        for (const outcome of outcomes) expect(outcome.membersSeen).toEqual([{ username: winners[0]!.owner, role: 'owner' }]);
      }
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('a Postgres that accepts connections but never answers', () => {
  it('fails to open after the connect timeout instead of waiting forever', async () => {
    const { createServer } = await import('node:net');
    const { openPostgres } = await import('@/lib/team-server/postgres');
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as import('node:net').AddressInfo).port;
    try {
      await expect(openPostgres(`postgres://team:secret@127.0.0.1:${port}/team`, 300)).rejects.toThrow(/timeout/i);
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
