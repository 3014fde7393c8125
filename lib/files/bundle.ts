import { z } from 'zod';
import { CandidateSchema, CandidateScoreSchema, NoteSchema } from '../schema/candidate';
import { describeZodError } from '../schema/errors';
import { PostingSchema } from '../schema/posting';
import { BAND_IDS, bandOf } from '../scoring/bands';
import type { ExportCandidate, ExportInput } from './types';
import { mapInChunks, type JobControl } from '../long-job';
import { parseVersionedJson } from './json-file';

/**
 * The JSON bundle: a full copy of a shortlist or filtered list, for another Talent Lens to import.
 * This schema is the source of truth for the format; docs/bundle-schema.md describes it for people.
 */
export const BUNDLE_FORMAT = 'talent-lens.bundle';
export const BUNDLE_VERSION = 1;

export const BundleCandidateSchema = z.object({
  candidate: CandidateSchema,
  score: CandidateScoreSchema.optional(),
  /**
   * The score's band, derived from score.total when written, for tools that read the file. Import
   * ignores it (the band follows from the total); a band this version does not know is dropped, not refused.
   */
  band: z.enum(BAND_IDS).optional().catch(undefined),
  status: z.string().optional(),
  tags: z.array(z.string()),
  /** Newest first. */
  notes: z.array(NoteSchema),
});
export type BundleCandidate = z.infer<typeof BundleCandidateSchema>;

/** Unknown keys anywhere are stripped (zod's default for objects), so a bundle with extra fields still reads. */
export const ExportBundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  posting: PostingSchema,
  title: z.string(),
  candidates: z.array(BundleCandidateSchema),
});
export type ExportBundle = z.infer<typeof ExportBundleSchema>;

export type ParseBundleResult = { ok: true; bundle: ExportBundle } | { ok: false; error: string };

const EnvelopeSchema = ExportBundleSchema.omit({ candidates: true });

function checkedEnvelope(input: ExportInput): Omit<ExportBundle, 'candidates'> {
  return checked(EnvelopeSchema, { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: input.exportedAt, posting: input.posting, title: input.title });
}

/** A candidate of the input as the schema reads it, or a thrown error naming the field. */
function checkedCandidate(entry: ExportCandidate, index: number): BundleCandidate {
  const { candidate, score, status, tags, notes } = entry;
  return checked(BundleCandidateSchema, { candidate, score, band: score && bandOf(score.total).id, status, tags, notes }, ['candidates', index]);
}

function checked<T>(schema: z.ZodType<T>, value: unknown, path: (string | number)[] = []): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Cannot export: ${describeAt(parsed.error, path)}`);
  return parsed.data;
}

function describeAt(error: z.ZodError, path: (string | number)[]): string {
  return describeZodError(new z.ZodError(error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }))));
}

/**
 * Pretty JSON of the bundle, checked against the schema first: throws (naming the field) rather than
 * write a file that would not import. `blind` does not apply: the bundle is a full copy.
 */
export function toBundle(input: ExportInput): string {
  return JSON.stringify({ ...checkedEnvelope(input), candidates: input.candidates.map(checkedCandidate) }, null, 2);
}

/**
 * toBundle with the candidates checked a chunk at a time (the slow part): reports progress and stops
 * on a cancel. One JSON.stringify at the end is faster than one per candidate.
 */
export async function writeBundle(input: ExportInput, job: JobControl): Promise<string> {
  const envelope = checkedEnvelope(input);
  const candidates = await mapInChunks(input.candidates, 'writing', job, checkedCandidate);
  return JSON.stringify({ ...envelope, candidates }, null, 2);
}

/** Reads a bundle from a file's text; never throws. */
export function parseBundle(text: string): ParseBundleResult {
  const read = parseVersionedJson(text, [{ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, label: 'bundle' }]);
  if (!read.ok) return read;
  const parsed = ExportBundleSchema.safeParse(read.json);
  if (!parsed.success) return { ok: false, error: `Invalid bundle: ${describeZodError(parsed.error)}` };
  return { ok: true, bundle: parsed.data };
}

class InvalidCandidate extends Error {}

/**
 * parseBundle with the candidates checked a chunk at a time (10,000 take a second or more): reports
 * progress and throws JobCancelled on a cancel; otherwise never throws.
 */
export async function readBundle(text: string, job: JobControl): Promise<ParseBundleResult> {
  job.onProgress?.(0, 0, 'reading');
  const read = parseVersionedJson(text, [{ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, label: 'bundle' }]);
  if (!read.ok) return read;
  const envelope = EnvelopeSchema.extend({ candidates: z.array(z.unknown()) }).safeParse(read.json);
  if (!envelope.success) return { ok: false, error: `Invalid bundle: ${describeZodError(envelope.error)}` };
  try {
    const candidates = await mapInChunks(envelope.data.candidates, 'checking', job, (value, index) => {
      const parsed = BundleCandidateSchema.safeParse(value);
      if (!parsed.success) throw new InvalidCandidate(describeAt(parsed.error, ['candidates', index]));
      return parsed.data;
    });
    return { ok: true, bundle: { ...envelope.data, candidates } };
  } catch (error) {
    if (error instanceof InvalidCandidate) return { ok: false, error: `Invalid bundle: ${error.message}` };
    throw error;
  }
}
