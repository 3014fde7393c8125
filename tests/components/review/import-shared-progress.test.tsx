// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/db';
import { importCandidates } from '@/lib/services';
import { ImportShared } from '@/components/review/ImportShared';
import { manyCandidates, manyShared } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

/** A slow disk: the dry run or the real import starts after the progress delay, whatever the machine's speed. */
const disk = vi.hoisted(() => ({ previewDelayMs: 0, applyDelayMs: 0 }));
vi.mock('@/lib/services/sharing/share', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/services/sharing/share')>();
  return {
    ...actual,
    importSharedFile: async (...args: Parameters<typeof actual.importSharedFile>) => {
      await new Promise((resolve) => setTimeout(resolve, args[1]?.dryRun ? disk.previewDelayMs : disk.applyDelayMs));
      return actual.importSharedFile(...args);
    },
  };
});

const everyTable = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
const progressBar = () => screen.queryByRole('progressbar', { name: 'Import progress' });
const status = () => screen.getByTestId('import-shared-status').textContent;

function chooseFile(text: string): void {
  fireEvent.change(screen.getByTestId('import-shared-input'), { target: { files: [new File([text], 'round-1.json', { type: 'application/json' })] } });
}

beforeEach(async () => {
  disk.previewDelayMs = 0;
  disk.applyDelayMs = 0;
  await resetDatabase();
  await importCandidates(posting, manyCandidates(5, 'held'));
});
afterEach(cleanup);

describe('Open shared file, a long job', () => {
  it('a small file previews and imports without any progress bar', async () => {
    let seen = false;
    const observer = new MutationObserver(() => void (seen ||= document.querySelector('[data-testid="job-progress"]') !== null));
    observer.observe(document.body, { childList: true, subtree: true });
    render(<ImportShared />);
    chooseFile(manyShared(30));
    await waitFor(() => expect(screen.getByTestId('import-preview')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(status()).toMatch(/^Imported /));
    observer.disconnect();
    expect(seen).toBe(false);
    expect(await db.candidates.count()).toBe(35);
  });

  it('an import that runs over a second shows progress and Cancel; cancelled, nothing changes', async () => {
    render(<ImportShared />);
    chooseFile(manyShared(1_500));
    await waitFor(() => expect(screen.getByTestId('import-preview')).toBeTruthy(), { timeout: 10_000 });
    const before = await everyTable();
    disk.applyDelayMs = 1_300;
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('status').textContent).toBe('Importing…');
    await waitFor(() => expect(progressBar()).not.toBeNull(), { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(status()).toBe('Import cancelled; nothing was changed.'), { timeout: 10_000 });
    expect(progressBar()).toBeNull();
    expect(await everyTable()).toEqual(before);
  }, 30_000);

  it('a slow preview can be cancelled too', async () => {
    const before = await everyTable();
    disk.previewDelayMs = 1_300;
    render(<ImportShared />);
    chooseFile(manyShared(200));
    await waitFor(() => expect(progressBar()).not.toBeNull(), { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(status()).toBe('Import cancelled; nothing was changed.'), { timeout: 10_000 });
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await everyTable()).toEqual(before);
  }, 30_000);
});
