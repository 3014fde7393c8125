import { z } from 'zod';
import { AuthorSchema } from '../schema/candidate';
import { db } from './db';

const RateBucketSchema = z.object({ limit: z.number(), remaining: z.number(), resetAt: z.string() });

/**
 * Every key of the settings table with the Zod schema of its value. A stored value that no longer
 * parses (an old format, a hand-edited database) reads as absent, so each caller's default applies.
 */
export const SETTINGS = {
  authorName: AuthorSchema,
  activePostingId: z.string().min(1),
  blindReview: z.boolean(),
  retentionDays: z.number().int().positive(),
  pipelineStatuses: z.array(z.string()),
  installId: z.string().min(1),
  githubRateLimit: z.object({
    authenticated: z.boolean(),
    core: RateBucketSchema.optional(),
    search: RateBucketSchema.optional(),
    graphql: RateBucketSchema.optional(),
    blockedUntil: z.string().optional(),
    updatedAt: z.string(),
  }),
  captureAll: z.object({
    state: z.enum(['idle', 'running', 'waiting-for-budget', 'done', 'cancelled', 'failed']),
    done: z.number(),
    total: z.number(),
    failed: z.number(),
    message: z.string().optional(),
    pageUrl: z.string().optional(),
    queue: z.array(z.string()),
  }),
  rescoreProgress: z.object({ postingId: z.string(), done: z.number(), total: z.number() }),
  /** Show the in-page marker on every profile visited, not only on people captured before. */
  markerAlways: z.boolean(),
  /** The in-page marker was clicked: the panel opens this person. */
  panelRequest: z.object({ candidateKey: z.string().min(1).max(200), at: z.string() }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]>;

export async function readSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined> {
  const parsed = SETTINGS[key].safeParse((await db.settings.get(key))?.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

/** Validates, then stores: a value of the wrong shape throws and nothing is written. */
export async function writeSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS[key].parse(value) });
}

export async function deleteSetting(key: SettingKey): Promise<void> {
  await db.settings.delete(key);
}
