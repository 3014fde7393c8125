import { beforeEach, describe, expect, it } from 'vitest';
import { importCandidates, loadForExport } from '@/lib/services';
import { JobCancelled, type JobPhase } from '@/lib/long-job';
import { manyCandidates } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

const people = manyCandidates(1_700);
const keys = people.map((p) => p.candidate.key);

beforeEach(async () => {
  await resetDatabase();
  await importCandidates(posting, people);
});

describe('loading an export as a long job', () => {
  it('reports the full records loaded, in order up to the total, and returns everyone in order', async () => {
    const reports: [number, number, JobPhase][] = [];
    const rows = await loadForExport(posting.id, keys, { onProgress: (done, total, phase) => void reports.push([done, total, phase]) });
    expect(rows.map((row) => row.candidate.key)).toEqual(keys);
    // Chunks may arrive in any order; the count only grows.
    const dones = reports.map(([done]) => done);
    expect(dones).toHaveLength(5);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones.at(-1)).toBe(1_700);
    expect(reports.every(([, total, phase]) => total === 1_700 && phase === 'loading')).toBe(true);
  }, 30_000);

  it('stops at a cancel', async () => {
    const controller = new AbortController();
    const job = { signal: controller.signal, onProgress: (done: number) => void (done >= 500 && controller.abort()) };
    await expect(loadForExport(posting.id, keys, job)).rejects.toBeInstanceOf(JobCancelled);
  }, 30_000);
});
