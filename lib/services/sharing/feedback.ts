import { readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';
import { getAuthorName } from '../notes/author';
import { FeedbackSchema, type Feedback, type RequirementRating, type Verdict } from '../../schema/feedback';
import { nextRevision } from './revisions';


/** A random id for this browser profile, made once: it tells this reviewer's feedback from everyone else's. */
export async function getInstallId(): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await readInstallId();
    if (stored) return stored;
    const id = crypto.randomUUID();
    await writeSetting('installId', id);
    return id;
  });
}

/** The id of this browser's feedback on a candidate of a shortlist: one item per reviewer, edited in place. */
export const myFeedbackId = (installId: string, shortlistId: string, candidateKey: string) => `${shortlistId}/${candidateKey}/${installId}`;

/** Read-only (live queries cannot write): undefined until this browser wrote its first feedback. */
async function readInstallId(): Promise<string | undefined> {
  return readSetting('installId');
}

export async function getMyFeedback(shortlistId: string, candidateKey: string): Promise<Feedback | undefined> {
  const installId = await readInstallId();
  return installId ? db.feedback.get(myFeedbackId(installId, shortlistId, candidateKey)) : undefined;
}

export interface FeedbackEdit {
  verdict?: Verdict | null;
  /** One requirement's rating; `rating: null` clears it. */
  rating?: { requirementId: string; rating: number | null };
  comment?: string;
}

/** Writes this reviewer's verdict, a rating or the comment; each save is a new revision. */
export async function saveMyFeedback(shortlistId: string, postingId: string, candidateKey: string, edit: FeedbackEdit, now = new Date()): Promise<Feedback> {
  const [installId, author] = await Promise.all([getInstallId(), getAuthorName()]);
  const id = myFeedbackId(installId, shortlistId, candidateKey);
  const at = now.toISOString();
  return db.transaction('rw', db.feedback, async () => {
    const stored = await db.feedback.get(id);
    const base: Feedback = stored ?? { id, shortlistId, postingId, candidateKey, author, ratings: [], comment: '', createdAt: at, updatedAt: at, rev: '', history: [] };
    const { verdict, ...rest } = base;
    const next = FeedbackSchema.parse({
      ...rest,
      ...(edit.verdict === undefined ? (verdict ? { verdict } : {}) : edit.verdict ? { verdict: edit.verdict } : {}),
      ratings: edit.rating ? withRating(base.ratings, edit.rating) : base.ratings,
      comment: edit.comment === undefined ? base.comment : edit.comment.trim(),
      author,
      updatedAt: at,
      ...(stored ? nextRevision(stored) : { rev: crypto.randomUUID(), history: [] }),
    });
    await db.feedback.put(next);
    return next;
  });
}

function withRating(ratings: readonly RequirementRating[], change: { requirementId: string; rating: number | null }): RequirementRating[] {
  const others = ratings.filter((item) => item.requirementId !== change.requirementId);
  return change.rating === null ? others : [...others, { requirementId: change.requirementId, rating: change.rating }];
}

/** Every reviewer's feedback on a candidate, newest first. */
export async function listFeedback(candidateKey: string): Promise<Feedback[]> {
  return (await db.feedback.where('candidateKey').equals(candidateKey).toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function listShortlistFeedback(shortlistId: string): Promise<Feedback[]> {
  return db.feedback.where('shortlistId').equals(shortlistId).toArray();
}

export interface FeedbackSummary {
  reviewers: string[];
  advance: number;
  hold: number;
  reject: number;
  /** Candidates on the list no reviewer gave a verdict yet. */
  undecided: number;
}

/** The shortlist's feedback at a glance: verdicts counted over its current members. */
export function summarizeFeedback(items: readonly Feedback[], memberKeys: readonly string[]): FeedbackSummary {
  const members = new Set(memberKeys);
  const relevant = items.filter((item) => members.has(item.candidateKey));
  const decided = new Set(relevant.filter((item) => item.verdict).map((item) => item.candidateKey));
  const count = (verdict: Verdict) => relevant.filter((item) => item.verdict === verdict).length;
  return {
    reviewers: [...new Set(relevant.map((item) => item.author || 'Unnamed reviewer'))].sort(),
    advance: count('advance'),
    hold: count('hold'),
    reject: count('reject'),
    undecided: memberKeys.filter((key) => !decided.has(key)).length,
  };
}
