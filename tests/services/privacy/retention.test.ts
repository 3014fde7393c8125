import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { capture, reset } from '../../support/two-browsers';

beforeEach(reset);
const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe('retention', () => {
  it('is off by default and then erases nobody', async () => {
    await capture('old', 'Go', day(1));
    expect(await repo.getRetentionDays()).toBeNull();
    expect(await repo.applyRetention(day(30).getTime() ? new Date('2027-06-01T00:00:00Z') : day(1))).toBe(0);
    expect(await db.candidates.count()).toBe(1);
  });

  it('erases exactly the people untouched for longer than the setting; a recent note keeps someone', async () => {
    await capture('stale', 'Go', day(1));
    await capture('noted', 'Go', day(1));
    await capture('fresh', 'Go', day(20));
    await repo.addNote('github:noted', 'Still talking', { now: day(25) });
    await repo.setRetentionDays(10);
    expect(await repo.applyRetention(day(28))).toBe(1);
    expect((await db.candidates.toCollection().primaryKeys()).sort()).toEqual(['github:fresh', 'github:noted']);
    await repo.setRetentionDays(null);
    expect(await repo.applyRetention(new Date('2030-01-01T00:00:00Z'))).toBe(0);
  });
});
