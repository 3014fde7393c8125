import { beforeEach, describe, expect, it } from 'vitest';
import * as repo from '@/lib/services';
import { parseSharedFile, readSharedFile, SHARED_FILE_MAX_BYTES } from '@/lib/files/share';
import { capture, fileOf, importText, leave, P, reset, rowsOf } from '../../support/two-browsers';

beforeEach(reset);

/** A real share file from an invented recruiter, and the manager's browser holding it already. */
async function setUp() {
  await repo.setAuthorName('Ana');
  await capture('ines');
  await capture('bo');
  const list = await repo.createShortlist(P, 'Round 1');
  await repo.addToShortlist(list.id, ['github:ines', 'github:bo']);
  await repo.addNote('github:ines', 'Strong Go', { visibility: 'shared' });
  const { text } = await repo.exportShareFile(list.id, new Date('2026-11-02T10:00:00Z'));
  await leave();
  await repo.setAuthorName('Sam');
  await importText(text);
  await repo.saveMyFeedback(list.id, P, 'github:ines', { verdict: 'advance' });
  const feedback = (await repo.exportFeedbackFile(list.id, new Date('2026-11-03T10:00:00Z'))).text;
  return { share: JSON.parse(text), feedback: JSON.parse(feedback) };
}

/** Fails to read with a message matching `error`, and leaves every table exactly as it was. */
async function refusedUnchanged(text: string | Blob, error: RegExp) {
  const before = await rowsOf();
  const read = await readSharedFile(typeof text === 'string' ? fileOf(text) : text);
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.error).toMatch(error);
  await expect(importText(typeof text === 'string' ? text : await text.text())).rejects.toThrow(error);
  expect(await rowsOf()).toEqual(before);
}

describe('bad share and feedback files', () => {
  it('refuses a truncated file', async () => {
    const { share } = await setUp();
    const text = JSON.stringify(share);
    await refusedUnchanged(text.slice(0, Math.floor(text.length * 0.6)), /Not valid JSON.*cut short/);
  });

  it('refuses a file that is not one of ours, or of a wrong or future version', async () => {
    const { share, feedback } = await setUp();
    await refusedUnchanged(JSON.stringify({ ...share, format: 'other.app' }), /Not a Talent Lens shared shortlist or feedback file/);
    await refusedUnchanged(JSON.stringify({ ...share, version: 2 }), /made by a newer version of Talent Lens \(version 2; this one reads version 1\)/);
    await refusedUnchanged(JSON.stringify({ ...feedback, version: 0 }), /Invalid feedback file: version/);
    await refusedUnchanged(JSON.stringify({ ...share, version: '1' }), /Invalid shared shortlist: version/);
  });

  it('refuses a 50 MB file before reading it', async () => {
    await setUp();
    const huge = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    let read = false;
    const watched = Object.assign(huge, { text: () => ((read = true), Blob.prototype.text.call(huge)) });
    const before = await rowsOf();
    const result = await readSharedFile(watched);
    expect(result).toEqual({ ok: false, error: `That file is 50.0 MB; a shared shortlist or feedback file can be at most ${SHARED_FILE_MAX_BYTES / 1024 / 1024} MB.` });
    expect(read).toBe(false);
    expect(await rowsOf()).toEqual(before);
  });

  it('refuses duplicate ids of candidates, notes and feedback', async () => {
    const { share, feedback } = await setUp();
    await refusedUnchanged(JSON.stringify({ ...share, candidates: [share.candidates[0], share.candidates[0]] }), /candidates: the candidate id "github:ines" appears twice/);
    const note = feedback.notes[0];
    await refusedUnchanged(JSON.stringify({ ...feedback, notes: [note, { ...note, text: 'other' }] }), /notes: the note id ".+" appears twice/);
    await refusedUnchanged(JSON.stringify({ ...feedback, feedback: [feedback.feedback[0], feedback.feedback[0]] }), /feedback: the feedback id ".+" appears twice/);
  });

  it('refuses dates in the future and times that are not dates', async () => {
    const { share, feedback } = await setUp();
    const future = '2099-01-01T00:00:00.000Z';
    await refusedUnchanged(JSON.stringify({ ...feedback, notes: [{ ...feedback.notes[0], updatedAt: future }] }), /notes\.0\.updatedAt: 2099-01-01T00:00:00.000Z is in the future/);
    await refusedUnchanged(JSON.stringify({ ...feedback, feedback: [{ ...feedback.feedback[0], createdAt: 'yesterday' }] }), /feedback\.0\.createdAt: "yesterday" is not a date/);
    await refusedUnchanged(JSON.stringify({ ...share, exportedAt: future }), /exportedAt: .* is in the future/);
  });

  it('refuses out-of-range ratings and verdicts', async () => {
    const { feedback } = await setUp();
    const item = feedback.feedback[0];
    await refusedUnchanged(JSON.stringify({ ...feedback, feedback: [{ ...item, ratings: [{ requirementId: 'go', rating: 11 }] }] }), /feedback\.0\.ratings\.0\.rating/);
    await refusedUnchanged(JSON.stringify({ ...feedback, feedback: [{ ...item, verdict: 'hire-now' }] }), /feedback\.0\.verdict/);
  });

  it('reads __proto__ keys as nothing: no prototype changes, nothing stored under them', async () => {
    const { feedback } = await setUp();
    const text = JSON.stringify(feedback)
      .replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"verdict":', '"__proto__":{"isAdmin":true},"verdict":');
    const parsed = parseSharedFile(text);
    expect(parsed.ok).toBe(true);
    await importText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const [item] = await repo.listFeedback('github:ines');
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect((item as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('keeps HTML and script in every text field as plain text', async () => {
    const { feedback } = await setUp();
    const payload = '<img src=x onerror="window.__pwned=1"><script>alert(1)</script>';
    const item = feedback.feedback[0];
    const note = feedback.notes[0];
    const hostile = {
      ...feedback,
      exportedBy: payload.slice(0, 80),
      shortlist: { ...feedback.shortlist, name: payload },
      feedback: [{ ...item, comment: payload, author: payload.slice(0, 80), rev: 'rev-hostile', history: [...item.history, item.rev] }],
      notes: [{ ...note, text: payload, editedBy: payload.slice(0, 80), rev: 'note-hostile', history: [...note.history, note.rev] }],
    };
    const report = await importText(JSON.stringify(hostile));
    expect(report).toMatchObject({ from: payload.slice(0, 80), notes: { updated: 1 }, feedback: { updated: 1 } });
    expect((await repo.listNotes('github:ines'))[0]?.text).toBe(payload);
    expect((await repo.listFeedback('github:ines'))[0]?.comment).toBe(payload);
  });

  it('skips notes and feedback about people not held here, and says how many', async () => {
    const { feedback } = await setUp();
    const stranger = { ...feedback.feedback[0], id: 'x/github:nobody/y', candidateKey: 'github:nobody' };
    const report = await importText(JSON.stringify({ ...feedback, feedback: [...feedback.feedback, stranger] }));
    expect(report.skipped).toBe(1);
    expect(await repo.listFeedback('github:nobody')).toEqual([]);
  });
});
