// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrivacySettings } from '@/entrypoints/options/PrivacySettings';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { githubToken } from '@/lib/services/capture/github-token';
import { capture, reset } from '../support/two-browsers';

const downloads = vi.hoisted(() => [] as { fileName: string; text: string }[]);
vi.mock('@/components/common/download', () => ({ downloadText: (fileName: string, text: string) => void downloads.push({ fileName, text }) }));

const TOKEN = 'ghp_SECRETSECRETSECRETSECRET0000';
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

beforeEach(async () => {
  fakeBrowser.reset();
  downloads.length = 0;
  await reset();
});
afterEach(cleanup);

describe('options: privacy', () => {
  it('retention is off by default; choosing 90 days says who would go, and saving erases exactly them', async () => {
    await capture('stale', 'Go', daysAgo(200));
    await capture('recent', 'Go', daysAgo(5));
    render(<PrivacySettings />);
    const select = await screen.findByLabelText<HTMLSelectElement>('Erase people untouched for');
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: '90' } });
    expect((await screen.findByTestId('retention-preview')).textContent).toBe('Saving erases 1 person untouched for longer than 90 days.');
    expect(await db.candidates.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect((await screen.findByTestId('retention-status')).textContent).toMatch(/^Saved\. Erased 1 person now/);
    expect(await db.candidates.toCollection().primaryKeys()).toEqual(['github:recent']);
    expect(await repo.getRetentionDays()).toBe(90);
  });

  it('turning retention back off keeps everyone', async () => {
    await repo.setRetentionDays(30);
    await capture('stale', 'Go', daysAgo(200));
    render(<PrivacySettings />);
    const select = await screen.findByLabelText<HTMLSelectElement>('Erase people untouched for');
    await waitFor(() => expect(select.value).toBe('30'));
    fireEvent.change(select, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect((await screen.findByTestId('retention-status')).textContent).toBe('Saved: nobody is erased automatically.');
    expect(await repo.getRetentionDays()).toBeNull();
    expect(await db.candidates.count()).toBe(1);
  });

  it('"Export all my data" downloads every table, without the token', async () => {
    await githubToken.setValue(TOKEN);
    await capture('ana', 'Go');
    await repo.addNote('github:ana', 'Call back in spring');
    render(<PrivacySettings />);
    fireEvent.click(screen.getByRole('button', { name: 'Export all my data' }));
    expect((await screen.findByTestId('export-all-status')).textContent).toMatch(/^Saved 1 person, 1 note and every other table/);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^talent-lens-all-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(downloads[0]!.text);
    expect(Object.keys(file.tables).sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(file.tables.notes[0].text).toBe('Call back in spring');
    expect(downloads[0]!.text).not.toContain(TOKEN);
  });

  it('the blind review switch is saved for the whole extension', async () => {
    render(<PrivacySettings />);
    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: /^Blind review/ });
    await waitFor(() => expect(box.checked).toBe(false));
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(await repo.getBlindReview()).toBe(true);
  });
});
