import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { importCandidates, importSharedFile } from '@/lib/services';
import { parseSharedFile } from '@/lib/files/share';
import type { JobPhase } from '@/lib/long-job';
import { manyCandidates, manyShared } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

const everyTable = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));

function sharedOf(count: number) {
  const read = parseSharedFile(manyShared(count), new Date('2026-12-01T00:00:00Z'));
  if (!read.ok) throw new Error(read.error);
  return read.shared;
}

beforeEach(resetDatabase);

describe('importing a shared shortlist as a long job', () => {
  it('reports the candidates written in order, and a cancel mid-write rolls everything back', async () => {
    await importCandidates(posting, manyCandidates(40, 'held'));
    const before = await everyTable();
    const shared = sharedOf(2_500);
    const controller = new AbortController();
    const reports: [number, number, JobPhase][] = [];
    const job = {
      signal: controller.signal,
      onProgress: (done: number, total: number, phase: JobPhase) => {
        reports.push([done, total, phase]);
        if (done >= 1_000) controller.abort();
      },
    };
    await expect(importSharedFile(shared, { job })).rejects.toThrow('Cancelled.');
    expect(reports.map(([done]) => done)).toEqual([0, 1_000]);
    expect(reports.every(([, total, phase]) => total === 2_500 && phase === 'writing')).toBe(true);
    expect(await everyTable()).toEqual(before);
  }, 30_000);

  it('a cancel once the last candidate row is written, before the transaction ends, rolls back too', async () => {
    const before = await everyTable();
    const controller = new AbortController();
    const job = { signal: controller.signal, onProgress: (done: number, total: number) => void (done === total && controller.abort()) };
    await expect(importSharedFile(sharedOf(1_200), { job })).rejects.toThrow('Cancelled.');
    expect(await everyTable()).toEqual(before);
  }, 30_000);

  it('without a cancel, brings in the shortlist, its people and their shared notes', async () => {
    const report = await importSharedFile(sharedOf(1_200), { job: { signal: new AbortController().signal } });
    expect(report.candidates).toEqual({ added: 1_200, updated: 0, unchanged: 0 });
    expect(report.notes.added).toBe(1_200);
    expect(report.shortlist.outcome).toBe('added');
    expect(await db.shortlists.count()).toBe(1);
  }, 30_000);
});
