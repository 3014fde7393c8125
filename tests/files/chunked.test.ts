import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, ExportBundleSchema, parseBundle, readBundle, toBundle, toHtmlReport, writeBundle, writeHtmlReport } from '@/lib/files';
import { bandOf } from '@/lib/scoring/bands';
import { JobCancelled, type JobPhase } from '@/lib/long-job';
import { exportInput, maraEntry } from './fixtures';
import { manyInput } from '../support/many-candidates';

/** The bundle as one JSON.stringify of the whole parsed object, the way it was written before chunking. */
function wholeBundle(input: ReturnType<typeof exportInput>): string {
  const candidates = input.candidates.map(({ candidate, score, status, tags, notes }) => ({ candidate, score, band: score && bandOf(score.total).id, status, tags, notes }));
  const parsed = ExportBundleSchema.parse({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: input.exportedAt, posting: input.posting, title: input.title, candidates });
  return JSON.stringify(parsed, null, 2);
}

const recorder = () => {
  const reports: [number, number, JobPhase][] = [];
  return { reports, job: { onProgress: (done: number, total: number, phase: JobPhase) => void reports.push([done, total, phase]) } };
};

describe('writing and reading files a chunk at a time', () => {
  it.each([0, 1, 2, 1_234])('the bundle of %i candidates is byte for byte what one JSON.stringify gives', async (count) => {
    const input = count === 2 ? exportInput() : manyInput(count);
    expect(toBundle(input)).toBe(wholeBundle(input));
    expect(await writeBundle(input, {})).toBe(wholeBundle(input));
  });

  it('the HTML report written in chunks is the same page', async () => {
    for (const input of [exportInput(), exportInput({ candidates: [] }), exportInput({ blind: true }), manyInput(1_100)]) {
      expect(await writeHtmlReport(input, {})).toBe(toHtmlReport(input));
    }
  });

  it('writing reports progress in order up to the total, and stops on a cancel', async () => {
    const input = manyInput(1_200);
    const { reports, job } = recorder();
    await writeBundle(input, job);
    expect(reports).toEqual([[0, 1_200, 'writing'], [500, 1_200, 'writing'], [1_000, 1_200, 'writing'], [1_200, 1_200, 'writing']]);
    const controller = new AbortController();
    const stopping = { signal: controller.signal, onProgress: (done: number) => done >= 500 && controller.abort() };
    await expect(writeHtmlReport(input, stopping)).rejects.toBeInstanceOf(JobCancelled);
  });

  it('still refuses to write a candidate that would not read back, naming the field', async () => {
    const input = exportInput({ candidates: [maraEntry(), maraEntry({ tags: [42 as unknown as string] })] });
    await expect(writeBundle(input, {})).rejects.toThrow(/^Cannot export: candidates\.1\.tags\.0: /);
  });

  it('reading in chunks gives what parseBundle gives, and the same errors', async () => {
    const text = toBundle(manyInput(700));
    expect(await readBundle(text, {})).toEqual(parseBundle(text));
    const broken = JSON.parse(text);
    broken.candidates[650].candidate.updatedAt = 'yesterday';
    expect(await readBundle(JSON.stringify(broken), {})).toEqual(parseBundle(JSON.stringify(broken)));
    const noPosting = { ...JSON.parse(text), posting: 3 };
    expect(await readBundle(JSON.stringify(noPosting), {})).toEqual(parseBundle(JSON.stringify(noPosting)));
    expect(await readBundle('{', {})).toEqual(parseBundle('{'));
  });
});
