import type { PinnedRepo, Profile } from '../schema/profile';
import type { Posting, Requirement } from '../schema/posting';
import type { Confidence, Evidence, EvidenceSource, RequirementResult, ScoreResult } from '../schema/score';
import { type Mention, findSkillMention, findTermMention, languageImplies, languageMatches, languageMatchesTerm } from './match';
import { type Skill, getSkill } from './skills';

/** A profile missing a must-have never scores above this. */
export const MUST_HAVE_CAP = 40;

/**
 * What one piece of evidence adds to its requirement. A requirement's strength is
 * 1 - e^(-sum), so a second and third piece add less than the first and nothing reaches 1.
 */
export const SIGNAL_VALUES = {
  ownRepoLanguage: 0.8,
  contributedRepoLanguage: 0.5,
  gistLanguage: 0.3,
  repoText: 0.4,
  gistText: 0.25,
  impliedByLanguage: 0.25,
  readme: 0.5,
  bio: 0.35,
  company: 0.25,
  skillOrganization: 0.6,
  ownPublicRepo: 0.15,
  contributedRepo: 0.4,
  organizationMembership: 0.15,
  /** At most this many memberships count as open-source evidence: ten company orgs are not ten projects. */
  organizationMembershipsCounted: 3,
  /** Per tenfold of stars + forks, up to popularityMax. */
  popularityPerDecade: 0.1,
  popularityMax: 0.5,
  /** Per tenfold of (contributions / 10). */
  contributionsPerDecade: 0.2,
  /** Per tenfold of followers. */
  followersPerDecade: 0.1,
  readmeMinWords: 30,
  readmeWordsForMax: 500,
  readmeLengthMax: 0.6,
} as const;

const SOURCE_ORDER: readonly EvidenceSource[] = [
  'pinned-language',
  'pinned-repo',
  'organization',
  'readme',
  'bio',
  'company',
  'contributions',
  'followers',
];

/** The only profile fields scoring may read. Name, login, location, email and avatar are never among them. */
interface ScorableProfile {
  /** Only a link target for evidence, never matched. */
  profileUrl: string;
  bio?: string;
  company?: string;
  readme?: string;
  followers?: number;
  contributionsLastYear?: number;
  organizations: readonly { login: string; url: string }[];
  pinned: readonly PinnedRepo[];
}

function scorableView(profile: Profile): ScorableProfile {
  return {
    profileUrl: profile.url,
    bio: profile.bio,
    company: profile.company,
    readme: profile.readme,
    followers: profile.followers,
    contributionsLastYear: profile.contributions?.lastYear,
    organizations: profile.organizations,
    pinned: profile.pinned,
  };
}

/** A possible piece of evidence; only the strongest per location is kept. */
interface Candidate {
  location: string;
  source: EvidenceSource;
  quote: string;
  where: string;
  url: string;
  value: number;
}

interface Matchers {
  skills: readonly Skill[];
  terms: readonly string[];
}

function matchersFor(requirement: Requirement): Matchers {
  // Ids unknown to this vocabulary (a posting made with a newer one) are skipped, not fatal.
  const skills = requirement.skills.map(getSkill).filter((skill): skill is Skill => skill !== undefined);
  return { skills, terms: requirement.terms ?? [] };
}

function firstMention(text: string | undefined, matchers: Matchers): Mention | undefined {
  if (!text) return undefined;
  for (const skill of matchers.skills) {
    const mention = findSkillMention(text, skill);
    if (mention) return mention;
  }
  for (const term of matchers.terms) {
    const mention = findTermMention(text, term);
    if (mention) return mention;
  }
  return undefined;
}

function formatCount(count: number): string {
  return count >= 1000 ? `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k` : String(count);
}

function log10Scaled(perDecade: number, amount: number): number {
  return perDecade * Math.log10(1 + amount);
}

// ---- pinned repositories -------------------------------------------------------------

const isContributed = (repo: PinnedRepo) => repo.name.includes('/');
const isGist = (repo: PinnedRepo) => repo.kind === 'gist';

