import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, TalentDB } from '@/lib/db/db';
import { CURRENT_SCHEMA_VERSION, describeOpenError } from '@/lib/db/open';

const NAME = 'talent-lens-migrations-all';
afterEach(() => Dexie.delete(NAME));

/** A database with the schema of `version` exactly as it shipped, and no upgrade code. */
function openAt(version: number): Dexie {
  const old = new Dexie(NAME);
  SCHEMA_VERSIONS.slice(0, version).forEach(({ stores }, index) => old.version(index + 1).stores(stores));
  return old;
}

const AT = '2026-10-01T00:00:00.000Z';
const profile = (login: string) => ({ site: 'github', login, url: `https://github.com/${login}`, socialLinks: [], organizations: [], pinned: [], capturedAt: AT });
const score = (key: string, total: number) => ({ candidateKey: key, postingId: 'seed', total, result: { postingId: 'seed', total, confidence: 'high', confidenceReasons: [], mustHavesMissing: [], capped: false, requirements: [] }, postingUpdatedAt: AT, scoredAt: AT });
const note = { id: 'note-1', candidateKey: 'github:ada', text: 'Met at GopherCon', createdAt: AT, updatedAt: '2026-10-02T00:00:00.000Z' };
/** Schema 6 added visibility, author and revisions to notes. */
const noteV6 = { ...note, visibility: 'private', author: '', rev: `note-1@${note.updatedAt}`, history: [] };
const posting = { id: 'own', title: 'Go SRE', requirements: [], builtIn: false, createdAt: AT, updatedAt: AT };

/** Rows as each version wrote them: what a user of that release has on disk. */
const candidateAt = (version: number) => {
  const base = { key: 'github:ada', site: 'github', login: 'ada', name: 'Ada Example', profileUrl: 'https://github.com/ada', profile: profile('ada'), firstSeenAt: AT, updatedAt: AT };
  if (version === 1) return { ...base, score: score('github:ada', 72).result, scoreTotal: 72 };
  if (version < 4) return base;
  return { ...base, linked: [], profileKeys: ['github:ada'], linkKeys: [], keptApart: [] };
};

async function seed(old: Dexie, version: number): Promise<void> {
  await old.table('candidates').add(candidateAt(version));
  await old.table('notes').add(version >= 6 ? noteV6 : note);
  await old.table('postings').add(posting);
  await old.table('settings').add({ key: 'activePostingId', value: 'own' });
  if (version >= 2) await old.table('scores').add(score('github:ada', 72));
  if (version >= 3) {
    await old.table('httpCache').add({ url: 'https://api.github.com/users/ada', etag: 'W/"1"', body: { login: 'ada' }, status: 200, fetchedAt: AT });
    await old.table('enrichment').add({ candidateKey: 'github:ada', fetchedAt: AT });
  }
  if (version >= 5) {
    await old.table('pipeline').add({ candidateKey: 'github:ada', postingId: 'seed', status: 'contacted', updatedAt: AT });
    await old.table('tags').add({ candidateKey: 'github:ada', tags: ['referral'], updatedAt: AT });
    await old.table('summaries').add({ candidateKey: 'github:ada', name: 'Ada Example', login: 'ada', sites: ['github'], profileUrls: ['https://github.com/ada'], firstSeenAt: AT, updatedAt: AT, latestNotes: ['Met at GopherCon'] });
    await old.table('ranks').add({ candidateKey: 'github:ada', postingId: 'seed', total: 72, mustHavesMet: true, capped: false, requirementPoints: {} });
    await old.table('shortlists').add({ id: 'list-1', postingId: 'seed', name: 'Round 1', candidateKeys: ['github:ada'], createdAt: AT, updatedAt: AT });
  }
}

const versions = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, index) => index + 1);

describe('every past schema version upgrades to the current one with its data intact', () => {
  it.each(versions)('from version %i', async (version) => {
    const old = openAt(version);
    await seed(old, version);
    old.close();

    const db = new TalentDB(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(Object.assign({}, ...SCHEMA_VERSIONS.map((v) => v.stores))).sort());

    const { score: _score, scoreTotal: _total, ...candidate } = candidateAt(version) as Record<string, unknown>;
    expect(await db.candidates.toArray()).toEqual([{ ...candidate, linked: [], profileKeys: ['github:ada'], linkKeys: [], keptApart: [] }]);
    // Schema 7 (scorer v3) marks every score stale for the background re-score; the total stays until then.
    expect(await db.scores.toArray()).toEqual([{ ...score('github:ada', 72), postingUpdatedAt: new Date(0).toISOString() }]);
    expect(await db.ranks.toArray()).toEqual([{ candidateKey: 'github:ada', postingId: 'seed', total: 72, mustHavesMet: true, capped: false, requirementPoints: {} }]);
    expect(await db.summaries.get('github:ada')).toMatchObject({ name: 'Ada Example', login: 'ada', latestNotes: ['Met at GopherCon'] });
    expect(await db.notes.toArray()).toEqual([{ ...note, visibility: 'private', author: '', rev: `note-1@${note.updatedAt}`, history: [] }]);
    expect(await db.postings.toArray()).toEqual([posting]);
    expect(await db.settings.toArray()).toEqual([{ key: 'activePostingId', value: 'own' }]);
    expect(await db.httpCache.count()).toBe(version >= 3 ? 1 : 0);
    expect(await db.enrichment.count()).toBe(version >= 3 ? 1 : 0);
    expect((await db.pipeline.toArray()).map((row) => row.status)).toEqual(version >= 5 ? ['contacted'] : []);
    expect((await db.tags.toArray()).map((row) => row.tags)).toEqual(version >= 5 ? [['referral']] : []);
    expect((await db.shortlists.toArray()).map((row) => row.candidateKeys)).toEqual(version >= 5 ? [['github:ada']] : []);
    expect(await db.feedback.count()).toBe(0);
    expect(await db.conflicts.count()).toBe(0);
    db.close();
  });
});

describe('a failed upgrade', () => {
  it('leaves the old data readable, at the old version, and says so', async () => {
    const old = openAt(CURRENT_SCHEMA_VERSION - 1);
    await seed(old, CURRENT_SCHEMA_VERSION - 1);
    old.close();

    /** The current code, with its last upgrade failing half way through its rows. */
    const last = SCHEMA_VERSIONS.at(-1)!;
    const failing = new TalentDB(NAME, [
      ...SCHEMA_VERSIONS.slice(0, -1),
      {
        ...last,
        upgrade: async (tx) => {
          await tx.table('scores').toCollection().modify((row: Record<string, unknown>) => void (row.postingUpdatedAt = 'stale'));
          throw new Error('disk went away');
        },
      },
    ]);
    const error = await failing.open().then(() => undefined, (cause: unknown) => cause);
    failing.close();
    expect(error).toBeInstanceOf(Error);
    const message = describeOpenError(error);
    expect(message).toMatch(/could not upgrade its database to this version \(.*disk went away.*\)\. Your candidates, notes and postings are kept exactly as the previous version left them/);

    const reopened = new Dexie(NAME);
    await reopened.open(); // no schema given: opens whatever is on disk
    expect(reopened.verno).toBe(CURRENT_SCHEMA_VERSION - 1);
    expect(await reopened.table('scores').toArray()).toEqual([score('github:ada', 72)]); // the half-done change rolled back
    expect(await reopened.table('notes').toArray()).toEqual([noteV6]);
    expect(await reopened.table('candidates').count()).toBe(1);
    reopened.close();
  });
});
