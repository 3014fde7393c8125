import { readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';


/** Whether the panel and exports hide who people are (lib/people/blind.ts); off by default. */
export async function getBlindReview(): Promise<boolean> {
  return (await readSetting('blindReview')) === true;
}

export async function setBlindReview(on: boolean): Promise<void> {
  await writeSetting('blindReview', on);
}
