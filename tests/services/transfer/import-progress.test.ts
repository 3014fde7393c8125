import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { importBundleFile, importCandidates } from '@/lib/services';
import { toBundle } from '@/lib/files';
import type { JobPhase } from '@/lib/long-job';
import { manyCandidates, manyInput } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

type Report = [done: number, total: number, phase: JobPhase];

/** Every table, every row: what "nothing was changed" means. */
const everyTable = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));

const fileOf = (text: string) => new Blob([text], { type: 'application/json' });

/** A bundle of `count` people, and a job whose controller aborts at the first report `cancelAt` accepts. */
function cancelling(cancelAt: (report: Report) => boolean) {
  const controller = new AbortController();
  const reports: Report[] = [];
  const job = {
    signal: controller.signal,
    onProgress: (done: number, total: number, phase: JobPhase) => {
      reports.push([done, total, phase]);
      if (!controller.signal.aborted && cancelAt([done, total, phase])) controller.abort();
    },
  };
  return { job, reports, controller };
}

const BIG = 10_000;
const MIDDLE = 2_500;
let bigBundle: string;
let middleBundle: string;
beforeAll(() => {
  bigBundle = toBundle(manyInput(BIG));
  middleBundle = toBundle(manyInput(MIDDLE, 'new'));
});

/** A store that already holds people, stages, tags and notes, some of which the bundle would change. */
async function storeWithData(): Promise<void> {
  await importCandidates(posting, manyCandidates(600, 'new').map((item, i) => (i % 2 ? { ...item, candidate: { ...item.candidate, updatedAt: '2020-01-01T00:00:00.000Z' } } : item)));
}

beforeEach(resetDatabase);

describe('importing a bundle file as a long job', () => {
  it(`reports reading, then checking and writing in order up to the total, for ${BIG.toLocaleString('en')} candidates`, async () => {
    const { job, reports } = cancelling(() => false);
    const result = await importBundleFile(fileOf(bigBundle), job);
    expect(result).toEqual({ outcome: 'imported', counts: { added: BIG, updated: 0, unchanged: 0, notesAdded: BIG }, cancelTooLate: false });
    expect(reports[0]).toEqual([0, 0, 'reading']);
    const phases = [...new Set(reports.map(([, , phase]) => phase))];
    expect(phases).toEqual(['reading', 'checking', 'writing']);
    for (const phase of ['checking', 'writing'] as const) {
      const dones = reports.filter(([, , p]) => p === phase).map(([done, total]) => (expect(total).toBe(BIG), done));
      expect(dones[0]).toBe(0);
      expect(dones.at(-1)).toBe(BIG);
      expect(dones.length).toBeGreaterThan(5);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
    }
    expect(await db.candidates.count()).toBe(BIG);
    expect(await db.notes.count()).toBe(BIG);
  }, 120_000);

  const phases: [string, (report: Report) => boolean][] = [
    ['while reading the file', ([, , phase]) => phase === 'reading'],
    ['while checking', ([done, , phase]) => phase === 'checking' && done >= 500],
    ['before the write starts', ([done, , phase]) => phase === 'writing' && done === 0],
    ['in the middle of the write, after rows were written', ([done, , phase]) => phase === 'writing' && done >= 1_000],
    ['after the last rows, before the transaction ends', ([done, total, phase]) => phase === 'writing' && done === total],
  ];
  it.each(phases)('cancelled %s: says so, and every table is as it was', async (_, cancelAt) => {
    await storeWithData();
    const before = await everyTable();
    const { job, reports } = cancelling(cancelAt);
    expect(await importBundleFile(fileOf(middleBundle), job)).toEqual({ outcome: 'cancelled' });
    expect(reports.some(cancelAt)).toBe(true);
    expect(await everyTable()).toEqual(before);
  }, 60_000);

  it('a cancel after it finished changes nothing: the import stands', async () => {
    await storeWithData();
    const { job, controller } = cancelling(() => false);
    const result = await importBundleFile(fileOf(middleBundle), job);
    expect(result).toMatchObject({ outcome: 'imported', cancelTooLate: false, counts: { added: MIDDLE - 600, updated: 300, unchanged: 300 } });
    const after = await everyTable();
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await everyTable()).toEqual(after);
    expect(await db.candidates.count()).toBe(MIDDLE);
  }, 60_000);

  it('refuses an invalid candidate deep in the file by its place, and writes nothing', async () => {
    const bundle = JSON.parse(middleBundle);
    bundle.candidates[1_234].tags = [42];
    const before = await everyTable();
    const result = await importBundleFile(fileOf(JSON.stringify(bundle)), {});
    expect(result).toEqual({ outcome: 'refused', error: expect.stringMatching(/^Invalid bundle: candidates\.1234\.tags\.0: /) });
    expect(await everyTable()).toEqual(before);
  }, 60_000);
});
