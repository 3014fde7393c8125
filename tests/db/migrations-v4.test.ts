import { CURRENT_SCHEMA_VERSION } from '@/lib/db/open';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TalentDB } from '@/lib/db/db';

const NAME = 'talent-lens-migration-v4-test';

/** The version 3 schema exactly as it shipped (versions 1, 2, 3). */
function openV3(): Dexie {
  const v3 = new Dexie(NAME);
  v3.version(1).stores({ candidates: 'key, site, scoreTotal, updatedAt', notes: 'id, candidateKey, updatedAt', postings: 'id, updatedAt', tabs: 'tabId', settings: 'key' });
  v3.version(2).stores({ candidates: 'key, site, updatedAt', scores: '[candidateKey+postingId], candidateKey, [postingId+total]' });
  v3.version(3).stores({ httpCache: 'url', enrichment: 'candidateKey' });
  return v3;
}

const githubRow = (login: string, socialLinks: { url: string; label: string }[] = []) => ({
  key: `github:${login}`,
  site: 'github',
  login,
  profileUrl: `https://github.com/${login}`,
  profile: { site: 'github', login, url: `https://github.com/${login}`, socialLinks, organizations: [], pinned: [], capturedAt: '2026-10-01T00:00:00.000Z' },
  firstSeenAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-02T00:00:00.000Z',
});

afterEach(() => Dexie.delete(NAME));

describe('schema v3 → v4 (one person across sites) → v5 (matches)', () => {
  it('gives every candidate its own profile key and the profiles its links point at, keeping every field', async () => {
    const v3 = openV3();
    const linking = githubRow('ada', [{ url: 'https://www.linkedin.com/in/ada-example/', label: 'in/ada-example' }, { url: 'https://example.org', label: 'blog' }]);
    const plain = githubRow('grace');
    const malformed = { key: 'github:broken', site: 'github', login: 'broken', profile: { site: 'github' }, updatedAt: '2026-10-02T00:00:00.000Z' };
    await v3.table('candidates').bulkAdd([linking, plain, malformed]);
    await v3.table('scores').add({ candidateKey: 'github:ada', postingId: 'p', total: 61, result: { mustHavesMissing: ['Go'], capped: true }, postingUpdatedAt: 'x', scoredAt: 'x' });
    await v3.table('notes').add({ id: 'n1', candidateKey: 'github:ada', text: 'Strong Go', createdAt: 'x', updatedAt: 'x' });
    v3.close();

    const db = new TalentDB(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.candidates.get('github:ada')).toEqual({ ...linking, linked: [], profileKeys: ['github:ada'], linkKeys: ['linkedin:ada-example'], keptApart: [] });
    expect(await db.candidates.get('github:grace')).toEqual({ ...plain, linked: [], profileKeys: ['github:grace'], linkKeys: [], keptApart: [] });
    expect(await db.candidates.get('github:broken')).toEqual({ ...malformed, linked: [], profileKeys: ['github:broken'], linkKeys: [], keptApart: [] });
    expect(await db.notes.get('n1')).toMatchObject({ candidateKey: 'github:ada', text: 'Strong Go' });
    // The new indexes answer: who holds a profile, and who links to one.
    expect((await db.candidates.where('profileKeys').equals('github:grace').first())?.key).toBe('github:grace');
    expect((await db.candidates.where('linkKeys').equals('linkedin:ada-example').first())?.key).toBe('github:ada');
    // v5 derives the small rows the matches view reads, for every candidate and score.
    expect(await db.summaries.get('github:ada')).toEqual({
      candidateKey: 'github:ada', login: 'ada', sites: ['github'], profileUrls: ['https://github.com/ada'], firstSeenAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-02T00:00:00.000Z',
      latestNotes: ['Strong Go'],
    });
    expect(await db.summaries.count()).toBe(3);
    expect(await db.ranks.toArray()).toEqual([{ candidateKey: 'github:ada', postingId: 'p', total: 61, mustHavesMet: false, capped: true, requirementPoints: {} }]);
    db.close();
  });
});
