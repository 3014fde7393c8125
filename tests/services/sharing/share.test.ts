import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { capture, enter, importText, leave, P, reset, rowsOf } from '../../support/two-browsers';

beforeEach(reset);

/** The recruiter's side: three people captured, two shortlisted, notes private and shared. */
async function recruiterShares() {
  await repo.setAuthorName('Ana Recruiter');
  await capture('ines');
  await capture('bo', 'Ruby');
  await capture('carla');
  const list = await repo.createShortlist(P, 'Go backend, round 1');
  await repo.addToShortlist(list.id, ['github:ines', 'github:bo']);
  const salary = await repo.addNote('github:ines', 'Asked for 120k, do not share');
  const shared = await repo.addNote('github:ines', 'Strong Go; ask about Kubernetes', { visibility: 'shared' });
  await repo.addNote('github:bo', 'Maintains a popular Rails gem', { visibility: 'shared' });
  await repo.setStatus(['github:ines'], P, 'contacted');
  await repo.addTags(['github:ines'], ['expensive']);
  const share = await repo.exportShareFile(list.id, new Date('2026-11-02T10:00:00Z'));
  return { list, salary, shared, share };
}

describe('sharing a shortlist with a hiring manager', () => {
  it('puts the members, their evidence and shared notes in the file, and nothing private', async () => {
    const { share, salary } = await recruiterShares();
    const file = JSON.parse(share.text);
    expect(file.format).toBe('talent-lens.share');
    expect(file.exportedBy).toBe('Ana Recruiter');
    expect(file.candidates.map((entry: { candidate: { key: string } }) => entry.candidate.key)).toEqual(['github:ines', 'github:bo']);
    expect(file.candidates[0].score.total).toBeGreaterThan(0);
    expect(file.candidates[0].candidate.analysis).toBeDefined();
    expect(share).toMatchObject({ candidates: 2, sharedNotes: 2, privateNotes: 1 });
    expect(share.text).not.toContain(salary.text);
    // The recruiter's pipeline stage and tags are theirs alone.
    expect(share.text).not.toContain('expensive');
    expect(share.text).not.toContain('contacted');
    expect(file.candidates[0].notes[0]).toMatchObject({ author: 'Ana Recruiter', visibility: 'shared' });
  });

  it('previews, then imports in an empty browser; a second import changes nothing', async () => {
    const { share, list } = await recruiterShares();
    await leave();
    const preview = await importText(share.text, true);
    expect(preview).toMatchObject({ kind: 'share', from: 'Ana Recruiter', shortlist: { outcome: 'added' }, candidates: { added: 2, updated: 0 }, notes: { added: 2, conflicts: 0 } });
    expect(await db.candidates.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    const applied = await importText(share.text);
    expect(applied).toEqual(preview);
    const shortlist = await repo.getShortlist(list.id);
    expect(shortlist).toMatchObject({ name: 'Go backend, round 1', candidateKeys: ['github:ines', 'github:bo'], sharedBy: 'Ana Recruiter' });
    expect((await repo.listNotes('github:ines')).map((note) => note.text)).toEqual(['Strong Go; ask about Kubernetes']);
    expect((await repo.getScore('github:ines', P))?.total).toBeGreaterThan(0);
    const before = await rowsOf();
    const again = await importText(share.text);
    expect(repo.changesNothing(again)).toBe(true);
    expect(again.notes).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await rowsOf()).toEqual(before);
  });
});

