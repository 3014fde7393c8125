import { z } from 'zod';
import { PageReadSchema, type PageReadResult } from '@/lib/schema/messages';
import {
  ensureSeedPosting,
  findCandidateByProfile,
  findCandidatesByProfiles,
  findProfile,
  getCandidate,
  isMarkerAlwaysShown,
  markersFor,
  requestPanelFor,
  getActivePosting,
  getEnrichment,
  currentScorer,
  recordTabState,
  saveCapture,
  describeStorageError,
} from '@/lib/services';
import { ListScoresRequestSchema, type ListedScore, type PersonMarker } from '@/lib/schema/list-page';
import type { Candidate } from '@/lib/schema/candidate';
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
    const before = await findCandidateByProfile(key);
    const now = new Date();
    const saved = await saveCapture({ profile, scorePerson: await currentScorer(), tabId, url: page.url, now });
    afterCapture?.(key, profile.site);
    return { ok: true, ...(await markerAfterVisit(saved, before, now)) };
  } catch (cause) {
    const reason = describeStorageError(cause, 'This profile');
    // The panel waits on the tab's state: it must learn of the failure. If even this tiny write fails, the error is returned.
    await recordTabState({ tabId, url: page.url, status: 'not-saved', reason }).catch(() => undefined);
    return { ok: false, error: reason };
  }
}

/**
 * The marker for the page just read: for a person known before this visit (on any of their sites), or for
 * everyone when the recruiter chose so. "Last seen" is the visit before this one.
 */
async function markerAfterVisit(saved: Candidate, before: Candidate | undefined, now: Date): Promise<{ marker?: PersonMarker }> {
  const knownBefore = saved.firstSeenAt < now.toISOString();
  if (!knownBefore && !(await isMarkerAlwaysShown())) return {};
  const [marker] = await markersFor([saved], await getActivePosting());
  if (!marker) return {};
  // The stored "last seen" is now this visit; the one worth showing is the visit before.
  const lastSeenAt = before?.updatedAt ?? (knownBefore ? saved.firstSeenAt : undefined);
  delete marker.lastSeenAt;
  return { marker: lastSeenAt ? { ...marker, lastSeenAt } : marker };
}

/** A page's marker again (the recruiter came back to the tab): stage, shortlists and notes may have changed. */
export async function handlePersonMarker(data: unknown, sender: Sender, extensionId: string): Promise<PersonMarker | undefined> {
  const key = CandidateKeySchema.safeParse(data);
  if (sender.id !== extensionId || !key.success) return undefined;
  const candidate = await getCandidate(key.data);
  return candidate ? (await markersFor([candidate], await getActivePosting()))[0] : undefined;
}

/**
 * A marker was clicked: the panel shows that person. The panel is opened by the caller, in the click's
 * user gesture, before anything is awaited; this records whom it is for.
 */
export async function handleOpenPanel(data: unknown, sender: Sender, extensionId: string): Promise<{ ok: boolean }> {
  const key = CandidateKeySchema.safeParse(data);
  if (sender.id !== extensionId || !key.success || !(await getCandidate(key.data))) return { ok: false };
  await requestPanelFor(key.data);
  return { ok: true };
}

const CandidateKeySchema = z.string().min(1).max(200);

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
  const markers = await markersFor(holders, posting);
  return request.data.logins.map((login, index) => ({ login, ...markers[index] }));
}
