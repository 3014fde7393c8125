import type { Coverage, FoundEvidence, ProfileAnalysis } from '../schema/analysis';
import type { Posting, Requirement } from '../schema/posting';
import { type Profile, SITE_LABELS } from '../schema/profile';
import type { Confidence, Evidence, RequirementResult, ScoreResult } from '../schema/score';
import { analyzeProfile } from './analyze';
import { capRepositoryItems, clip, sortStrongestFirst } from './findings';
import { findTermMention, languageMatchesTerm } from './match';
import { type ProfileSignal, getSkill } from './skills';
import { MUST_HAVE_CAP, SIGNAL_VALUES } from './values';

export { MUST_HAVE_CAP, SIGNAL_VALUES };
export { analyzeProfile, isAnalysisCurrent } from './analyze';

interface RequirementPlan {
  requirement: Requirement;
  /** Ids unknown to this vocabulary (a posting made with a newer one) are left out, not fatal. */
  skillIds: string[];
  /** The profile signals its skills read. */
  signals: ProfileSignal[];
  terms: readonly string[];
  maxPoints: number;
}

/** What to look up for each requirement, made once per posting rather than once per candidate. */
interface PostingPlan {
  requirements: Posting['requirements'];
  updatedAt: string;
  plans: RequirementPlan[];
}

const postingPlans = new WeakMap<Posting, PostingPlan>();

function planFor(posting: Posting): RequirementPlan[] {
  const cached = postingPlans.get(posting);
  // A posting edited in place gets a new plan.
  if (cached && cached.requirements === posting.requirements && cached.updatedAt === posting.updatedAt) return cached.plans;
  const plans = makePlans(posting);
  postingPlans.set(posting, { requirements: posting.requirements, updatedAt: posting.updatedAt, plans });
  return plans;
}

function makePlans(posting: Posting): RequirementPlan[] {
  const totalWeight = posting.requirements.reduce((sum, requirement) => sum + requirement.weight, 0);
  return posting.requirements.map((requirement) => {
    const skills = requirement.skills.map(getSkill).filter((skill) => skill !== undefined);
    return {
      requirement,
      skillIds: skills.map((skill) => skill.id),
      signals: [...new Set(skills.flatMap((skill) => skill.signals ?? []))],
      terms: requirement.terms ?? [],
      maxPoints: totalWeight > 0 ? (requirement.weight / totalWeight) * 100 : 0,
    };
  });
}

// ---- recruiter terms: matched lazily, only for requirements that have them -----------

const termCache = new WeakMap<ProfileAnalysis, Map<string, FoundEvidence[]>>();

function termEvidence(analysis: ProfileAnalysis, term: string): FoundEvidence[] {
  let byTerm = termCache.get(analysis);
  if (!byTerm) termCache.set(analysis, (byTerm = new Map()));
  const key = term.toLowerCase();
  let evidence = byTerm.get(key);
  if (!evidence) byTerm.set(key, (evidence = findTerm(analysis, term)));
  return evidence;
}

function findTerm(analysis: ProfileAnalysis, term: string): FoundEvidence[] {
  const evidence: FoundEvidence[] = [];
  for (const { text, quote, language, ...at } of analysis.texts) {
    // A term naming the repository's language is counted once, by the language.
    if (language !== undefined && languageMatchesTerm(language, term)) continue;
    const mention = findTermMention(text, term);
    if (mention) evidence.push({ ...at, quote: clip(quote ?? mention.excerpt) });
  }
  for (const { language, ...languageEvidence } of analysis.languages) {
    if (languageMatchesTerm(language, term)) evidence.push(languageEvidence);
  }
  return strongestPerLocation([evidence]);
}

// ---- combining -----------------------------------------------------------------------

const NO_EVIDENCE: readonly FoundEvidence[] = [];

/**
 * One place (a repository, the bio, a language…) is one piece of evidence: its strongest reading,
 * the first one on a tie. Only the strongest few repositories are kept, as for a single skill.
 * The lists are short: a linear search is faster here than hashing every location into a Map.
 */
