import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { deleteSetting, readSetting, writeSetting } from '@/lib/db/settings';
import * as repo from '@/lib/services';
import { resetDatabase } from '../support/database';

beforeEach(async () => {
  await resetDatabase();
});

describe('typed settings', () => {
  it('reads back what was written, and nothing after a delete', async () => {
    await writeSetting('retentionDays', 90);
    expect(await readSetting('retentionDays')).toBe(90);
    await deleteSetting('retentionDays');
    expect(await readSetting('retentionDays')).toBeUndefined();
  });

  it('refuses a value of the wrong shape and writes nothing', async () => {
    await expect(writeSetting('retentionDays', -3)).rejects.toThrow();
    await expect(writeSetting('pipelineStatuses', 'Screening' as unknown as string[])).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('reads a stored value that no longer parses as absent, so the default applies', async () => {
    await db.settings.bulkPut([
      { key: 'pipelineStatuses', value: 'not a list' },
      { key: 'blindReview', value: 'yes' },
      { key: 'retentionDays', value: 0 },
      { key: 'activePostingId', value: 42 },
    ]);
    expect(await repo.getStatuses()).toEqual(['new', 'shortlisted', 'contacted', 'replied', 'interviewing', 'rejected', 'hired']);
    expect(await repo.getBlindReview()).toBe(false);
    expect(await repo.getRetentionDays()).toBeNull();
    expect(await repo.getActivePostingId()).toBe('seed-backend-ci-cd');
  });
});
