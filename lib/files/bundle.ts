import { z } from 'zod';
import { CandidateSchema, CandidateScoreSchema, NoteSchema } from '../schema/candidate';
import { describeZodError } from '../schema/errors';
import { PostingSchema } from '../schema/posting';
import { BAND_IDS, bandOf } from '../scoring/bands';
import type { ExportInput } from './types';
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

/**
 * Pretty JSON of the bundle, checked against the schema first: throws (naming the field) rather than
 * write a file that would not import. `blind` does not apply: the bundle is a full copy.
 */
export function toBundle(input: ExportInput): string {
  const parsed = ExportBundleSchema.safeParse({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: input.exportedAt,
    posting: input.posting,
    title: input.title,
    candidates: input.candidates.map(({ candidate, score, status, tags, notes }) => ({ candidate, score, band: score && bandOf(score.total).id, status, tags, notes })),
  });
  if (!parsed.success) throw new Error(`Cannot export: ${describeZodError(parsed.error)}`);
  return JSON.stringify(parsed.data, null, 2);
}

/** Reads a bundle from a file's text; never throws. */
export function parseBundle(text: string): ParseBundleResult {
  const read = parseVersionedJson(text, [{ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, label: 'bundle' }]);
  if (!read.ok) return read;
  const parsed = ExportBundleSchema.safeParse(read.json);
  if (!parsed.success) return { ok: false, error: `Invalid bundle: ${describeZodError(parsed.error)}` };
  return { ok: true, bundle: parsed.data };
}
