import { z } from 'zod';
import { PostingSchema, type Posting } from '../schema/posting';
import { describeZodError } from '../schema/errors';

export const POSTING_FILE_FORMAT = 'talent-lens.posting';
export const POSTING_FILE_VERSION = 1;
/** A posting file is a few KB; anything near this is not one. */
export const POSTING_FILE_MAX_BYTES = 1_000_000;

export const PostingFileSchema = z.object({
  format: z.literal(POSTING_FILE_FORMAT),
  version: z.literal(POSTING_FILE_VERSION),
  posting: PostingSchema,
});

export type ParsedPostingFile = { ok: true; posting: Posting } | { ok: false; error: string };

export function postingToJson(posting: Posting): string {
  return JSON.stringify({ format: POSTING_FILE_FORMAT, version: POSTING_FILE_VERSION, posting }, null, 2);
}

export function postingFileName(posting: Posting): string {
  const slug = posting.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'posting';
  return `posting-${slug}.json`;
}

/**
 * Reads a posting file. The imported posting always gets a fresh id and is never built-in,
 * so an import can neither overwrite an existing posting nor pose as the built-in one.
 */
export function parsePostingFile(text: string, newId: () => string = () => crypto.randomUUID()): ParsedPostingFile {
  if (text.length > POSTING_FILE_MAX_BYTES) return { ok: false, error: 'This file is too large to be a posting (over 1 MB).' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON.' };
  }
  const parsed = PostingFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `This is not a valid posting file: ${describeZodError(parsed.error)}` };
  return { ok: true, posting: { ...parsed.data.posting, id: newId(), builtIn: false } };
}
