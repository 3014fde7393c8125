import { db } from '../../db/db';
import { putScores, toScoreRow, type ScoredFor } from './candidates';
import { notesPreview, summaryOf } from '../../people/candidate-summary';
import type { Candidate, LinkedProfile } from '../../schema/candidate';
import type { ProfileAnalysis } from '../../schema/analysis';
import type { Profile } from '../../schema/profile';
import { linkedProfileKeys, profileKey } from '../../people/links';

/**
 * One person across sites. A candidate holds a main profile and the profiles linked to it; a
 * newly read profile joins the candidate whose profiles it links to or that link to it, unless
 * the recruiter split them apart. Every change re-analyses the person and re-scores them.
 */

/** Every table a change to a person may touch. */
const WRITE_TABLES = () => [db.candidates, db.scores, db.ranks, db.summaries, db.tabs, db.notes, db.pipeline, db.tags, db.shortlists, db.feedback, db.conflicts];

/** Analyses all of a person's profiles together and scores them for every posting. */
export type PersonScorer = (profiles: readonly Profile[]) => { analysis: ProfileAnalysis; scores: ScoredFor[] };

export function profilesOf(candidate: Candidate): Profile[] {
  return [candidate.profile, ...candidate.linked.map((linked) => linked.profile)];
}

/** The candidate that holds this profile key, as main or linked profile. */
export function findCandidateByProfile(key: string): Promise<Candidate | undefined> {
  return db.candidates.where('profileKeys').equals(key).first();
}

/** The candidate holding each profile key, in the same order (undefined where none does). */
export async function findCandidatesByProfiles(keys: readonly string[]): Promise<(Candidate | undefined)[]> {
  const holders = await db.candidates.where('profileKeys').anyOf(keys).toArray();
  return keys.map((key) => holders.find((holder) => holder.profileKeys.includes(key)));
}

/** Stores a capture, joins it to the same person's other profiles, scores, and points the tab (if any) at it. */
export async function saveCapture(input: { profile: Profile; scorePerson: PersonScorer; tabId?: number; url: string; now?: Date }): Promise<Candidate> {
  const now = (input.now ?? new Date()).toISOString();
  return db.transaction('rw', WRITE_TABLES(), async () => {
    const key = profileKey(input.profile);
    const holder = await findCandidateByProfile(key);
    let person = holder ? withProfile(holder, input.profile, now) : newCandidate(input.profile, now);
    person = await joinLinkedCandidates(person, now);
    const saved = await store(person, input.scorePerson, now);
    if (input.tabId !== undefined) await db.tabs.put({ tabId: input.tabId, url: input.url, status: 'profile', candidateKey: saved.key, updatedAt: now });
    return saved;
  });
}

/** The recruiter's merge: `fromKey`'s profiles and notes join `intoKey`. */
export async function mergeCandidates(intoKey: string, fromKey: string, scorePerson: PersonScorer, now = new Date()): Promise<Candidate> {
  const at = now.toISOString();
  return db.transaction('rw', WRITE_TABLES(), async () => {
    const [into, from] = await db.candidates.bulkGet([intoKey, fromKey]);
    if (!into || !from || intoKey === fromKey) throw new Error('Both candidates must exist and differ.');
    const kept = { ...into, keptApart: into.keptApart.filter((key) => !from.profileKeys.includes(key)) };
    return store(await absorb(kept, { ...from, keptApart: from.keptApart.filter((key) => !into.profileKeys.includes(key)) }, 'manual', at), scorePerson, at);
  });
}

/** The recruiter's split: a linked profile becomes its own candidate, and the two are never joined again automatically. */
export async function splitProfile(candidateKey: string, linkedKey: string, scorePerson: PersonScorer, now = new Date()): Promise<{ kept: Candidate; split: Candidate }> {
  const at = now.toISOString();
  return db.transaction('rw', WRITE_TABLES(), async () => {
    const candidate = await db.candidates.get(candidateKey);
    const leaving = candidate?.linked.find((linked) => linked.key === linkedKey);
    if (!candidate || !leaving) throw new Error('That profile is not linked to this candidate.');
    const linked = candidate.linked.filter((entry) => entry !== leaving);
    const remaining = { ...candidate, linked, keptApart: [...new Set([...candidate.keptApart, linkedKey])], updatedAt: at };
    const kept = await store(withKeys(remaining), scorePerson, at);
    const split = { ...newCandidate(leaving.profile, at), keptApart: [...kept.profileKeys] };
    return { kept, split: await store(split, scorePerson, at) };
  });
}

/**
 * Changes one stored profile (API data arrived) and re-scores its person; nothing when no
 * candidate holds the profile any more.
 */
export async function updateProfile(key: string, change: (profile: Profile) => Profile, scorePerson: PersonScorer, now = new Date()): Promise<Candidate | undefined> {
  const at = now.toISOString();
  return db.transaction('rw', [db.candidates, db.scores, db.ranks, db.summaries, db.notes], async () => {
    const holder = await findCandidateByProfile(key);
    const current = holder && profilesOf(holder).find((profile) => profileKey(profile) === key);
    if (!holder || !current) return undefined;
    return store(withProfile(holder, change(current), at), scorePerson, at);
  });
}

/** The stored profile with this key, wherever it is linked. */
export async function findProfile(key: string): Promise<Profile | undefined> {
  const holder = await findCandidateByProfile(key);
  return holder && profilesOf(holder).find((profile) => profileKey(profile) === key);
}

function newCandidate(profile: Profile, now: string): Candidate {
  const key = profileKey(profile);
  return withKeys({
    key,
    site: profile.site,
    login: profile.login,
    name: profile.name,
    profileUrl: profile.url,
    profile,
    linked: [],
    profileKeys: [key],
    linkKeys: [],
    keptApart: [],
    firstSeenAt: now,
    updatedAt: now,
  });
}

