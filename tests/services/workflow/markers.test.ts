import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { handleListScores, handleOpenPanel, handlePageRead, handlePersonMarker } from '@/lib/services/handlers';
import { addNote, addToShortlist, createShortlist, deleteNote, getPanelRequest, setMarkerAlwaysShown, setStatus } from '@/lib/services';
import type { GithubProfile, LinkedInProfile } from '@/lib/schema/profile';
import type { PageReadResult } from '@/lib/schema/messages';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { resetDatabase } from '../../support/database';

const EXTENSION_ID = 'our-extension-id';
const fromTab = (tabId: number) => ({ id: EXTENSION_ID, tab: { id: tabId } });

const jane: GithubProfile = {
  site: 'github',
  login: 'gopher-jane',
  url: 'https://github.com/gopher-jane',
  name: 'Jane Gopher',
  bio: 'Go developer. Kubernetes operators, Linux kernel hacking.',
  socialLinks: [{ url: 'https://www.linkedin.com/in/jane-gopher', label: 'in/jane-gopher' }],
  organizations: [],
  pinned: [{ name: 'scheduler', owner: 'gopher-jane', url: 'https://github.com/gopher-jane/scheduler', description: 'A concurrent job scheduler', language: 'Go', stars: 42, forks: 3, kind: 'repository' }],
  capturedAt: '2026-11-01T10:00:00.000Z',
};

const janeOnLinkedIn: LinkedInProfile = {
  site: 'linkedin',
  login: 'jane-gopher',
  url: 'https://www.linkedin.com/in/jane-gopher',
  name: 'Jane Gopher',
  headline: 'Backend engineer',
  positions: [],
  skills: ['Go'],
  socialLinks: [],
  view: 'public',
  capturedAt: '2026-11-02T10:00:00.000Z',
};

const visit = (profile: GithubProfile | LinkedInProfile, tabId = 1): Promise<PageReadResult> =>
  handlePageRead({ status: 'profile', url: profile.url, profile }, fromTab(tabId), EXTENSION_ID);

const markerOf = (result: PageReadResult) => (result.ok ? result.marker : undefined);

beforeEach(async () => {
  await resetDatabase();
});

describe('the in-page marker', () => {
  it('is not shown on a first visit, and is on the next one, with the visit before as "last seen"', async () => {
    expect(markerOf(await visit(jane))).toBeUndefined();
    const firstVisit = (await db.candidates.get('github:gopher-jane'))!.updatedAt;

    const marker = markerOf(await visit(jane));

    const score = await db.scores.get(['github:gopher-jane', seedPosting.id]);
    expect(marker).toEqual({ candidateKey: 'github:gopher-jane', postingTitle: seedPosting.title, total: score!.total, capped: score!.result.capped, notes: 0, lastSeenAt: firstVisit });
  });

  it('is shown on a first visit too when the recruiter chose "always"', async () => {
    await setMarkerAlwaysShown(true);
    const marker = markerOf(await visit(jane));
    expect(marker?.candidateKey).toBe('github:gopher-jane');
    expect(marker?.total).toBeGreaterThan(0);
    expect(marker?.lastSeenAt).toBeUndefined(); // nobody saw this person before
  });

  it('carries the stage for the active posting, the shortlists, and the notes that are not deleted', async () => {
    await visit(jane);
    const key = 'github:gopher-jane';
    await setStatus([key], seedPosting.id, 'Contacted');
    const backend = await createShortlist(seedPosting.id, 'Backend, first round');
    const other = await createShortlist('another-posting', 'Platform team');
    await addToShortlist(backend.id, [key]);
    await addToShortlist(other.id, [key]);
    await addNote(key, 'Strong Go, talked at GopherCon.');
    await addNote(key, 'Prefers remote.');
    const gone = await addNote(key, 'Typo, delete me.');
    await deleteNote(gone.id);

    const marker = markerOf(await visit(jane));

    expect(marker).toMatchObject({ stage: 'Contacted', notes: 2 });
    expect(marker?.shortlists?.sort()).toEqual(['Backend, first round', 'Platform team']);
  });

  it('is the same person’s marker on another site: LinkedIn shows what was captured on GitHub', async () => {
    await visit(jane);
    await setStatus(['github:gopher-jane'], seedPosting.id, 'Interview');

    const onLinkedIn = markerOf(await visit(janeOnLinkedIn, 2));

    expect(onLinkedIn).toMatchObject({ candidateKey: 'github:gopher-jane', stage: 'Interview' });
    const onGithub = markerOf(await visit(jane, 3));
    expect({ ...onGithub, lastSeenAt: undefined }).toEqual({ ...onLinkedIn, lastSeenAt: undefined });
  });

  it('is sent again, up to date, when the page asks for it (the recruiter came back to the tab)', async () => {
    await visit(jane);
    expect(await handlePersonMarker('github:gopher-jane', fromTab(1), EXTENSION_ID)).toMatchObject({ notes: 0 });
    await addNote('github:gopher-jane', 'Call on Monday.');
    expect(await handlePersonMarker('github:gopher-jane', fromTab(1), EXTENSION_ID)).toMatchObject({ notes: 1 });
    expect(await handlePersonMarker('github:nobody', fromTab(1), EXTENSION_ID)).toBeUndefined();
    expect(await handlePersonMarker('github:gopher-jane', { id: 'another-extension', tab: { id: 1 } }, EXTENSION_ID)).toBeUndefined();
  });

  it('gives list pages the same details per listed person, and nothing for people never captured', async () => {
    await visit(jane);
    await setStatus(['github:gopher-jane'], seedPosting.id, 'Contacted');

    const listed = await handleListScores({ logins: ['Gopher-Jane', 'stranger'] }, fromTab(1), EXTENSION_ID);

    expect(listed[0]).toMatchObject({ login: 'Gopher-Jane', candidateKey: 'github:gopher-jane', stage: 'Contacted', postingTitle: seedPosting.title });
    expect(listed[0]?.total).toBeGreaterThan(0);
    expect(listed[1]).toEqual({ login: 'stranger' });
  });

  it('opens the panel on a captured person when clicked, and on nobody else', async () => {
    await visit(jane);
    expect(await handleOpenPanel('github:gopher-jane', fromTab(1), EXTENSION_ID)).toEqual({ ok: true });
    expect((await getPanelRequest())?.candidateKey).toBe('github:gopher-jane');

    expect(await handleOpenPanel('github:nobody', fromTab(1), EXTENSION_ID)).toEqual({ ok: false });
    expect(await handleOpenPanel('github:gopher-jane', { id: 'another-extension', tab: { id: 1 } }, EXTENSION_ID)).toEqual({ ok: false });
    expect(await handleOpenPanel({ key: 'x' }, fromTab(1), EXTENSION_ID)).toEqual({ ok: false });
  });
});