function strongestPerLocation(lists: readonly (readonly FoundEvidence[])[]): FoundEvidence[] {
  const best: FoundEvidence[] = [];
  for (const list of lists) {
    for (const evidence of list) {
      let i = 0;
      while (i < best.length && best[i]!.location !== evidence.location) i++;
      if (i === best.length) best.push(evidence);
      else if (evidence.value > best[i]!.value) best[i] = evidence;
    }
  }
  return capRepositoryItems(sortStrongestFirst(best));
}

/**
 * Strongest first, one per location. The analysis already holds each skill's list that way, so
 * a requirement with one list (most) needs no merging. Nothing is cached per analysis: analyses
 * read back from storage are new objects every time.
 */
function evidenceFor(analysis: ProfileAnalysis, plan: RequirementPlan): readonly FoundEvidence[] {
  let first: readonly FoundEvidence[] | undefined;
  let all: (readonly FoundEvidence[])[] | undefined;
  const found = (list: readonly FoundEvidence[] | undefined) => {
    if (!list || list.length === 0) return;
    if (!first) first = list;
    else if (!all) all = [first, list];
    else all.push(list);
  };
  for (const id of plan.skillIds) found(analysis.skills[id]);
  for (const signal of plan.signals) found(analysis.signals[signal]);
  for (const term of plan.terms) found(termEvidence(analysis, term));
  return all ? strongestPerLocation(all) : (first ?? NO_EVIDENCE);
}

/** Summed smallest first, over a list in a fixed order, so the last bits never depend on input order. */
function sumOfValues(sortedStrongestFirst: readonly FoundEvidence[]): number {
  let sum = 0;
  for (let i = sortedStrongestFirst.length - 1; i >= 0; i--) sum += sortedStrongestFirst[i]!.value;
  return sum;
}

const roundTo2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Each piece of evidence gets its share of the requirement's points, so every point has a source.
 * The evidence is already strongest first, so the points come out in descending order.
 */
function finalise(plan: RequirementPlan, found: readonly FoundEvidence[], strength: number, points: number): RequirementResult {
  const { requirement } = plan;
  const share = points / sumOfValues(found);
  const evidence: Evidence[] = [];
  let sum = 0;
  for (const { source, quote, where, url, value } of found) {
    const item = { requirementId: requirement.id, source, quote, where, url, points: roundTo2(share * value) };
    evidence.push(item);
  }
  for (let i = evidence.length - 1; i >= 0; i--) sum += evidence[i]!.points;
  return {
    requirementId: requirement.id,
    label: requirement.label,
    kind: requirement.kind,
    weight: requirement.weight,
    met: evidence.length > 0,
    strength: Math.round(strength * 1000) / 1000,
    points: roundTo2(sum),
    maxPoints: roundTo2(plan.maxPoints),
    evidence,
  };
}

// ---- confidence ----------------------------------------------------------------------

const repositoriesNoun = (count: number) => (count === 1 ? 'repository' : 'repositories');

/** Where the repositories were read: the whole public list from the API, or only what the page pins. */
function repositoryCoverage({ repositories, repositoriesAtLimit, pinnedRepositories: pinned }: Coverage): { known: number; reason: string } {
  if (repositories !== undefined) {
    if (repositories === 0) return { known: 1, reason: 'no public repositories' };
    const read = repositoriesAtLimit ? `the first ${repositories} public repositories read (there may be more)` : `all ${repositories} public ${repositoriesNoun(repositories)} read`;
    return { known: 3, reason: read };
  }
  if (pinned >= 3) return { known: 2, reason: `page only: ${pinned} pinned repositories` };
  if (pinned > 0) return { known: 1, reason: `page only: only ${pinned} pinned ${repositoriesNoun(pinned)}` };
  return { known: 0, reason: 'no pinned repositories' };
}

interface Assessed {
  confidence: Confidence;
  confidenceReasons: readonly string[];
}

/** A different number for every different coverage (pinned repositories are at most a few). */
function coverageKey({ repositories = -1, repositoriesAtLimit, pinnedRepositories, readme, bio, contributions }: Coverage): number {
  const flags = (repositoriesAtLimit ? 8 : 0) + (readme ? 4 : 0) + (bio ? 2 : 0) + (contributions ? 1 : 0);
  return ((repositories + 1) * 1000 + pinnedRepositories) * 16 + flags;
}

// Coverage takes few distinct values: each is assessed once, not once per candidate.
const assessedCoverage = new Map<number, Assessed>();

