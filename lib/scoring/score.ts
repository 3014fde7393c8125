import type { FoundEvidence, ProfileAnalysis } from '../schema/analysis';
import type { Posting, Requirement } from '../schema/posting';
import type { Profile } from '../schema/profile';
import type { Evidence, RequirementResult, ScoreResult } from '../schema/score';
import { analyzeProfile } from './analyze';
import { confidenceOf, isDirect } from './confidence';
import { capRepositoryItems, clip, sortStrongestFirst } from './findings';
import { type GapPlan, gapOf, gapPlanOf } from './gaps';
import { findTermMention, languageMatchesTerm } from './mentions';
import { getSkill } from './skills';
import { FULL_STRENGTH, MUST_HAVE_CAP, MUST_HAVE_SHARE, MUST_HAVES_CAP, MUST_MET_STRENGTH, SIGNAL_VALUES } from './values';

export { MUST_HAVE_CAP, MUST_HAVES_CAP, MUST_MET_STRENGTH, SIGNAL_VALUES };
export { analyzeProfile, isAnalysisCurrent } from './analyze';

interface RequirementPlan {
  requirement: Requirement;
  /** Ids unknown to this vocabulary (a posting made with a newer one) are left out, not fatal. */
  skillIds: string[];
  terms: readonly string[];
  maxPoints: number;
  isMust: boolean;
  /** Every skill it asks for is a trait read from profile-wide signals (open source, community, writing). */
  isTrait: boolean;
  gap: GapPlan;
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

/** Must-haves share MUST_HAVE_SHARE points by weight and pluses the rest; a posting of one kind gives it all 100. */
function makePlans(posting: Posting): RequirementPlan[] {
  const weightOf = (kind: Requirement['kind']) => posting.requirements.reduce((sum, r) => sum + (r.kind === kind ? r.weight : 0), 0);
  const mustWeight = weightOf('must');
  const plusWeight = weightOf('plus');
  const shareOf = (kind: Requirement['kind']) => {
    if (mustWeight === 0 || plusWeight === 0) return 100;
    return kind === 'must' ? MUST_HAVE_SHARE : 100 - MUST_HAVE_SHARE;
  };
  return posting.requirements.map((requirement) => {
    const skills = requirement.skills.map(getSkill).filter((skill) => skill !== undefined);
    const kindWeight = requirement.kind === 'must' ? mustWeight : plusWeight;
    return {
      requirement,
      skillIds: skills.map((skill) => skill.id),
      terms: requirement.terms ?? [],
      maxPoints: kindWeight > 0 ? (shareOf(requirement.kind) * requirement.weight) / kindWeight : 0,
      isMust: requirement.kind === 'must',
      isTrait: skills.length > 0 && skills.every((skill) => skill.signals?.length),
      gap: gapPlanOf(requirement),
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
  for (const id of plan.skillIds) {
    const list = analysis.skills[id];
    if (!list || list.length === 0) continue;
    if (!first) first = list;
    else (all ??= [first]).push(list);
  }
  for (const term of plan.terms) {
    const list = termEvidence(analysis, term);
    if (list.length === 0) continue;
    if (!first) first = list;
    else (all ??= [first]).push(list);
  }
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
/** Points from the work itself (see confidence.ts), summed over a result's requirements for its confidence. */
interface DirectPoints {
  sum: number;
}

function finalise(plan: RequirementPlan, found: readonly FoundEvidence[], valueSum: number, strength: number, met: boolean, points: number, direct: DirectPoints): RequirementResult {
  const { requirement } = plan;
  const share = points / valueSum;
  // Sized once: push() would reserve room for 16 items in each of the thousands of lists a re-score makes.
  const evidence: Evidence[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const { source, quote, where, url, value } = found[i]!;
    const item = { requirementId: requirement.id, source, quote, where, url, points: roundTo2(share * value) };
    evidence[i] = item;
    if (isDirect(source)) direct.sum += item.points;
  }
  return {
    requirementId: requirement.id,
    label: requirement.label,
    kind: requirement.kind,
    weight: requirement.weight,
    met,
    strength: Math.round(strength * 1000) / 1000,
    points: roundedSum(evidence, roundTo2(plan.maxPoints)),
    maxPoints: roundTo2(plan.maxPoints),
    evidence,
  };
}

/**
 * The sum of the rounded evidence points, smallest first so the last bits never depend on input
 * order. Rounding each item can lift a full requirement a cent above its maximum: the strongest
 * item gives the cent back, so the points shown always add up and never pass the maximum.
 */
function roundedSum(evidence: Evidence[], max: number): number {
  let sum = 0;
  for (let i = evidence.length - 1; i >= 0; i--) sum += evidence[i]!.points;
  const excess = roundTo2(sum - max);
  if (excess > 0 && evidence.length > 0) {
    evidence[0]!.points = roundTo2(evidence[0]!.points - excess);
    return max;
  }
  return roundTo2(sum);
}

/** A plus is met by any evidence; a must-have needs enough of it: one 1 KB repository is not production Go. */
function isMet(plan: RequirementPlan, found: readonly FoundEvidence[], strength: number): boolean {
  return found.length > 0 && (!plan.isMust || strength >= MUST_MET_STRENGTH);
}

// ---- entry points --------------------------------------------------------------------

/**
 * Scores a stored analysis against a posting: only weights and sums (and recruiter terms, matched
 * lazily). Pure and deterministic, and every point is traceable to an evidence item with a link.
 */
/**
 * Per-requirement working values, reused by every call: a re-score of thousands would otherwise
 * make five small arrays per candidate for the garbage collector. scoreAnalysis is synchronous and
 * never calls itself, so one set is enough.
 */
const scratch = { found: [] as (readonly FoundEvidence[])[], sums: [] as number[], strengths: [] as number[], met: [] as boolean[], points: [] as number[], direct: { sum: 0 } as DirectPoints };

export function scoreAnalysis(analysis: ProfileAnalysis, posting: Posting): ScoreResult {
  const plans = planFor(posting);
  const { found, sums, strengths, met, points } = scratch;
  const mustHavesMissing: string[] = [];
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    const evidence = evidenceFor(analysis, plan);
    found[i] = evidence;
    sums[i] = sumOfValues(evidence);
    strengths[i] = 1 - Math.exp(-sums[i]!);
    met[i] = isMet(plan, evidence, strengths[i]!);
    if (plan.isMust && !met[i]) mustHavesMissing.push(plan.requirement.label);
  }
  const mustScale = mustCoverage(plans, strengths);
  let rawTotal = 0;
  for (let i = 0; i < plans.length; i++) rawTotal += points[i] = shownShare(strengths[i]!) * plans[i]!.maxPoints * (plans[i]!.isMust ? mustScale : 1);
  const cap = mustHavesMissing.length === 0 ? 100 : mustHavesMissing.length === 1 ? MUST_HAVE_CAP : MUST_HAVES_CAP;
  const scale = rawTotal > cap ? cap / rawTotal : 1;
  const requirements: RequirementResult[] = new Array(plans.length);
  const { direct } = scratch;
  direct.sum = 0;
  let sum = 0;
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    const result = finalise(plan, found[i]!, sums[i]!, strengths[i]!, met[i]!, points[i]! * scale, direct);
    if (plan.isMust && !met[i]) result.gap = gapOf(plan.gap, found[i]!, analysis.coverage);
    requirements[i] = result;
    sum += result.points;
  }
  const total = Math.min(100, Math.round(sum));
  const { confidence, confidenceReasons, raiseConfidence } = confidenceOf(analysis, sum > 0 ? direct.sum / sum : 1);
  return { postingId: posting.id, total, confidence, confidenceReasons, raiseConfidence, mustHavesMissing, capped: rawTotal > cap, requirements };
}

/** A requirement shown at FULL_STRENGTH earns all its points: it is checked off, not a contest of depth. */
function shownShare(strength: number): number {
  return Math.min(1, strength / FULL_STRENGTH);
}

/**
 * Must-haves are wanted together: each one's points count in proportion to how much of the
 * posting's skill must-haves is shown (by weight, one at FULL_STRENGTH or more counting in full).
 * A trait (open source, community, writing: read from profile-wide signals) shows a fit only
 * together with those skills, so popular work in an unrelated field, with no sign of the skills
 * asked for, earns almost nothing. A posting whose must-haves are all traits counts them all.
 */
function mustCoverage(plans: readonly RequirementPlan[], strengths: readonly number[]): number {
  const skillMustHaves = plans.some((plan) => plan.isMust && !plan.isTrait);
  let shown = 0;
  let weight = 0;
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    if (!plan.isMust || (skillMustHaves && plan.isTrait)) continue;
    weight += plan.requirement.weight;
    shown += plan.requirement.weight * shownShare(strengths[i]!);
  }
  return weight > 0 ? shown / weight : 1;
}

/** Scores a profile against a posting: scoreAnalysis(analyzeProfile(profile), posting). */
export function scoreProfile(profile: Profile, posting: Posting): ScoreResult {
  return scoreAnalysis(analyzeProfile(profile), posting);
}
