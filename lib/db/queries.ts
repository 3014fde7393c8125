import Dexie, { type Table } from 'dexie';
import { db } from './db';

export type { Table };

/** Every stage row of one posting, through the [postingId+status] index. */
export function pipelineOfPosting(postingId: string) {
  return db.pipeline.where('[postingId+status]').between([postingId, Dexie.minKey], [postingId, Dexie.maxKey]);
}