function githubConfidence(coverage: Coverage): Assessed {
  const key = coverageKey(coverage);
  let assessed = assessedCoverage.get(key);
  if (!assessed) assessedCoverage.set(key, (assessed = assess(coverage)));
  return assessed;
}

const confidenceOfKnown = (known: number): Confidence => (known >= 4 ? 'high' : known >= 2 ? 'medium' : 'low');

/**
 * One site: its own assessment. Several linked profiles: what they show together, each reason
 * labelled with its site ("GitHub: all 7 public repositories read").
 */
function confidenceOf({ coverage, siteCoverage }: Pick<ProfileAnalysis, 'coverage' | 'siteCoverage'>): { confidence: Confidence; confidenceReasons: string[] } {
  if (coverage && siteCoverage.length === 0) {
    const assessed = githubConfidence(coverage);
    return { confidence: assessed.confidence, confidenceReasons: [...assessed.confidenceReasons] };
  }
  const parts = [
    ...(coverage ? [{ site: 'GitHub', known: githubKnown(coverage), reasons: githubConfidence(coverage).confidenceReasons }] : []),
    ...siteCoverage.map((entry) => ({ site: SITE_LABELS[entry.site], known: entry.known, reasons: entry.reasons })),
  ];
  if (parts.length === 1) return { confidence: confidenceOfKnown(parts[0]!.known), confidenceReasons: [...parts[0]!.reasons] };
  const known = parts.reduce((sum, part) => sum + part.known, 0);
  return { confidence: confidenceOfKnown(known), confidenceReasons: parts.flatMap((part) => part.reasons.map((reason) => `${part.site}: ${reason}`)) };
}

function githubKnown(coverage: Coverage): number {
  const { known } = repositoryCoverage(coverage);
  return known + [coverage.readme, coverage.contributions, coverage.bio].filter(Boolean).length;
}

function assess(coverage: Coverage): Assessed {
  const repositories = repositoryCoverage(coverage);
  let known = repositories.known;
  const gaps: string[] = [];
  for (const [isKnown, gap] of [
    [coverage.readme, 'no profile README'],
    [coverage.contributions, 'contributions unknown'],
    [coverage.bio, 'no bio'],
  ] as const) {
    if (isKnown) known += 1;
    else gaps.push(gap);
  }
  return { confidence: confidenceOfKnown(known), confidenceReasons: [repositories.reason, ...(gaps.length > 0 ? gaps : ['README, bio and contributions read'])] };
}

// ---- entry points --------------------------------------------------------------------

/**
 * Scores a stored analysis against a posting: only weights and sums (and recruiter terms, matched
 * lazily). Pure and deterministic, and every point is traceable to an evidence item with a link.
 */
export function scoreAnalysis(analysis: ProfileAnalysis, posting: Posting): ScoreResult {
  const plans = planFor(posting);
  const found: (readonly FoundEvidence[])[] = [];
  const strengths: number[] = [];
  const mustHavesMissing: string[] = [];
  let rawTotal = 0;
  for (const plan of plans) {
    const evidence = evidenceFor(analysis, plan);
    const strength = 1 - Math.exp(-sumOfValues(evidence));
    found.push(evidence);
    strengths.push(strength);
    rawTotal += strength * plan.maxPoints;
    if (plan.requirement.kind === 'must' && evidence.length === 0) mustHavesMissing.push(plan.requirement.label);
  }
  const capped = mustHavesMissing.length > 0 && rawTotal > MUST_HAVE_CAP;
  const scale = capped ? MUST_HAVE_CAP / rawTotal : 1;
  const requirements: RequirementResult[] = [];
  let sum = 0;
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    const result = finalise(plan, found[i]!, strengths[i]!, strengths[i]! * plan.maxPoints * scale);
    requirements.push(result);
    sum += result.points;
  }
  const total = Math.min(100, Math.round(sum));
  return { postingId: posting.id, total, ...confidenceOf(analysis), mustHavesMissing, capped, requirements };
}

/** Scores a profile against a posting: scoreAnalysis(analyzeProfile(profile), posting). */
export function scoreProfile(profile: Profile, posting: Posting): ScoreResult {
  return scoreAnalysis(analyzeProfile(profile), posting);
}
