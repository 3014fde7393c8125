import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, TalentDB } from '@/lib/db/db';
import { ANALYSIS_VERSION } from '@/lib/schema/analysis';

const NAME = 'talent-lens-migrations-v7';
afterEach(() => Dexie.delete(NAME));

const AT = '2026-10-01T00:00:00.000Z';
const profile = { site: 'github', login: 'ada', url: 'https://github.com/ada', socialLinks: [], organizations: [], pinned: [], capturedAt: AT };
const candidate = (analysis?: object) => ({
  key: 'github:ada',
  site: 'github',
  login: 'ada',
  profileUrl: 'https://github.com/ada',
  profile,
  firstSeenAt: AT,
  updatedAt: AT,
  linked: [],
  profileKeys: ['github:ada'],
  linkKeys: [],
  keptApart: [],
  ...(analysis ? { analysis } : {}),
});
const scoreRow = { candidateKey: 'github:ada', postingId: 'seed', total: 39, result: { postingId: 'seed', total: 39 }, postingUpdatedAt: AT, scoredAt: AT };

async function atVersion6(analysis?: object): Promise<void> {
  const old = new Dexie(NAME);
  SCHEMA_VERSIONS.slice(0, 6).forEach(({ stores }, index) => old.version(index + 1).stores(stores));
  await old.table('candidates').add(candidate(analysis));
  await old.table('scores').add(scoreRow);
  old.close();
}

describe('schema 7: scores and analyses of scorer v2 are upgraded by the background re-score', () => {
  it('drops a v2 analysis and marks every score stale, keeping the candidate and the old total until re-scored', async () => {
    await atVersion6({ version: 2, vocabulary: 'old', skills: { go: [] } });
    const db = new TalentDB(NAME);
    await db.open();
    const stored = await db.candidates.get('github:ada');
    expect(stored).toMatchObject({ key: 'github:ada', profile });
    expect(stored).not.toHaveProperty('analysis');
    expect(await db.scores.toArray()).toEqual([{ ...scoreRow, postingUpdatedAt: new Date(0).toISOString() }]);
    db.close();
  });

  it('keeps an analysis already made by the current scorer', async () => {
    await atVersion6({ version: ANALYSIS_VERSION, vocabulary: 'v', skills: {} });
    const db = new TalentDB(NAME);
    await db.open();
    expect((await db.candidates.get('github:ada'))?.analysis).toMatchObject({ version: ANALYSIS_VERSION });
    db.close();
  });
});
