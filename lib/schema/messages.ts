import type { PersonMarker } from './list-page';
import { z } from 'zod';
import { ProfileSchema } from './profile';

/** What a content script reports about the page it read. Validated again in the background. */
export const PageReadSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('profile'), url: z.string().max(2_000), profile: ProfileSchema }),
  z.object({ status: z.literal('not-profile'), url: z.string().max(2_000), reason: z.string().max(500) }),
  z.object({ status: z.literal('unreadable'), url: z.string().max(2_000), reason: z.string().max(500) }),
]);
export type PageRead = z.infer<typeof PageReadSchema>;

/** The background's answer to a page read: with the marker when the person was known before (or always, if set). */
export type PageReadResult = { ok: true; marker?: PersonMarker } | { ok: false; error: string };
