import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { scorePerson } from '@/lib/scoring';
import { seedPosting } from '@/lib/scoring/seed-posting';
import type { Profile } from '@/lib/schema/profile';
import { apiRepo, makeProfile } from '../../scoring/profiles';
import { csvOf, toCsv } from '@/lib/files';
import { resetDatabase } from '../../support/database';

const scorer = (profiles: readonly Profile[]) => scorePerson(profiles, [seedPosting]);
const capture = (login: string, fields: Parameters<typeof makeProfile>[0] = {}) =>
  repo.saveCapture({ profile: makeProfile({ login, ...fields }), scorePerson: scorer, url: `https://github.com/${login}` });
const P = seedPosting.id;

beforeEach(async () => {
  await resetDatabase();
  await repo.ensureSeedPosting();
});

describe('matches rows', () => {
  it('hold the summary, the rank, the stage, the tags and whether there are notes, for everyone captured', async () => {
    await capture('ines', { name: 'Inês', bio: 'Go services on Kubernetes', repositories: [apiRepo('ines', 'sched', { language: 'Go' })] });
    await capture('bo', { bio: 'React' });
    await repo.setStatus(['github:ines'], P, 'contacted');
    await repo.addTags(['github:ines', 'github:bo'], ['referral', ' remote ']);
    await repo.addNote('github:bo', 'Asked about salary');

    const rows = await repo.loadMatchRows(P);
    const ines = rows.find((r) => r.login === 'ines')!;
    expect(ines).toMatchObject({ name: 'Inês', headline: 'Go services on Kubernetes', sites: ['github'], status: 'contacted', tags: ['referral', 'remote'], hasNotes: false });
    expect(ines.total).toBe((await repo.getScore('github:ines', P))!.total);
    expect(rows.find((r) => r.login === 'bo')).toMatchObject({ status: 'new', hasNotes: true, mustHavesMet: false });
    expect(await repo.candidatesWithNotesMatching('SALARY')).toEqual(new Set(['github:bo']));
    expect(await repo.allTags()).toEqual(['referral', 'remote']);
  });

  it('the first rows come best first through the rank index, with the same fields as the full list', async () => {
    await capture('ines', { bio: 'Go services on Kubernetes', repositories: [apiRepo('ines', 'sched', { language: 'Go' })] });
    await capture('bo', { bio: 'React' });
    await capture('cy', { bio: 'Ruby on Rails and Docker' });
    await repo.addNote('github:bo', 'x');
    const all = await repo.loadMatchRows(P);
    const best = [...all].sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
    const top = await repo.loadTopMatchRows(P, 2);
    expect(top).toEqual(best.slice(0, 2));
    expect(await repo.loadTopMatchRows(P, 10)).toHaveLength(3);
  });

  it('a CSV from the small rows is the same file as one from the full records', async () => {
    await capture('ines', { name: 'Inês', email: 'ines@example.org', bio: 'Go services on Kubernetes', repositories: [apiRepo('ines', 'sched', { language: 'Go' })] });
    await capture('bo', { bio: '=cmd|calc' });
    await repo.setStatus(['github:ines'], P, 'contacted');
    await repo.addTags(['github:bo'], ['remote']);
    await repo.addNote('github:ines', 'first', { now: new Date('2026-11-01T00:00:00Z') });
    await repo.addNote('github:ines', 'second', { now: new Date('2026-11-02T00:00:00Z') });
    const keys = ['github:bo', 'github:ines'];
    const full = toCsv({ posting: seedPosting, title: 't', exportedAt: '2026-11-25T00:00:00.000Z', candidates: await repo.loadForExport(P, keys) });
    const small = csvOf({ posting: seedPosting }, await repo.loadCsvRows(P, keys));
    expect(small).toBe(full);
    // Hundreds of keys take the whole-table path; people not stored are skipped: the same file.
    const many = [...Array.from({ length: 600 }, (_, i) => `github:gone-${i}`), ...keys];
    expect(csvOf({ posting: seedPosting }, await repo.loadCsvRows(P, many))).toBe(full);
    expect(small).toContain("'=cmd|calc");
    expect(small).toContain('second / first');
  });

  it('keep the newest three notes in the summary as they are added, edited, deleted and merged', async () => {
    await capture('ines');
    await capture('ines-alt');
    const day = (d: number) => new Date(Date.UTC(2026, 10, d));
    const first = await repo.addNote('github:ines', 'one', { now: day(1) });
    await repo.addNote('github:ines', 'two', { now: day(2) });
    await repo.addNote('github:ines', 'three', { now: day(3) });
    await repo.addNote('github:ines', 'x'.repeat(2_000), { now: day(4) });
    const preview = async () => (await db.summaries.get('github:ines'))!.latestNotes;
    expect(await preview()).toEqual([`${'x'.repeat(487)}… (truncated)`, 'three', 'two']);
    await repo.updateNote((await repo.listNotes('github:ines'))[0]!.id, { text: 'four' });
    expect(await preview()).toEqual(['four', 'three', 'two']);
    await repo.deleteNote((await repo.listNotes('github:ines'))[0]!.id);
    expect(await preview()).toEqual(['three', 'two', 'one']);
    await repo.addNote('github:ines-alt', 'from the other profile', { now: day(5) });
    await repo.mergeCandidates('github:ines', 'github:ines-alt', scorer);
    expect(await preview()).toEqual(['from the other profile', 'three', 'two']);
    await repo.deleteNote(first.id);
    expect((await repo.loadMatchRows(P))[0]!.hasNotes).toBe(true);
  });

  it('follow a re-score: the rank copy changes with the score', async () => {
    await capture('ines');
    const rescored = { ...(await repo.getScore('github:ines', P))!, total: 99 };
    await repo.putScores([rescored]);
    expect((await repo.loadMatchRows(P))[0]!.total).toBe(99);
  });

  it('merging two candidates keeps one row, with the stage, tags and shortlist places carried over', async () => {
    await capture('ines');
    await capture('ines-alt');
    await repo.setStatus(['github:ines-alt'], P, 'interviewing');
    await repo.addTags(['github:ines-alt'], ['referral']);
    const list = await repo.createShortlist(P, 'Round 1');
    await repo.addToShortlist(list.id, ['github:ines-alt']);
    await repo.mergeCandidates('github:ines', 'github:ines-alt', scorer);

    const rows = await repo.loadMatchRows(P);
    expect(rows.map((r) => r.candidateKey)).toEqual(['github:ines']);
    expect(rows[0]).toMatchObject({ status: 'interviewing', tags: ['referral'] });
    expect((await repo.getShortlist(list.id))!.candidateKeys).toEqual(['github:ines']);
    expect(await db.ranks.count()).toBe(1);
  });
});

