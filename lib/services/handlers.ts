import { z } from 'zod';
import { PageReadSchema, type PageReadResult } from '@/lib/schema/messages';
import {
  ensureSeedPosting,
  findCandidatesByProfiles,
  findProfile,
  getActivePosting,
  getEnrichment,
  getScores,
  currentScorer,
  recordTabState,
  saveCapture,
  describeStorageError,
} from '@/lib/services';
import { ListScoresRequestSchema, type ListedScore } from '@/lib/schema/list-page';
import { profileKey } from '@/lib/people/links';
import type { Profile, SiteId } from '@/lib/schema/profile';
import { withEnrichment } from '@/lib/sites/github/api/enrich';
import { describeZodError } from '@/lib/schema/errors';
import { rescoreAll } from './rescore';
import type { PersonOutcome } from './capture/run-capture-all';
import { githubAdapter } from '@/lib/sites/github/extract';

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
  afterCapture?: (profileKey: string, site: SiteId) => void,
  /** Reads a GitHub person from the API when their page's layout is not recognised (the background passes capturePersonFromApi). */
  readFromApi?: (login: string) => Promise<PersonOutcome>,
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
    const login = page.status === 'unreadable' && readFromApi ? githubLoginOf(page.url) : undefined;
    if (login && readFromApi) return readUnrecognisedPage(tabId, page.url, page.reason, login, readFromApi);
    await recordTabState({ tabId, url: page.url, status: page.status, reason: page.reason });
    return { ok: true };
  }
  const key = profileKey(page.profile);
  try {
    await ensureSeedPosting();
    const profile = await withStoredApiData(page.profile, key);
    await saveCapture({ profile, scorePerson: await currentScorer(), tabId, url: page.url });
    afterCapture?.(key, profile.site);
    return { ok: true };
  } catch (cause) {
    const reason = describeStorageError(cause, 'This profile');
    // The panel waits on the tab's state: it must learn of the failure. If even this tiny write fails, the error is returned.
    await recordTabState({ tabId, url: page.url, status: 'not-saved', reason }).catch(() => undefined);
    return { ok: false, error: reason };
  }
}

export const LAYOUT_NOT_RECOGNISED = 'GitHub’s page layout was not recognised: this person was read from GitHub’s API instead.';

function githubLoginOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return githubAdapter.isProfileUrl(parsed) ? githubAdapter.profileIdOf(parsed) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page did not read, but the login is in the URL: the person comes from the API, so a GitHub redesign
 * never blinds the extension. "Could not read" stays where the API cannot help either.
 */
async function readUnrecognisedPage(tabId: number, url: string, reason: string, login: string, readFromApi: (login: string) => Promise<PersonOutcome>): Promise<PageReadResult> {
  const key = profileKey({ site: 'github', login });
  await ensureSeedPosting();
  const outcome = await readFromApi(login).catch((cause: unknown): PersonOutcome => ({ kind: 'failed', reason: describeStorageError(cause, 'This profile') }));
  if ((outcome.kind === 'captured' || outcome.kind === 'skipped') && (await findProfile(key))) {
    await recordTabState({ tabId, url, status: 'profile', candidateKey: key, reason: LAYOUT_NOT_RECOGNISED });
    return { ok: true };
  }
  const why = outcome.kind === 'waiting' ? `its budget is spent until ${outcome.until}` : outcome.kind === 'failed' ? outcome.reason : 'it returned nothing';
  await recordTabState({ tabId, url, status: 'unreadable', reason: `${reason}. GitHub’s API could not help either: ${why}.` });
  return { ok: true };
}

/** A new page read carries no API data: what the APIs gave before is added back, never lost. */
async function withStoredApiData(profile: Profile, key: string): Promise<Profile> {
  if (profile.site === 'github') return withEnrichment(profile, await getEnrichment(key));
  if (profile.site === 'gitlab' && !profile.repositories) {
    const stored = await findProfile(key);
    if (stored?.site === 'gitlab' && stored.repositories) return { ...profile, repositories: stored.repositories };
  }
  return profile;
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

/** A GitHub list page asks for the active posting's scores of the people it lists. */
export async function handleListScores(data: unknown, sender: Sender, extensionId: string): Promise<ListedScore[]> {
  const request = ListScoresRequestSchema.safeParse(data);
  if (sender.id !== extensionId || !request.success) return [];
  const posting = await getActivePosting();
  const keys = request.data.logins.map((login) => profileKey({ site: 'github', login }));
  const holders = await findCandidatesByProfiles(keys);
  const scores = await getScores(holders.map((holder) => holder?.key ?? ''), posting.id);
  return request.data.logins.map((login, index) => {
    const score = holders[index] && scores[index];
    if (!score) return { login };
    return { login, total: score.total, capped: score.result.capped, postingTitle: posting.title };
  });
}
