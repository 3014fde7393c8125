// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/db';
import { importCandidates } from '@/lib/services';
import { toBundle } from '@/lib/files';
import { ImportBundle } from '@/components/matches/ImportBundle';
import { ExportButtons } from '@/components/matches/ExportButtons';
import { manyCandidates, manyInput } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

const downloads = vi.hoisted(() => [] as { fileName: string; text: string; type: string }[]);
vi.mock('@/components/common/download', () => ({
  downloadText: (fileName: string, text: string, type: string) => void downloads.push({ fileName, text, type }),
}));

/** A slow disk for one test: the export's read starts after the progress delay, so the test does not depend on the machine's speed. */
const disk = vi.hoisted(() => ({ delayMs: 0 }));
vi.mock('@/lib/services/workflow/matches', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/services/workflow/matches')>();
  return {
    ...actual,
    loadForExport: async (...args: Parameters<typeof actual.loadForExport>) => {
      await new Promise((resolve) => setTimeout(resolve, disk.delayMs));
      return actual.loadForExport(...args);
    },
  };
});

const everyTable = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
const progressBar = (name: string) => screen.queryByRole('progressbar', { name });

let bundle: string;
beforeAll(() => {
  bundle = toBundle(manyInput(3_000));
});
beforeEach(async () => {
  downloads.length = 0;
  disk.delayMs = 0;
  await resetDatabase();
});
afterEach(cleanup);

function chooseFile(text: string): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], 'bundle.json', { type: 'application/json' })] } });
}

describe('Import bundle, a long job', () => {
  it('shows a progress bar with the count and Cancel; a cancel changes nothing and says so', async () => {
    await importCandidates(posting, manyCandidates(5, 'held'));
    const before = await everyTable();
    render(<ImportBundle />);
    chooseFile(bundle);
    await waitFor(() => expect(screen.getByTestId('job-progress').textContent).toMatch(/^(Checking|Writing) [\d,]+ of 3,000…Cancel$/), { timeout: 10_000 });
    const bar = progressBar('Import progress')!;
    expect(bar).not.toBeNull();
    expect(bar.getAttribute('max')).toBe('3000');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toBe('Import cancelled; nothing was changed.'), { timeout: 10_000 });
    expect(progressBar('Import progress')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(await everyTable()).toEqual(before);
  }, 30_000);

  it('without a cancel, imports everyone and reports the counts', async () => {
    render(<ImportBundle />);
    chooseFile(bundle);
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toBe('Imported: 3000 added, 0 updated, 0 unchanged, 3000 notes added.'), { timeout: 20_000 });
    expect(progressBar('Import progress')).toBeNull();
    expect(await db.candidates.count()).toBe(3_000);
  }, 30_000);

  it('refuses a file that is not a bundle, naming the problem', async () => {
    render(<ImportBundle />);
    chooseFile('{"format":"other.app"}');
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toMatch(/^Not a Talent Lens bundle.*Nothing was imported\.$/));
  });
});

describe('Export buttons, a long job', () => {
  /** Whether the progress UI appeared at any moment, however briefly. */
  function watchForProgress(): () => boolean {
    let seen = false;
    const observer = new MutationObserver(() => void (seen ||= document.querySelector('[data-testid="job-progress"]') !== null));
    observer.observe(document.body, { childList: true, subtree: true });
    return () => (observer.disconnect(), seen);
  }

  it('a fast export shows no progress and downloads the file', async () => {
    const people = manyCandidates(20);
    await importCandidates(posting, people);
    render(<ExportButtons label="Export matches" title="Matches" candidateKeys={people.map((p) => p.candidate.key)} posting={posting} />);
    const seen = watchForProgress();
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]!.text).candidates).toHaveLength(20);
    expect(seen()).toBe(false);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('an export that runs over a second shows its progress and Cancel; cancelled, it downloads nothing', async () => {
    const people = manyCandidates(3_000);
    await importCandidates(posting, people);
    disk.delayMs = 1_300;
    render(<ExportButtons label="Export matches" title="Matches" candidateKeys={people.map((p) => p.candidate.key)} posting={posting} />);
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(progressBar('Export progress')).toBeNull();
    await waitFor(() => expect(progressBar('Export progress')).not.toBeNull(), { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByText('Export cancelled; nothing was downloaded.')).toBeTruthy(), { timeout: 10_000 });
    expect(progressBar('Export progress')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(downloads).toEqual([]);
    expect((screen.getByRole('button', { name: 'JSON' }) as HTMLButtonElement).disabled).toBe(false);
  }, 30_000);

  it('a slow export left to finish downloads the whole file, the progress gone', async () => {
    const people = manyCandidates(3_000);
    await importCandidates(posting, people);
    disk.delayMs = 1_100;
    render(<ExportButtons label="Export matches" title="Matches" candidateKeys={people.map((p) => p.candidate.key)} posting={posting} />);
    fireEvent.click(screen.getByRole('button', { name: 'HTML' }));
    await waitFor(() => expect(progressBar('Export progress')).not.toBeNull(), { timeout: 5_000 });
    await waitFor(() => expect(screen.getByTestId('job-progress').textContent).toMatch(/^(Loading|Writing) [\d,]+ of 3,000…Cancel$/), { timeout: 5_000 });
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    expect(downloads[0]!.text.match(/<article class="candidate">/g)).toHaveLength(3_000);
    await waitFor(() => expect(progressBar('Export progress')).toBeNull());
  }, 60_000);
});
