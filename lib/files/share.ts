import { z } from 'zod';
import { AuthorSchema, CandidateSchema, CandidateScoreSchema, NoteSchema, type Note } from '../schema/candidate';
import { FeedbackSchema, type Feedback } from '../schema/feedback';
import { PostingSchema } from '../schema/posting';
import { ShortlistSchema } from '../schema/pipeline';
import { describeZodError } from '../schema/errors';
import { parseVersionedJson } from './json-file';

/**
 * The two files a recruiter and a hiring manager pass to each other. These schemas are the source of
 * truth for both formats; docs/share-files.md describes them for people.
 */
export const SHARE_FORMAT = 'talent-lens.share';
export const FEEDBACK_FORMAT = 'talent-lens.feedback';
export const SHARE_VERSION = 1;
export const FEEDBACK_VERSION = 1;

/** A shortlist of a few hundred people is a few MB; larger files are refused before they are read. */
export const SHARED_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** Clocks disagree a little; a time further ahead than this is a damaged or forged file. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
export const SHARED_CANDIDATES_MAX = 5_000;

const SharedShortlistSchema = ShortlistSchema.pick({ id: true, name: true, candidateKeys: true, createdAt: true, updatedAt: true });

export const ShareCandidateSchema = z.object({
  candidate: CandidateSchema,
  score: CandidateScoreSchema.optional(),
  /** Only the shared notes, tombstones included; newest first. */
  notes: z.array(NoteSchema).max(1_000),
});
export type ShareCandidate = z.infer<typeof ShareCandidateSchema>;

