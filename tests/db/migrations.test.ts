import { CURRENT_SCHEMA_VERSION } from '@/lib/db/open';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TalentDB } from '@/lib/db/db';
import type { CandidateV1 } from '@/lib/db/migrations';
import type { ScoreResult } from '@/lib/schema/score';

const NAME = 'talent-lens-migration-test';

/** The version 1 schema exactly as it shipped. */
function openV1(): Dexie {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({
    candidates: 'key, site, scoreTotal, updatedAt',
    notes: 'id, candidateKey, updatedAt',
    postings: 'id, updatedAt',
    tabs: 'tabId',
    settings: 'key',
  });
  return v1;
}

const v1Score = (total: number): ScoreResult => ({
  postingId: 'seed-backend-ci-cd',
  total,
  confidence: 'high',
  confidenceReasons: [],
  mustHavesMissing: [],
  capped: false,
  requirements: [],
});

const v1Candidate = (login: string, total?: number): CandidateV1 => ({
  key: `github:${login}`,
  site: 'github',
  login,
  profileUrl: `https://github.com/${login}`,
  profile: { site: 'github', login, url: `https://github.com/${login}`, socialLinks: [], organizations: [], pinned: [], capturedAt: '2026-10-01T00:00:00.000Z' },
  firstSeenAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-02T00:00:00.000Z',
  ...(total === undefined ? {} : { score: v1Score(total), scoreTotal: total }),
});

afterEach(() => Dexie.delete(NAME));

describe('schema v1 → v2', () => {
  it('moves each embedded score to the scores table and keeps every other row intact', async () => {
    const v1 = openV1();
    await v1.table('candidates').bulkAdd([v1Candidate('ada', 72), v1Candidate('linus', 90), v1Candidate('noscore')]);
    await v1.table('notes').add({ id: 'n1', candidateKey: 'github:ada', text: 'met at GopherCon', createdAt: '2026-10-03T00:00:00.000Z', updatedAt: '2026-10-03T00:00:00.000Z' });
    await v1.table('settings').add({ key: 'activePostingId', value: 'seed-backend-ci-cd' });
    v1.close();

    const db = new TalentDB(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION); // every version in one open

    const candidates = await db.candidates.orderBy('key').toArray();
    expect(candidates.map((c) => c.login)).toEqual(['ada', 'linus', 'noscore']);
    for (const candidate of candidates) {
      expect(candidate).not.toHaveProperty('score');
      expect(candidate).not.toHaveProperty('scoreTotal');
      expect(candidate.profile.url).toBe(`https://github.com/${candidate.login}`);
      expect(candidate.firstSeenAt).toBe('2026-10-01T00:00:00.000Z');
      expect(candidate.profileKeys).toEqual([candidate.key]);
    }
    const scores = await db.scores.toArray();
    expect(scores.map((s) => [s.candidateKey, s.postingId, s.total]).sort()).toEqual([
      ['github:ada', 'seed-backend-ci-cd', 72],
      ['github:linus', 'seed-backend-ci-cd', 90],
    ]);
    expect(scores.every((s) => s.result.total === s.total && s.scoredAt === '2026-10-02T00:00:00.000Z')).toBe(true);
    expect(await db.notes.get('n1')).toMatchObject({ text: 'met at GopherCon' });
    expect(await db.settings.get('activePostingId')).toMatchObject({ value: 'seed-backend-ci-cd' });
    db.close();
  });
});