function repoLabel(repo: PinnedRepo): string {
  if (isGist(repo)) return `pinned gist ${repo.owner}/${repo.name}`;
  return isContributed(repo) ? `pinned repository ${repo.name} (contributed, not owned)` : `pinned repository ${repo.owner}/${repo.name}`;
}

function popularity(repo: PinnedRepo): number {
  if (isGist(repo)) return 0;
  const reach = (repo.stars ?? 0) + (repo.forks ?? 0);
  return Math.min(SIGNAL_VALUES.popularityMax, log10Scaled(SIGNAL_VALUES.popularityPerDecade, reach));
}

/** A contributed project's stars are mostly other people's work: they count half toward a skill. */
function creditedPopularity(repo: PinnedRepo): number {
  return isContributed(repo) ? popularity(repo) / 2 : popularity(repo);
}

function popularityNote(repo: PinnedRepo): string {
  const parts: string[] = [];
  if (repo.stars) parts.push(`${formatCount(repo.stars)} stars`);
  if (repo.forks) parts.push(`${formatCount(repo.forks)} forks`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

function languageValue(repo: PinnedRepo): number {
  if (isGist(repo)) return SIGNAL_VALUES.gistLanguage;
  const base = isContributed(repo) ? SIGNAL_VALUES.contributedRepoLanguage : SIGNAL_VALUES.ownRepoLanguage;
  return base + creditedPopularity(repo);
}

function repoCandidates(repo: PinnedRepo, matchers: Matchers): Candidate[] {
  const at = { location: `repo:${repo.url}`, where: repoLabel(repo), url: repo.url };
  const candidates: Candidate[] = [];
  const language = repo.language;
  const languageHit =
    matchers.skills.some((skill) => languageMatches(language, skill)) ||
    matchers.terms.some((term) => languageMatchesTerm(language, term));
  if (languageHit) {
    const quote = `language: ${language}${popularityNote(repo)}`;
    candidates.push({ ...at, source: 'pinned-language', quote, value: languageValue(repo) });
  }
  // Name and description on separate lines so context never leaks from one into the other.
  const mention = firstMention(`${repo.name}\n${repo.description ?? ''}`, matchers);
  if (mention) {
    const value = isGist(repo) ? SIGNAL_VALUES.gistText : SIGNAL_VALUES.repoText + creditedPopularity(repo);
    candidates.push({ ...at, source: 'pinned-repo', quote: mention.excerpt, value });
  }
  const implying = isGist(repo) ? undefined : matchers.skills.find((skill) => languageImplies(language, skill));
  if (implying?.impliedByLanguages) {
    const quote = `language: ${language} (${implying.impliedByLanguages.note}, indirect)`;
    candidates.push({ ...at, source: 'pinned-language', quote, value: SIGNAL_VALUES.impliedByLanguage });
  }
  if (!isGist(repo) && hasSignal(matchers, 'public-repositories')) candidates.push(publicRepoCandidate(repo, at));
  return candidates;
}

function publicRepoCandidate(repo: PinnedRepo, at: Pick<Candidate, 'location' | 'where' | 'url'>): Candidate {
  const contributed = isContributed(repo);
  const base = contributed ? SIGNAL_VALUES.contributedRepo : SIGNAL_VALUES.ownPublicRepo;
  const what = contributed ? 'contributes to a public repository' : 'public repository';
  // Full popularity here: having work accepted into a widely used project is the open-source signal.
  return { ...at, source: 'pinned-repo', quote: `${what}${popularityNote(repo)}`, value: base + popularity(repo) };
}

// ---- prose: bio, company, README -----------------------------------------------------

function proseCandidates(view: ScorableProfile, matchers: Matchers): Candidate[] {
  const sources = [
    { location: 'bio', source: 'bio', where: 'bio', text: view.bio, value: SIGNAL_VALUES.bio },
    { location: 'company', source: 'company', where: 'company', text: view.company, value: SIGNAL_VALUES.company },
    { location: 'readme', source: 'readme', where: 'profile README', text: view.readme, value: SIGNAL_VALUES.readme },
  ] as const;
  return sources.flatMap(({ text, ...source }) => {
    const mention = firstMention(text, matchers);
    return mention ? [{ ...source, url: view.profileUrl, quote: mention.excerpt }] : [];
  });
}

// ---- organizations and profile-wide signals ------------------------------------------

function organizationCandidates(view: ScorableProfile, matchers: Matchers): Candidate[] {
  const byLogin = [...view.organizations].sort((a, b) => compareText(a.login, b.login));
  const candidates: Candidate[] = byLogin.flatMap((org) => {
    const isSkillOrg = matchers.skills.some(
      (skill) => (skill.orgs ?? []).some((login) => login.toLowerCase() === org.login.toLowerCase()) || findSkillMention(org.login, skill),
    );
    if (!isSkillOrg && !matchers.terms.some((term) => findTermMention(org.login, term))) return [];
    return [organizationCandidate(org, SIGNAL_VALUES.skillOrganization)];
  });
  if (hasSignal(matchers, 'organization-memberships')) {
    const counted = byLogin.slice(0, SIGNAL_VALUES.organizationMembershipsCounted);
    candidates.push(...counted.map((org) => organizationCandidate(org, SIGNAL_VALUES.organizationMembership)));
  }
  return candidates;
}

function organizationCandidate(org: { login: string; url: string }, value: number): Candidate {
  return { location: `org:${org.url}`, source: 'organization', where: `organization ${org.login}`, url: org.url, quote: `member of ${org.login}`, value };
}

function hasSignal(matchers: Matchers, signal: NonNullable<Skill['signals']>[number]): boolean {
  return matchers.skills.some((skill) => skill.signals?.includes(signal));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function profileSignalCandidates(view: ScorableProfile, matchers: Matchers): Candidate[] {
  const candidates: Candidate[] = [];
  const contributions = view.contributionsLastYear ?? 0;
  if (hasSignal(matchers, 'contributions') && contributions > 0) {
    candidates.push({
      location: 'contributions',
      source: 'contributions',
      where: 'contribution graph',
      url: view.profileUrl,
      quote: `${formatCount(contributions)} contributions in the last year`,
      value: log10Scaled(SIGNAL_VALUES.contributionsPerDecade, contributions / 10),
    });
  }
  const followers = view.followers ?? 0;
  if (hasSignal(matchers, 'followers') && followers > 0) {
    candidates.push({
      location: 'followers',
      source: 'followers',
      where: 'followers',
      url: followersUrl(view.profileUrl),
      quote: `${formatCount(followers)} followers`,
      value: log10Scaled(SIGNAL_VALUES.followersPerDecade, followers),
    });
  }
  const words = view.readme ? wordCount(view.readme) : 0;
  if (hasSignal(matchers, 'readme-length') && words >= SIGNAL_VALUES.readmeMinWords) {
    candidates.push({
      location: 'readme',
      source: 'readme',
      where: 'profile README',
      url: view.profileUrl,
      quote: `a ${words}-word profile README`,
      value: Math.min(SIGNAL_VALUES.readmeLengthMax, (SIGNAL_VALUES.readmeLengthMax * words) / SIGNAL_VALUES.readmeWordsForMax),
    });
  }
  return candidates;
}

function followersUrl(profileUrl: string): string {
  const url = new URL(profileUrl);
  url.searchParams.set('tab', 'followers');
  return url.toString();
}

// ---- combining -----------------------------------------------------------------------

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One place (a repo, the bio, an org…) is one piece of evidence: its strongest reading. */
function strongestPerLocation(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.location);
    if (!current || candidate.value > current.value) best.set(candidate.location, candidate);
  }
  return [...best.values()];
}

function candidatesFor(requirement: Requirement, view: ScorableProfile): Candidate[] {
  const matchers = matchersFor(requirement);
  return strongestPerLocation([
    ...view.pinned.flatMap((repo) => repoCandidates(repo, matchers)),
    ...organizationCandidates(view, matchers),
    ...proseCandidates(view, matchers),
    ...profileSignalCandidates(view, matchers),
  ]);
}

/** Summed in a fixed order so reordering the input cannot change the last bits of the result. */
function sumInOrder(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((sum, value) => sum + value, 0);
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

interface RawResult {
  requirement: Requirement;
  candidates: Candidate[];
  strength: number;
  maxPoints: number;
  points: number;
}

function rawResult(requirement: Requirement, view: ScorableProfile, totalWeight: number): RawResult {
  const candidates = candidatesFor(requirement, view);
  const strength = 1 - Math.exp(-sumInOrder(candidates.map((c) => c.value)));
  const maxPoints = totalWeight > 0 ? (requirement.weight / totalWeight) * 100 : 0;
  return { requirement, candidates, strength, maxPoints, points: strength * maxPoints };
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    b.points - a.points ||
    SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source) ||
    compareText(a.where, b.where) ||
    compareText(a.quote, b.quote)
  );
}

