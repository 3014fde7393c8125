import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { githubToken } from '@/lib/services/capture/github-token';
import { capture, reset } from '../../support/two-browsers';

const TOKEN = 'github_pat_11SECRET000000000000000000000000000';

beforeEach(async () => {
  fakeBrowser.reset();
  await reset();
});

describe('export all my data', () => {
  it('holds every table with every row, and says how many', async () => {
    await capture('ana', 'Go');
    await capture('bo', 'Ruby');
    await repo.addNote('github:ana', 'Strong on concurrency', { now: new Date('2026-11-02T00:00:00Z') });
    const file = await repo.exportAllData(new Date('2026-12-03T10:00:00Z'));
    expect(file.format).toBe('talent-lens.all-data');
    expect(file.exportedAt).toBe('2026-12-03T10:00:00.000Z');
    expect(file.schemaVersion).toBe(db.verno);
    expect(Object.keys(file.tables).sort()).toEqual(db.tables.map((table) => table.name).sort());
    for (const table of db.tables) expect(file.counts[table.name]).toBe(await table.count());
    expect(file.counts.candidates).toBe(2);
    expect(file.counts.notes).toBe(1);
    const text = JSON.stringify(file);
    expect(text).toContain('Strong on concurrency');
    expect(JSON.parse(text)).toEqual(file);
  });

  it('never contains the GitHub token, which lives outside the database', async () => {
    await githubToken.setValue(TOKEN);
    await capture('ana', 'Go');
    const text = JSON.stringify(await repo.exportAllData());
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('SECRET');
  });

  it('names the file by date', () => {
    expect(repo.allDataFileName(new Date('2026-12-03T23:00:00Z'))).toBe('talent-lens-all-data-2026-12-03.json');
  });
});
