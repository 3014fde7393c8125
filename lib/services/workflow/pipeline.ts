import { readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';
import { DEFAULT_STATUSES, StatusNameSchema, TagSchema } from '../../schema/pipeline';


/** The recruiter's pipeline stages, in order. */
export async function getStatuses(): Promise<string[]> {
  return (await readSetting('pipelineStatuses')) ?? [...DEFAULT_STATUSES];
}

/** Replaces the stage list; names are trimmed, empty and repeated ones dropped, at least one kept. */
export async function setStatuses(names: readonly string[]): Promise<string[]> {
  const clean = [...new Set(names.map((name) => StatusNameSchema.safeParse(name)).flatMap((parsed) => (parsed.success ? [parsed.data] : [])))];
  if (clean.length === 0) throw new Error('Keep at least one pipeline stage.');
  await writeSetting('pipelineStatuses', clean);
  return clean;
}

/** Sets the stage of each candidate for a posting, in one transaction. */
export async function setStatus(candidateKeys: readonly string[], postingId: string, status: string, now = new Date()): Promise<void> {
  const name = StatusNameSchema.parse(status);
  const updatedAt = now.toISOString();
  await db.pipeline.bulkPut(candidateKeys.map((candidateKey) => ({ candidateKey, postingId, status: name, updatedAt })));
}

export async function getStatus(candidateKey: string, postingId: string): Promise<string> {
  return (await db.pipeline.get([candidateKey, postingId]))?.status ?? DEFAULT_STATUSES[0];
}

export async function getTags(candidateKey: string): Promise<string[]> {
  return (await db.tags.get(candidateKey))?.tags ?? [];
}

/** Adds tags to each candidate (bulk action); tags are trimmed and kept once. */
export async function addTags(candidateKeys: readonly string[], tags: readonly string[], now = new Date()): Promise<void> {
  const clean = tags.map((tag) => TagSchema.parse(tag));
  await db.transaction('rw', db.tags, async () => {
    const current = await db.tags.bulkGet([...candidateKeys]);
    await db.tags.bulkPut(
      candidateKeys.map((candidateKey, index) => ({ candidateKey, tags: [...new Set([...(current[index]?.tags ?? []), ...clean])], updatedAt: now.toISOString() })),
    );
  });
}

export async function removeTag(candidateKeys: readonly string[], tag: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.tags, async () => {
    const current = await db.tags.bulkGet([...candidateKeys]);
    await db.tags.bulkPut(
      current.flatMap((row) => (row ? [{ ...row, tags: row.tags.filter((existing) => existing !== tag), updatedAt: now.toISOString() }] : [])),
    );
  });
}

/** Every tag in use, for the filter's choices. */
export async function allTags(): Promise<string[]> {
  return (await db.tags.orderBy('tags').uniqueKeys()).map(String).sort((a, b) => a.localeCompare(b));
}