/** Each piece of evidence gets its share of the requirement's points, so every point has a source. */
function finalise(raw: RawResult, scale: number): RequirementResult {
  const { requirement, candidates } = raw;
  const valueSum = sumInOrder(candidates.map((c) => c.value));
  const evidence = candidates
    .map(({ source, quote, where, url, value }) => ({
      requirementId: requirement.id,
      source,
      quote,
      where,
      url,
      points: round((raw.points * scale * value) / valueSum, 2),
    }))
    .sort(compareEvidence);
  return {
    requirementId: requirement.id,
    label: requirement.label,
    kind: requirement.kind,
    weight: requirement.weight,
    met: candidates.length > 0,
    strength: round(raw.strength, 3),
    points: round(sumInOrder(evidence.map((e) => e.points)), 2),
    maxPoints: round(raw.maxPoints, 2),
    evidence,
  };
}

function assessConfidence(view: ScorableProfile): { confidence: Confidence; confidenceReasons: string[] } {
  const repositories = view.pinned.filter((repo) => !isGist(repo)).length;
  const gaps: string[] = [];
  let known = 0;
  if (repositories >= 3) known += 2;
  else if (repositories > 0) {
    known += 1;
    gaps.push(`only ${repositories} pinned ${repositories === 1 ? 'repository' : 'repositories'}`);
  } else gaps.push('no pinned repositories');
  if (view.readme?.trim()) known += 1;
  else gaps.push('no profile README');
  if (view.contributionsLastYear !== undefined) known += 1;
  else gaps.push('contributions unknown');
  if (view.bio?.trim()) known += 1;
  else gaps.push('no bio');
  const confidence: Confidence = known >= 4 ? 'high' : known >= 2 ? 'medium' : 'low';
  return { confidence, confidenceReasons: gaps.length > 0 ? gaps : ['pinned repositories, README, bio and contributions all read'] };
}

/**
 * Scores a profile against a posting. Pure and deterministic: the same input always gives
 * the same output, and every point is traceable to an evidence item with a link.
 */
export function scoreProfile(profile: Profile, posting: Posting): ScoreResult {
  const view = scorableView(profile);
  const totalWeight = posting.requirements.reduce((sum, requirement) => sum + requirement.weight, 0);
  const raws = posting.requirements.map((requirement) => rawResult(requirement, view, totalWeight));
  const mustHavesMissing = raws
    .filter((raw) => raw.requirement.kind === 'must' && raw.candidates.length === 0)
    .map((raw) => raw.requirement.label);
  const rawTotal = sumInOrder(raws.map((raw) => raw.points));
  const capped = mustHavesMissing.length > 0 && rawTotal > MUST_HAVE_CAP;
  const requirements = raws.map((raw) => finalise(raw, capped ? MUST_HAVE_CAP / rawTotal : 1));
  const total = Math.min(100, Math.round(sumInOrder(requirements.map((r) => r.points))));
  return { postingId: posting.id, total, ...assessConfidence(view), mustHavesMissing, capped, requirements };
}
