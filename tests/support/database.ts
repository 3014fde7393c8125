import { db } from '@/lib/db/db';

/** An empty database at the current version, for a test that starts from nothing. */
export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