describe('feedback coming back', () => {
  /** The whole exchange: both edit the same shared note while apart. */
  async function exchange() {
    const { share, list, shared } = await recruiterShares();
    const recruiter = await leave();
    await repo.setAuthorName('Sam Manager');
    await importText(share.text);
    await repo.updateNote(shared.id, { text: 'Strong Go; Kubernetes at work since 2022 (Sam)' });
    await repo.saveMyFeedback(list.id, P, 'github:ines', { verdict: 'advance' });
    await repo.saveMyFeedback(list.id, P, 'github:ines', { rating: { requirementId: 'go', rating: 5 } });
    await repo.saveMyFeedback(list.id, P, 'github:ines', { comment: 'Let us meet her' });
    await repo.saveMyFeedback(list.id, P, 'github:bo', { verdict: 'hold', comment: 'Needs more Go' });
    const feedback = await repo.exportFeedbackFile(list.id, new Date('2026-11-03T10:00:00Z'));
    const manager = await leave();
    await enter(recruiter);
    await repo.updateNote(shared.id, { text: 'Strong Go; asked about Kubernetes: yes, 3 years' });
    return { list, shared, feedback, manager };
  }

  it('brings every verdict, rating and comment back and shows the note both changed as a conflict', async () => {
    const { list, shared, feedback } = await exchange();
    expect(feedback).toMatchObject({ feedback: 2, verdicts: 2, ratings: 1, comments: 2, sharedNotes: 2 });
    const report = await importText(feedback.text);
    expect(report).toMatchObject({ kind: 'feedback', from: 'Sam Manager', notes: { conflicts: 1, unchanged: 1, added: 0 }, feedback: { added: 2 } });
    // Ours stays as it is; theirs waits for a person.
    expect((await db.notes.get(shared.id))?.text).toBe('Strong Go; asked about Kubernetes: yes, 3 years');
    const [conflict] = await repo.listConflicts('github:ines');
    expect(conflict).toMatchObject({ kind: 'note', recordId: shared.id, from: 'Sam Manager', theirs: { text: 'Strong Go; Kubernetes at work since 2022 (Sam)', editedBy: 'Sam Manager' } });
    const ines = await repo.listFeedback('github:ines');
    expect(ines).toHaveLength(1);
    expect(ines[0]).toMatchObject({ author: 'Sam Manager', verdict: 'advance', comment: 'Let us meet her', ratings: [{ requirementId: 'go', rating: 5 }] });
    const summary = repo.summarizeFeedback(await repo.listShortlistFeedback(list.id), (await repo.getShortlist(list.id))!.candidateKeys);
    expect(summary).toEqual({ reviewers: ['Sam Manager'], advance: 1, hold: 1, reject: 0, undecided: 0 });
  });

  it('changes nothing on a second import, and settling the conflict does not bring it back', async () => {
    const { shared, feedback } = await exchange();
    await importText(feedback.text);
    const before = await rowsOf();
    expect(repo.changesNothing(await importText(feedback.text))).toBe(true);
    expect(await rowsOf()).toEqual(before);

    const [conflict] = await repo.listConflicts('github:ines');
    await repo.resolveConflict(conflict!.id, 'both');
    expect((await repo.listNotes('github:ines')).map((note) => note.text).sort()).toEqual([
      'Asked for 120k, do not share',
      'Strong Go; Kubernetes at work since 2022 (Sam)',
      'Strong Go; asked about Kubernetes: yes, 3 years',
    ]);
    const afterSettling = await importText(feedback.text);
    expect(afterSettling.notes.conflicts).toBe(0);
    expect(await repo.listConflicts('github:ines')).toEqual([]);
    expect((await db.notes.get(shared.id))?.text).toBe('Strong Go; asked about Kubernetes: yes, 3 years');
  });

  it('takes their edit when only they changed the note', async () => {
    const { share, list, shared } = await recruiterShares();
    const recruiter = await leave();
    await repo.setAuthorName('Sam Manager');
    await importText(share.text);
    await repo.updateNote(shared.id, { text: 'Edited by Sam only' });
    const feedback = await repo.exportFeedbackFile(list.id);
    await enter(recruiter);
    const report = await importText(feedback.text);
    expect(report.notes).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await db.notes.get(shared.id))).toMatchObject({ text: 'Edited by Sam only', author: 'Ana Recruiter', editedBy: 'Sam Manager' });
    expect((await repo.listNotes('github:ines'))[0]?.text).toBeDefined();
    expect((await repo.loadMatchRows(P)).find((row) => row.login === 'ines')).toBeDefined();
  });

  it.each([
    ['theirs', 'Edited by Sam'],
    ['mine', 'Edited by Ana'],
  ] as const)('settles a conflict by keeping %s, and the other side takes the settled note without a new conflict', async (choice, kept) => {
    const { share, list, shared } = await recruiterShares();
    const recruiter = await leave();
    await importText(share.text);
    await repo.updateNote(shared.id, { text: 'Edited by Sam' });
    const feedback = await repo.exportFeedbackFile(list.id);
    const manager = await leave();
    await enter(recruiter);
    await repo.updateNote(shared.id, { text: 'Edited by Ana' });
    await importText(feedback.text);
    const [conflict] = await repo.listConflicts('github:ines');
    await repo.resolveConflict(conflict!.id, choice);
    expect((await db.notes.get(shared.id))?.text).toBe(kept);
    expect(await db.conflicts.count()).toBe(0);
    const reshare = await repo.exportShareFile(list.id);
    await enter(manager);
    const report = await importText(reshare.text);
    expect(report.notes).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await db.notes.get(shared.id))?.text).toBe(kept);
  });
});