/** Recruiter → hiring manager: a shortlist with each candidate's evidence, score and shared notes. */
export const ShareFileSchema = z
  .object({
    format: z.literal(SHARE_FORMAT),
    version: z.literal(SHARE_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    exportedBy: AuthorSchema,
    posting: PostingSchema,
    shortlist: SharedShortlistSchema,
    candidates: z.array(ShareCandidateSchema).max(SHARED_CANDIDATES_MAX),
    /** Feedback already given on these candidates, so a second reviewer sees the first one's. */
    feedback: z.array(FeedbackSchema).max(50_000).default([]),
  })
  .superRefine((file, ctx) => {
    unique(file.candidates.map((entry) => entry.candidate.key), ['candidates'], 'candidate', ctx);
    unique(file.candidates.flatMap((entry) => entry.notes.map((note) => note.id)), ['candidates'], 'note', ctx);
    unique(file.feedback.map((item) => item.id), ['feedback'], 'feedback', ctx);
    file.candidates.forEach((entry, index) => {
      entry.notes.forEach((note, at) => {
        if (note.candidateKey !== entry.candidate.key) ctx.addIssue({ code: 'custom', path: ['candidates', index, 'notes', at, 'candidateKey'], message: 'a note must belong to its candidate' });
      });
    });
  });
export type ShareFile = z.infer<typeof ShareFileSchema>;

/** Hiring manager → recruiter: verdicts, ratings and comments, and the shared notes as the reviewer left them. */
export const FeedbackFileSchema = z
  .object({
    format: z.literal(FEEDBACK_FORMAT),
    version: z.literal(FEEDBACK_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    exportedBy: AuthorSchema,
    postingId: z.string().min(1).max(200),
    shortlist: SharedShortlistSchema.pick({ id: true, name: true }),
    feedback: z.array(FeedbackSchema).max(50_000),
    notes: z.array(NoteSchema).max(100_000),
  })
  .superRefine((file, ctx) => {
    unique(file.feedback.map((item) => item.id), ['feedback'], 'feedback', ctx);
    unique(file.notes.map((note) => note.id), ['notes'], 'note', ctx);
  });
export type FeedbackFile = z.infer<typeof FeedbackFileSchema>;

export type SharedFile = { kind: 'share'; file: ShareFile } | { kind: 'feedback'; file: FeedbackFile };
export type ReadSharedResult = { ok: true; shared: SharedFile } | { ok: false; error: string };

function unique(ids: readonly string[], path: (string | number)[], what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return void ctx.addIssue({ code: 'custom', path, message: `the ${what} id "${id.slice(0, 80)}" appears twice` });
    seen.add(id);
  }
}

const LABELS = { [SHARE_FORMAT]: 'shared shortlist', [FEEDBACK_FORMAT]: 'feedback file' } as const;

/** Reads a share or feedback file's text; never throws. */
export function parseSharedFile(text: string, now = new Date()): ReadSharedResult {
  const read = parseVersionedJson(text, [
    { format: SHARE_FORMAT, version: SHARE_VERSION, label: LABELS[SHARE_FORMAT] },
    { format: FEEDBACK_FORMAT, version: FEEDBACK_VERSION, label: LABELS[FEEDBACK_FORMAT] },
  ]);
  if (!read.ok) return read;
  const schema = read.format === SHARE_FORMAT ? ShareFileSchema : FeedbackFileSchema;
  const parsed = schema.safeParse(read.json);
  if (!parsed.success) return { ok: false, error: `Invalid ${LABELS[read.format as keyof typeof LABELS]}: ${describeZodError(parsed.error)}` };
  const shared = (read.format === SHARE_FORMAT ? { kind: 'share', file: parsed.data } : { kind: 'feedback', file: parsed.data }) as SharedFile;
  const badDate = findBadDate(shared, now);
  if (badDate) return { ok: false, error: `Invalid ${LABELS[read.format as keyof typeof LABELS]}: ${badDate}` };
  return { ok: true, shared };
}

/** Size first, so a huge file is never read into memory. */
export async function readSharedFile(file: Blob, now = new Date()): Promise<ReadSharedResult> {
  if (file.size > SHARED_FILE_MAX_BYTES) {
    return { ok: false, error: `That file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a shared shortlist or feedback file can be at most ${SHARED_FILE_MAX_BYTES / 1024 / 1024} MB.` };
  }
  return parseSharedFile(await file.text(), now);
}

/** Every time in the file must read as a date and not lie in the future: a note dated 2099 would sort above every real one. */
function findBadDate(shared: SharedFile, now: Date): string | undefined {
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  for (const [path, value] of datesOf(shared)) {
    if (value === undefined) continue;
    const time = Date.parse(value);
    if (Number.isNaN(time)) return `${path}: "${value.slice(0, 40)}" is not a date`;
    if (time > limit) return `${path}: ${value.slice(0, 40)} is in the future`;
  }
  return undefined;
}

function* datesOf(shared: SharedFile): Generator<[string, string | undefined]> {
  const { file } = shared;
  yield ['exportedAt', file.exportedAt];
  if (shared.kind === 'share') {
    const { shortlist, candidates } = shared.file;
    yield ['shortlist.updatedAt', shortlist.updatedAt];
    yield ['shortlist.createdAt', shortlist.createdAt];
    for (const [index, { candidate, score, notes }] of candidates.entries()) {
      yield [`candidates.${index}.candidate.updatedAt`, candidate.updatedAt];
      yield [`candidates.${index}.candidate.firstSeenAt`, candidate.firstSeenAt];
      if (score) yield [`candidates.${index}.score.scoredAt`, score.scoredAt];
      yield* noteDates(notes, `candidates.${index}.notes`);
    }
  } else {
    yield* noteDates(shared.file.notes, 'notes');
  }
  yield* feedbackDates(file.feedback);
}

function* noteDates(notes: readonly Note[], path: string): Generator<[string, string | undefined]> {
  for (const [index, note] of notes.entries()) {
    yield [`${path}.${index}.createdAt`, note.createdAt];
    yield [`${path}.${index}.updatedAt`, note.updatedAt];
    yield [`${path}.${index}.deletedAt`, note.deletedAt];
  }
}

function* feedbackDates(items: readonly Feedback[]): Generator<[string, string | undefined]> {
  for (const [index, item] of items.entries()) {
    yield [`feedback.${index}.createdAt`, item.createdAt];
    yield [`feedback.${index}.updatedAt`, item.updatedAt];
  }
}

/** What travels of a note: shared ones only (their tombstones too); a private note never leaves. */
export const travels = (note: Note) => note.visibility === 'shared';

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Cannot write the ${what}: ${describeZodError(parsed.error)}`);
  return JSON.stringify(parsed.data, null, 2);
}

export type ShareFileInput = Omit<ShareFile, 'format' | 'version'>;
export type FeedbackFileInput = Omit<FeedbackFile, 'format' | 'version'>;

/** Pretty JSON, checked against its schema first so a file that would not import is never written. */
export function writeShareFile(input: ShareFileInput): string {
  const candidates = input.candidates.map((entry) => ({ ...entry, notes: entry.notes.filter(travels) }));
  return checked(ShareFileSchema, { format: SHARE_FORMAT, version: SHARE_VERSION, ...input, candidates }, 'shared shortlist');
}

export function writeFeedbackFile(input: FeedbackFileInput): string {
  return checked(FeedbackFileSchema, { format: FEEDBACK_FORMAT, version: FEEDBACK_VERSION, ...input, notes: input.notes.filter(travels) }, 'feedback file');
}
