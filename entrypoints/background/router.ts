import { PageReadSchema, type PageReadResult } from '@/lib/schema/messages';
import { scoreProfile } from '@/lib/scoring';
import { getActivePosting, recordTabState, saveCapture } from '@/lib/db/repo';

export interface Sender {
  id?: string;
  tab?: { id?: number };
}

/**
 * Handles a content script's report: validate, score, store. Pure of browser APIs so tests
 * call it directly; `extensionId` is ours, to refuse messages from anyone else.
 */
export async function handlePageRead(data: unknown, sender: Sender, extensionId: string): Promise<PageReadResult> {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined) return { ok: false, error: 'message not from our content script' };

  const parsed = PageReadSchema.safeParse(data);
  if (!parsed.success) {
    const url = typeof (data as { url?: unknown })?.url === 'string' ? (data as { url: string }).url : '';
    const reason = `the page's data did not pass validation (${describeIssue(parsed.error.issues[0])})`;
    await recordTabState({ tabId, url: url.slice(0, 2_000), status: 'unreadable', reason });
    return { ok: false, error: reason };
  }

  const page = parsed.data;
  if (page.status !== 'profile') {
    await recordTabState({ tabId, url: page.url, status: page.status, reason: page.reason });
    return { ok: true };
  }
  const posting = await getActivePosting();
  const score = scoreProfile(page.profile, posting);
  await saveCapture({ profile: page.profile, score, tabId, url: page.url });
  return { ok: true, score: score.total };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'unknown problem';
  return `${issue.path.map(String).join('.') || 'page'}: ${issue.message}`;
}
