import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TalentDB } from '@/lib/db/db';

const NAME = 'talent-lens-migration-v3-test';

/** The version 2 schema exactly as it shipped (version 1 then 2). */
function openV2(): Dexie {
  const v2 = new Dexie(NAME);
  v2.version(1).stores({ candidates: 'key, site, scoreTotal, updatedAt', notes: 'id, candidateKey, updatedAt', postings: 'id, updatedAt', tabs: 'tabId', settings: 'key' });
  v2.version(2).stores({ candidates: 'key, site, updatedAt', scores: '[candidateKey+postingId], candidateKey, [postingId+total]' });
  return v2;
}

afterEach(() => Dexie.delete(NAME));

describe('schema v2 → v3', () => {
  it('adds the HTTP cache and enrichment tables and leaves every existing row alone', async () => {
    const v2 = openV2();
    const candidate = { key: 'github:ada', site: 'github', login: 'ada', profileUrl: 'https://github.com/ada', profile: { site: 'github', login: 'ada' }, updatedAt: '2026-10-02T00:00:00.000Z' };
    await v2.table('candidates').add(candidate);
    await v2.table('scores').add({ candidateKey: 'github:ada', postingId: 'p', total: 50 });
    await v2.table('settings').add({ key: 'activePostingId', value: 'p' });
    v2.close();

    const db = new TalentDB(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.candidates.toArray()).toEqual([expect.objectContaining(candidate)]);
    expect(await db.scores.count()).toBe(1);
    expect(await db.settings.get('activePostingId')).toEqual({ key: 'activePostingId', value: 'p' });
    expect(await db.httpCache.count()).toBe(0);
    expect(await db.enrichment.count()).toBe(0);

    await db.httpCache.put({ url: 'https://api.github.com/users/ada', etag: 'W/"1"', body: { login: 'ada' }, storedAt: '2026-10-03T00:00:00.000Z' });
    await db.enrichment.put({ candidateKey: 'github:ada', login: 'ada', checkedAt: '2026-10-03T00:00:00.000Z' });
    expect(await db.httpCache.get('https://api.github.com/users/ada')).toMatchObject({ etag: 'W/"1"' });
    expect(await db.enrichment.get('github:ada')).toMatchObject({ login: 'ada' });
    db.close();
  });
});