describe('pipeline stages and tags', () => {
  it('keeps an edited stage list, trimmed, without repeats, never empty', async () => {
    expect(await repo.getStatuses()).toEqual(['new', 'shortlisted', 'contacted', 'replied', 'interviewing', 'rejected', 'hired']);
    expect(await repo.setStatuses([' new ', 'phone screen', 'new', '', 'offer'])).toEqual(['new', 'phone screen', 'offer']);
    expect(await repo.getStatuses()).toEqual(['new', 'phone screen', 'offer']);
    await expect(repo.setStatuses(['  '])).rejects.toThrow(/at least one/);
  });

  it('sets a stage for a whole selection in one go, per posting', async () => {
    await capture('a');
    await capture('b');
    await capture('c');
    await repo.setStatus(['github:a', 'github:c'], P, 'rejected');
    expect(await Promise.all(['a', 'b', 'c'].map((login) => repo.getStatus(`github:${login}`, P)))).toEqual(['rejected', 'new', 'rejected']);
    expect(await repo.getStatus('github:a', 'another-posting')).toBe('new');
    await expect(repo.setStatus(['github:a'], P, '')).rejects.toThrow();
  });

  it('removes a tag from some candidates only', async () => {
    await repo.addTags(['github:a', 'github:b'], ['remote', 'referral']);
    await repo.removeTag(['github:a'], 'remote');
    expect(await repo.getTags('github:a')).toEqual(['referral']);
    expect(await repo.getTags('github:b')).toEqual(['remote', 'referral']);
  });
});

describe('shortlists', () => {
  it('are named and ordered per posting: add, reorder, remove, rename, delete', async () => {
    const list = await repo.createShortlist(P, 'Go backend – round 1');
    await repo.addToShortlist(list.id, ['github:a', 'github:b', 'github:c', 'github:a']);
    expect((await repo.getShortlist(list.id))!.candidateKeys).toEqual(['github:a', 'github:b', 'github:c']);
    await repo.moveInShortlist(list.id, 'github:c', 0);
    await repo.moveInShortlist(list.id, 'github:a', 99);
    expect((await repo.getShortlist(list.id))!.candidateKeys).toEqual(['github:c', 'github:b', 'github:a']);
    await repo.removeFromShortlist(list.id, 'github:b');
    await repo.renameShortlist(list.id, 'Round 2');
    expect(await repo.getShortlist(list.id)).toMatchObject({ name: 'Round 2', candidateKeys: ['github:c', 'github:a'] });
    expect((await repo.listShortlists(P)).map((l) => l.name)).toEqual(['Round 2']);
    expect(await repo.listShortlists('other')).toEqual([]);
    await expect(repo.renameShortlist(list.id, '   ')).rejects.toThrow();
    await repo.deleteShortlist(list.id);
    await expect(repo.addToShortlist(list.id, ['github:x'])).rejects.toThrow(/no longer exists/);
  });

  it('go with their posting when it is deleted', async () => {
    const posting = repo.newPosting(new Date(), { title: 'Temporary' });
    const saved = await repo.savePosting(posting);
    if (!saved.ok) throw new Error(saved.error);
    await repo.createShortlist(saved.posting.id, 'Temp list');
    await repo.setStatus(['github:a'], saved.posting.id, 'contacted');
    await repo.deletePosting(saved.posting.id);
    expect(await repo.listShortlists(saved.posting.id)).toEqual([]);
    expect(await db.pipeline.count()).toBe(0);
  });
});
