import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import type { Candidate } from '@/lib/schema/candidate';
import type { LinkedInProfile, Profile, StackOverflowProfile } from '@/lib/schema/profile';
import { scorePerson } from '@/lib/scoring';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { apiRepo, makeProfile } from '../../scoring/profiles';
import { resetDatabase } from '../../support/database';

/** Hand-made profiles of invented people on three sites. */
const CAPTURED_AT = '2026-11-01T00:00:00.000Z';

const github = (login: string, links: string[] = [], repositories = [apiRepo(login, 'scheduler', { language: 'Go', topics: ['kubernetes'] })]) =>
  makeProfile({ login, socialLinks: links.map((url) => ({ url, label: url })), repositories, capturedAt: CAPTURED_AT });

const linkedIn = (id: string, links: string[] = []): LinkedInProfile => ({
  site: 'linkedin',
  login: id,
  url: `https://www.linkedin.com/in/${id}`,
  name: 'Ines Example',
  headline: 'Backend engineer',
  positions: [{ title: 'Senior Go Engineer', company: 'Example Cloud', start: 'Jan 2022', current: true }],
  skills: ['Docker'],
  socialLinks: links.map((url) => ({ url, label: url })),
  view: 'public',
  capturedAt: CAPTURED_AT,
});

const stackOverflow = (id: string, links: string[] = []): StackOverflowProfile => ({
  site: 'stackoverflow',
  login: id,
  url: `https://stackoverflow.com/users/${id}/ines`,
  tags: [],
  about: 'I answer questions about Ruby on Rails.',
  socialLinks: links.map((url) => ({ url, label: url })),
  capturedAt: CAPTURED_AT,
});

const scorer = (profiles: readonly Profile[]) => scorePerson(profiles, [seedPosting]);
let tab = 0;
const capture = (profile: Profile, now = new Date('2026-11-10T10:00:00Z')) => repo.saveCapture({ profile, scorePerson: scorer, tabId: ++tab, url: profile.url, now });
const later = (minutes: number) => new Date(Date.parse('2026-11-10T10:00:00Z') + minutes * 60_000);
const all = () => db.candidates.toArray();
const keysOf = (candidate: Candidate | undefined) => candidate?.profileKeys;

beforeEach(async () => {
  await resetDatabase();
  tab = 0;
});

describe('one person across sites', () => {
  it('joins a LinkedIn profile to the GitHub profile that links to it: one candidate, both profiles, one score', async () => {
    await capture(github('ines', ['https://www.linkedin.com/in/ines-example/']));
    await repo.addNote('github:ines', 'Strong Go, asked about Kubernetes');
    await capture(linkedIn('ines-example'), later(5));

    const [person, ...others] = await all();
    expect(others).toEqual([]);
    expect(person).toMatchObject({ key: 'github:ines', profileKeys: ['github:ines', 'linkedin:ines-example'] });
    expect(person!.linked).toEqual([expect.objectContaining({ key: 'linkedin:ines-example', via: 'link' })]);
    expect((await repo.listNotes('github:ines')).map((note) => note.text)).toEqual(['Strong Go, asked about Kubernetes']);
    expect(await db.scores.where('candidateKey').equals('github:ines').count()).toBe(1);
    expect(await repo.getTabState(2)).toMatchObject({ candidateKey: 'github:ines' });
  });

  it('joins the other way round too, keeping the key of the profile seen first', async () => {
    await capture(linkedIn('ines-example'));
    await capture(github('ines', ['https://linkedin.com/in/ines-example']), later(5));
    const people = await all();
    expect(people.map((person) => person.key)).toEqual(['linkedin:ines-example']);
    expect(keysOf(people[0])).toEqual(['linkedin:ines-example', 'github:ines']);
  });

  it('a profile linking to two captured candidates makes them one, with every note kept', async () => {
    await capture(github('ines'));
    await capture(linkedIn('ines-example'), later(1));
    await repo.addNote('github:ines', 'note on GitHub');
    await repo.addNote('linkedin:ines-example', 'note on LinkedIn');
    await capture(stackOverflow('4242', ['https://github.com/ines', 'https://www.linkedin.com/in/ines-example']), later(2));

    const people = await all();
    expect(people.map((person) => person.key)).toEqual(['github:ines']);
    expect(keysOf(people[0])).toEqual(['github:ines', 'linkedin:ines-example', 'stackoverflow:4242']);
    expect((await repo.listNotes('github:ines')).map((note) => note.text).sort()).toEqual(['note on GitHub', 'note on LinkedIn']);
    expect(await db.scores.count()).toBe(1);
  });

  it('a newer read of a linked profile replaces it in place, never a second candidate', async () => {
    await capture(github('ines', ['https://www.linkedin.com/in/ines-example']));
    await capture(linkedIn('ines-example'), later(1));
    await capture({ ...linkedIn('ines-example'), headline: 'Staff engineer' }, later(2));
    const people = await all();
    expect(people).toHaveLength(1);
    expect(people[0]!.linked).toHaveLength(1);
    expect(people[0]!.linked[0]!.profile).toMatchObject({ headline: 'Staff engineer' });
  });

  it('merges the evidence and labels it by site, and scores more than either profile alone', async () => {
    const gh = github('ines', ['https://stackoverflow.com/users/4242/ines'], []);
    const so = stackOverflow('4242');
    const alone = scorer([gh]).scores[0]!.result;
    await capture(gh);
    await capture(so, later(1));
    const score = await repo.getScore('github:ines', seedPosting.id);
    const rails = score!.result.requirements.find((r) => r.requirementId === 'ruby-rails')!;
    expect(rails.evidence.map((e) => new URL(e.url).hostname)).toEqual(['stackoverflow.com']);
    expect(score!.total).toBeGreaterThanOrEqual(alone.total);
  });

  it('never counts the same repository twice when two profiles show it', async () => {
    const repository = apiRepo('ines', 'scheduler', { language: 'Go', topics: ['kubernetes'] });
    const once = scorer([github('ines', [], [repository])]).scores[0]!.result;
    const twice = scorer([github('ines', [], [repository]), { ...github('ines-mirror', [], [repository]) }]).scores[0]!.result;
    const kubernetes = (result: typeof once) => result.requirements.find((r) => r.requirementId === 'kubernetes')!;
    expect(kubernetes(twice).evidence).toHaveLength(kubernetes(once).evidence.length);
    expect(kubernetes(twice).points).toBeCloseTo(kubernetes(once).points, 6);
  });
});

