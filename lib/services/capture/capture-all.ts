import { readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';
import type { CaptureAllProgress } from '../../schema/list-page';


/** The capture-all job, kept in the database so it outlives the service worker between people. */
export interface CaptureAllJob extends CaptureAllProgress {
  /** Logins still to capture, in page order. */
  queue: string[];
}

export async function getCaptureAllJob(): Promise<CaptureAllJob | undefined> {
  return readSetting('captureAll');
}

export async function setCaptureAllJob(job: CaptureAllJob): Promise<void> {
  await writeSetting('captureAll', job);
}

/** Changes the stored job in one transaction, so a cancel and a finished person never overwrite each other. */
export async function updateCaptureAllJob(change: (job: CaptureAllJob) => CaptureAllJob | undefined): Promise<CaptureAllJob | undefined> {
  return db.transaction('rw', db.settings, async () => {
    const job = await getCaptureAllJob();
    const next = job && change(job);
    if (next) await setCaptureAllJob(next);
    return next ?? job;
  });
}

export function progressOf(job: CaptureAllJob | undefined): CaptureAllProgress {
  if (!job) return { state: 'idle', done: 0, total: 0, failed: 0 };
  const { queue: _queue, ...progress } = job;
  return progress;
}
