import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { addToShortlist, createShortlist, exportShareFile, importCandidates, importSharedFile } from '@/lib/services';
import { parseSharedFile } from '@/lib/files/share';
import { JobCancelled, type JobPhase } from '@/lib/long-job';
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

describe('sharing a big shortlist as a long job', () => {
  async function bigShortlist(count: number) {
    const people = manyCandidates(count, 'member');
    await importCandidates(posting, people);
    const list = await createShortlist(posting.id, 'Round 1');
    await addToShortlist(list.id, people.map((p) => p.candidate.key));
    return list;
  }

  it('reports the members read, up to the total, and writes the whole file', async () => {
    const list = await bigShortlist(1_200);
    const reports: [number, number, JobPhase][] = [];
    const file = await exportShareFile(list.id, new Date(), { onProgress: (done, total, phase) => void reports.push([done, total, phase]) });
    expect(file.candidates).toBe(1_200);
    const dones = reports.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones.at(-1)).toBe(1_200);
    expect(reports.every(([, total, phase]) => total === 1_200 && phase === 'loading')).toBe(true);
  }, 30_000);

  it('stops at a cancel', async () => {
    const list = await bigShortlist(1_200);
    const controller = new AbortController();
    const job = { signal: controller.signal, onProgress: (done: number) => void (done >= 500 && controller.abort()) };
    await expect(exportShareFile(list.id, new Date(), job)).rejects.toBeInstanceOf(JobCancelled);
  }, 30_000);
});
