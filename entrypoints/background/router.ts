import { z } from 'zod';
import { PageReadSchema, type PageReadResult } from '@/lib/schema/messages';
import { analyzeProfile, scoreAnalysis } from '@/lib/scoring';
import { ensureSeedPosting, getEnrichment, listPostings, recordTabState, saveCapture } from '@/lib/db/repo';
import { candidateKey } from '@/lib/schema/candidate';
import { withEnrichment } from '@/lib/github-api/enrich';
import { describeZodError } from '@/lib/schema/errors';
import { rescoreAll } from './rescore';

export interface Sender {
  id?: string;
  tab?: { id?: number };
  /** The sending page or frame; for extension pages it starts with the extension's origin. */
  url?: string;
}

/**
 * Handles a content script's report: validate, score against every posting, store. Pure of
 * browser APIs so tests call it directly; `extensionId` is ours, to refuse anyone else's messages.
 */
export async function handlePageRead(
  data: unknown,
  sender: Sender,
  extensionId: string,
  afterCapture?: (candidateKey: string) => void,
): Promise<PageReadResult> {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined) return { ok: false, error: 'message not from our content script' };

  const parsed = PageReadSchema.safeParse(data);
  if (!parsed.success) {
    const url = typeof (data as { url?: unknown })?.url === 'string' ? (data as { url: string }).url : '';
    const reason = `the page's data did not pass validation (${describeZodError(parsed.error)})`;
    await recordTabState({ tabId, url: url.slice(0, 2_000), status: 'unreadable', reason });
    return { ok: false, error: reason };
  }

  const page = parsed.data;
  if (page.status !== 'profile') {
    await recordTabState({ tabId, url: page.url, status: page.status, reason: page.reason });
    return { ok: true };
  }
  await ensureSeedPosting();
  const key = candidateKey(page.profile.site, page.profile.login);
  // A new page read carries no API data: the stored enrichment is added back, never lost.
  const profile = withEnrichment(page.profile, await getEnrichment(key));
  const analysis = analyzeProfile(profile);
  const scores = (await listPostings()).map((posting) => ({ posting, result: scoreAnalysis(analysis, posting) }));
  await saveCapture({ profile, analysis, scores, tabId, url: page.url });
  afterCapture?.(key);
  return { ok: true };
}

/** Extension pages (the panel) ask for a re-score after a posting changes; content scripts may not. */
export async function handleRescore(
  data: unknown,
  sender: Sender,
  extensionOrigin: string,
  rescore: (postingId: string) => Promise<unknown> = rescoreAll,
): Promise<{ ok: boolean }> {
  const postingId = z.string().min(1).max(100).safeParse(data);
  if (!sender.url?.startsWith(extensionOrigin) || !postingId.success) return { ok: false };
  // Answer at once: the panel shows progress from the database, not from this reply.
  rescore(postingId.data).catch((error: unknown) => console.warn('Re-scoring failed', error));
  return { ok: true };
}

/** The panel's Refresh: enrich one stored candidate now. Extension pages only. */
export async function handleRefreshEnrichment(
  data: unknown,
  sender: Sender,
  extensionOrigin: string,
  enrich: (candidateKey: string) => Promise<unknown>,
): Promise<{ ok: boolean }> {
  const key = z.string().min(1).max(200).safeParse(data);
  if (!sender.url?.startsWith(extensionOrigin) || !key.success) return { ok: false };
  await enrich(key.data);
  return { ok: true };
}
