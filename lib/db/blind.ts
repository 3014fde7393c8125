import { db } from './db';

const BLIND_REVIEW = 'blindReview';

/** Whether the panel and exports hide who people are (lib/people/blind.ts); off by default. */
export async function getBlindReview(): Promise<boolean> {
  return (await db.settings.get(BLIND_REVIEW))?.value === true;
}

export async function setBlindReview(on: boolean): Promise<void> {
  await db.settings.put({ key: BLIND_REVIEW, value: on });
}