describe('deletions travel as tombstones', () => {
  it('a shared note deleted by the recruiter is deleted for the manager on the next share', async () => {
    const { share, list, shared } = await recruiterShares();
    await repo.deleteNote(shared.id);
    expect((await db.notes.get(shared.id))).toMatchObject({ text: '', deletedAt: expect.any(String) });
    const second = await repo.exportShareFile(list.id);
    await leave();
    await importText(share.text);
    expect((await repo.listNotes('github:ines')).map((note) => note.id)).toContain(shared.id);
    const report = await importText(second.text);
    expect(report.notes).toMatchObject({ deleted: 1, conflicts: 0 });
    expect((await repo.listNotes('github:ines')).map((note) => note.id)).not.toContain(shared.id);
    // An older file met later cannot bring it back.
    expect((await importText(share.text)).notes.added).toBe(0);
    expect((await repo.listNotes('github:ines')).map((note) => note.id)).not.toContain(shared.id);
  });

  it('deleted there while edited here is a conflict, never a silent loss', async () => {
    const { share, list, shared } = await recruiterShares();
    const recruiter = await leave();
    await importText(share.text);
    await repo.deleteNote(shared.id);
    const feedback = await repo.exportFeedbackFile(list.id);
    await enter(recruiter);
    await repo.updateNote(shared.id, { text: 'Edited after sharing' });
    const report = await importText(feedback.text);
    expect(report.notes).toMatchObject({ deleted: 0, conflicts: 1 });
    expect((await db.notes.get(shared.id))?.text).toBe('Edited after sharing');
    const [conflict] = await repo.listConflicts('github:ines');
    expect(conflict?.kind === 'note' && conflict.theirs.deletedAt).toBeTruthy();
    await repo.resolveConflict(conflict!.id, 'theirs');
    expect((await repo.listNotes('github:ines')).map((note) => note.id)).not.toContain(shared.id);
  });
});

describe('an import is all or nothing', () => {
  it('leaves every table as it was when a write fails half way', async () => {
    const { feedback } = await (async () => {
      const { share, list, shared } = await recruiterShares();
      const recruiter = await leave();
      await importText(share.text);
      await repo.updateNote(shared.id, { text: 'Sam' });
      await repo.saveMyFeedback(list.id, P, 'github:ines', { verdict: 'reject' });
      const file = await repo.exportFeedbackFile(list.id);
      await enter(recruiter);
      return { feedback: file };
    })();
    const before = await rowsOf();
    const original = db.feedback.bulkPut.bind(db.feedback);
    db.feedback.bulkPut = (() => Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof db.feedback.bulkPut;
    try {
      await expect(importText(feedback.text)).rejects.toThrow('QuotaExceededError');
    } finally {
      db.feedback.bulkPut = original;
    }
    expect(await rowsOf()).toEqual(before);
  });
});
