import { db } from './db';

const RESCORE_PROGRESS = 'rescoreProgress';

export interface RescoreProgress {
  postingId: string;
  done: number;
  total: number;
}

export async function getRescoreProgress(): Promise<RescoreProgress | undefined> {
  return (await db.settings.get(RESCORE_PROGRESS))?.value as RescoreProgress | undefined;
}

export async function setRescoreProgress(progress: RescoreProgress | undefined): Promise<void> {
  if (progress) await db.settings.put({ key: RESCORE_PROGRESS, value: progress });
  else await db.settings.delete(RESCORE_PROGRESS);
}