/** The candidate with a newer read of one of its profiles. */
function withProfile(candidate: Candidate, profile: Profile, now: string): Candidate {
  const key = profileKey(profile);
  if (profileKey(candidate.profile) === key) {
    return withKeys({ ...candidate, profile, name: profile.name ?? candidate.name, profileUrl: profile.url, updatedAt: now });
  }
  const linked = candidate.linked.map((entry) => (entry.key === key ? { ...entry, profile } : entry));
  return withKeys({ ...candidate, linked, updatedAt: now });
}

/** Recomputes the indexed keys from the profiles. */
function withKeys(candidate: Candidate): Candidate {
  const profiles = profilesOf(candidate);
  const profileKeys = profiles.map(profileKey);
  const linkKeys = [...new Set(profiles.flatMap(linkedProfileKeys))].filter((key) => !profileKeys.includes(key));
  return { ...candidate, profileKeys, linkKeys, name: candidate.name ?? profiles.find((profile) => profile.name)?.name };
}

/** Candidates this one's profiles link to, or whose profiles link to it, that were not split from it. */
async function linkedCandidates(person: Candidate): Promise<Candidate[]> {
  const [linkedTo, linkingHere] = await Promise.all([
    person.linkKeys.length > 0 ? db.candidates.where('profileKeys').anyOf(person.linkKeys).toArray() : [],
    db.candidates.where('linkKeys').anyOf(person.profileKeys).toArray(),
  ]);
  const byKey = new Map([...linkedTo, ...linkingHere].filter((other) => other.key !== person.key).map((other) => [other.key, other]));
  return [...byKey.values()].filter((other) => !keptApart(person, other));
}

function keptApart(a: Candidate, b: Candidate): boolean {
  return a.keptApart.some((key) => b.profileKeys.includes(key)) || b.keptApart.some((key) => a.profileKeys.includes(key));
}

/** Folds every linked candidate into the one seen first, so the person keeps their oldest key. */
async function joinLinkedCandidates(person: Candidate, now: string): Promise<Candidate> {
  const others = await linkedCandidates(person);
  if (others.length === 0) return person;
  const [first, ...rest] = [person, ...others].sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt) || a.key.localeCompare(b.key));
  let joined = first!;
  for (const other of rest) joined = await absorb(joined, other, 'link', now);
  return joined;
}

/** `from`'s profiles become linked to `into`; its notes move over; its row and scores go. */
async function absorb(into: Candidate, from: Candidate, via: LinkedProfile['via'], now: string): Promise<Candidate> {
  const incoming = profilesOf(from)
    .filter((profile) => !into.profileKeys.includes(profileKey(profile)))
    .map((profile): LinkedProfile => ({ key: profileKey(profile), profile, via, linkedAt: now }));
  await db.notes.where('candidateKey').equals(from.key).modify({ candidateKey: into.key });
  await db.feedback.where('candidateKey').equals(from.key).modify({ candidateKey: into.key });
  await db.conflicts.where('candidateKey').equals(from.key).modify({ candidateKey: into.key });
  await db.tabs.filter((tab) => tab.candidateKey === from.key).modify({ candidateKey: into.key }); // a handful of rows: no index
  await db.scores.where('candidateKey').equals(from.key).delete();
  await db.ranks.where('candidateKey').equals(from.key).delete();
  await db.summaries.delete(from.key);
  await moveWorkflow(from.key, into.key);
  await db.candidates.delete(from.key);
  return withKeys({
    ...into,
    linked: [...into.linked, ...incoming],
    keptApart: [...new Set([...into.keptApart, ...from.keptApart])],
    firstSeenAt: into.firstSeenAt < from.firstSeenAt ? into.firstSeenAt : from.firstSeenAt,
    updatedAt: now,
  });
}

/** Pipeline stages (where the person kept has none), tags and shortlist places follow a merged candidate. */
async function moveWorkflow(fromKey: string, intoKey: string): Promise<void> {
  const [stages, kept] = await Promise.all([db.pipeline.where('candidateKey').equals(fromKey).toArray(), db.pipeline.where('candidateKey').equals(intoKey).toArray()]);
  const keptPostings = new Set(kept.map((entry) => entry.postingId));
  await db.pipeline.bulkPut(stages.filter((entry) => !keptPostings.has(entry.postingId)).map((entry) => ({ ...entry, candidateKey: intoKey })));
  await db.pipeline.where('candidateKey').equals(fromKey).delete();
  const [fromTags, intoTags] = await db.tags.bulkGet([fromKey, intoKey]);
  if (fromTags) {
    await db.tags.put({ candidateKey: intoKey, tags: [...new Set([...(intoTags?.tags ?? []), ...fromTags.tags])], updatedAt: fromTags.updatedAt });
    await db.tags.delete(fromKey);
  }
  await db.shortlists.toCollection().modify((list) => {
    if (!list.candidateKeys.includes(fromKey)) return;
    list.candidateKeys = [...new Set(list.candidateKeys.map((key) => (key === fromKey ? intoKey : key)))];
  });
}

async function store(person: Candidate, scorePerson: PersonScorer, now: string): Promise<Candidate> {
  const { analysis, scores } = scorePerson(profilesOf(person));
  const saved = { ...person, analysis };
  await db.candidates.put(saved);
  await db.summaries.put(summaryOf(saved, notesPreview(await db.notes.where('candidateKey').equals(saved.key).toArray())));
  await putScores(scores.map((scored) => toScoreRow(saved.key, scored, now)));
  return saved;
}