describe('merge and split by hand', () => {
  it('split: the linked profile becomes its own candidate and is not joined again on its next read', async () => {
    await capture(github('ines', ['https://www.linkedin.com/in/someone-else']));
    await capture(linkedIn('someone-else'), later(1));
    await repo.addNote('github:ines', 'keep me here');
    const { kept, split } = await repo.splitProfile('github:ines', 'linkedin:someone-else', scorer);

    expect(kept.profileKeys).toEqual(['github:ines']);
    expect(split).toMatchObject({ key: 'linkedin:someone-else', profileKeys: ['linkedin:someone-else'] });
    expect(await db.scores.count()).toBe(2);
    await capture(linkedIn('someone-else'), later(2));
    await capture(github('ines', ['https://www.linkedin.com/in/someone-else']), later(3));
    expect((await all()).map((person) => person.key).sort()).toEqual(['github:ines', 'linkedin:someone-else']);
    expect((await repo.listNotes('github:ines')).map((note) => note.text)).toEqual(['keep me here']);
  });

  it('merge: two unlinked candidates become one; notes move, the merged-away scores go', async () => {
    await capture(github('ines'));
    await capture(stackOverflow('4242'), later(1));
    await repo.addNote('stackoverflow:4242', 'answers Rails questions');
    const merged = await repo.mergeCandidates('github:ines', 'stackoverflow:4242', scorer);

    expect(merged.profileKeys).toEqual(['github:ines', 'stackoverflow:4242']);
    expect(merged.linked[0]).toMatchObject({ via: 'manual' });
    expect((await all()).map((person) => person.key)).toEqual(['github:ines']);
    expect(await repo.listNotes('github:ines')).toEqual([expect.objectContaining({ text: 'answers Rails questions' })]);
    expect(await db.scores.where('candidateKey').equals('stackoverflow:4242').count()).toBe(0);
  });

  it('merging profiles once split apart undoes the split', async () => {
    await capture(github('ines', ['https://www.linkedin.com/in/ines-example']));
    await capture(linkedIn('ines-example'), later(1));
    await repo.splitProfile('github:ines', 'linkedin:ines-example', scorer);
    const merged = await repo.mergeCandidates('github:ines', 'linkedin:ines-example', scorer);
    expect(merged.keptApart).toEqual([]);
    expect(merged.profileKeys).toEqual(['github:ines', 'linkedin:ines-example']);
  });

  it('refuses to merge a candidate with itself or with one that is gone, changing nothing', async () => {
    await capture(github('ines'));
    await expect(repo.mergeCandidates('github:ines', 'github:ines', scorer)).rejects.toThrow(/must exist and differ/);
    await expect(repo.mergeCandidates('github:ines', 'github:nobody', scorer)).rejects.toThrow(/must exist and differ/);
    expect((await all()).map((person) => person.key)).toEqual(['github:ines']);
  });
});
