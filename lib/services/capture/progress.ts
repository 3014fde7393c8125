import { deleteSetting, readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';


export interface RescoreProgress {
  postingId: string;
  done: number;
  total: number;
}

export async function getRescoreProgress(): Promise<RescoreProgress | undefined> {
  return readSetting('rescoreProgress');
}

export async function setRescoreProgress(progress: RescoreProgress | undefined): Promise<void> {
  if (progress) await writeSetting('rescoreProgress', progress);
  else await deleteSetting('rescoreProgress');
}
