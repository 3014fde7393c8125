import Dexie, { type Table } from 'dexie';
import { db } from './db';

export type { Table };

/** Every rank row of one posting, lowest total first, through the [postingId+total] index. */
export function ranksOfPosting(postingId: string) {
  return db.ranks.where('[postingId+total]').between([postingId, -Infinity], [postingId, Infinity]);
}

/** Every score row of one posting, through the [postingId+total] index. */
export function scoresOfPosting(postingId: string) {
  return db.scores.where('[postingId+total]').between([postingId, -Infinity], [postingId, Infinity]);
}

/** Every stage row of one posting, through the [postingId+status] index. */
export function pipelineOfPosting(postingId: string) {
  return db.pipeline.where('[postingId+status]').between([postingId, Dexie.minKey], [postingId, Dexie.maxKey]);
}
