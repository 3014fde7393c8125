// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addToShortlist, createShortlist, importCandidates } from '@/lib/services';
import { ShareActions } from '@/components/review/ShareActions';
import { manyCandidates } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

const downloads = vi.hoisted(() => [] as string[]);
vi.mock('@/components/common/download', () => ({ downloadText: (fileName: string) => void downloads.push(fileName) }));

/** A slow disk: the share file's reading starts after the progress delay, whatever the machine's speed. */
const disk = vi.hoisted(() => ({ delayMs: 0 }));
vi.mock('@/lib/services/sharing/share', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/services/sharing/share')>();
  return {
    ...actual,
    exportShareFile: async (...args: Parameters<typeof actual.exportShareFile>) => {
      await new Promise((resolve) => setTimeout(resolve, disk.delayMs));
      return actual.exportShareFile(...args);
    },
  };
});

const progressBar = () => screen.queryByRole('progressbar', { name: 'Share progress' });

async function shortlistOf(count: number) {
  const people = manyCandidates(count, 'member');
  await importCandidates(posting, people);
  const list = await createShortlist(posting.id, 'Round 1');
  return addToShortlist(list.id, people.map((p) => p.candidate.key));
}

beforeEach(async () => {
  downloads.length = 0;
  disk.delayMs = 0;
  await resetDatabase();
});
afterEach(cleanup);

describe('Share for review, a long job', () => {
  it('a quick share shows no progress and downloads the file', async () => {
    render(<ShareActions list={await shortlistOf(10)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share for review' }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toMatch(/^Saved .*10 candidates/));
    expect(downloads).toHaveLength(1);
    expect(screen.queryByTestId('job-progress')).toBeNull();
  });

  it('one that runs over a second shows progress and Cancel; cancelled, it downloads nothing', async () => {
    render(<ShareActions list={await shortlistOf(300)} />);
    disk.delayMs = 1_300;
    fireEvent.click(screen.getByRole('button', { name: 'Share for review' }));
    await waitFor(() => expect(progressBar()).not.toBeNull(), { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toBe('Share cancelled; nothing was downloaded.'), { timeout: 10_000 });
    expect(progressBar()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(downloads).toEqual([]);
  }, 30_000);
});
