import type { ProfileAnalysis, SiteCoverage } from '../../schema/analysis';
import { isHttpUrl } from '../../schema/limits';
import type { StackOverflowProfile, StackOverflowTag } from '../../schema/profile';
import { type Output, addTextFindings, analysisOf } from '../../scoring/build-analysis';
import { SIGNAL_VALUES } from '../../scoring/values';
import { addWrittenLanguageFindings } from '../../scoring/written-language';
import { Findings, formatCount, found, log10Scaled, urlWithQuery } from '../../scoring/findings';
import { skillsInSlug, slugToWords } from '../../scoring/vocabulary-index';

/** What Stack Overflow evidence is worth; on the same scale as SIGNAL_VALUES (values.ts). */
export const STACKOVERFLOW_VALUES = {
  /** A tag listed without numbers (a Developer Story's technologies): named, not shown in answers. */
  listedTag: 0.3,
  /** A top tag with a score or posts: this, plus its score and posts with diminishing returns. */
  scoredTagBase: 0.4,
  /** Per tenfold of the tag score (upvotes in the tag): 10 → +0.26, 1,000 → +0.75. */
  tagScorePerDecade: 0.25,
  /** Per tenfold of posts in the tag. */
  tagPostsPerDecade: 0.1,
  /** No single tag is worth more than this: about what a language across many repositories earns. */
  tagMax: 1.6,
  /** The about text naming a skill: a little more than a one-line bio, less than a README. */
  about: 0.4,
  /** Per tenfold of answers, for helping others in public (community). */
  answersPerDecade: 0.2,
  /** Per tenfold of (reputation / 100). */
  reputationPerDecade: 0.1,
  publicAnswersMax: 1,
  /** Every account starts with this reputation: it shows nothing. */
  startingReputation: 1,
} as const;

/** The only profile fields scoring may read. Name, login, location, links and avatar are never among them. */
interface ScorableStackOverflow {
  /** Only a link target for evidence. */
  profileUrl: string;
  about?: string;
  reputation?: number;
  answers?: number;
  tags: readonly StackOverflowTag[];
}

function scorableView(profile: StackOverflowProfile): ScorableStackOverflow {
  return { profileUrl: profile.url, about: profile.about, reputation: profile.reputation, answers: profile.answers, tags: profile.tags };
}

/** Evidence from a Stack Overflow profile: top tags, the about text, and answering in public. */
export function analyzeStackOverflow(profile: StackOverflowProfile): ProfileAnalysis {
  const view = scorableView(profile);
  const findings = new Findings();
  const output: Output = { texts: [], languages: [] };
  for (const tag of view.tags) addTagFindings(tag, view.profileUrl, findings, output);
  addTextFindings(findings, output, {
    location: 'stackoverflow:about',
    source: 'about',
    where: 'Stack Overflow about',
    url: view.profileUrl,
    text: view.about,
    value: STACKOVERFLOW_VALUES.about,
  });
  addWrittenLanguageFindings(findings, [
    { location: 'stackoverflow:about', where: 'Stack Overflow about', url: view.profileUrl, text: view.about, value: SIGNAL_VALUES.writtenAbout },
  ]);
  addAnswerFindings(view, findings);
  return analysisOf(view.profileUrl, findings, output, { siteCoverage: [coverageOf(view)] });
}

// ---- tags ----------------------------------------------------------------------------

const hasNumbers = (tag: StackOverflowTag) => tag.score !== undefined || tag.posts !== undefined;

/** Grows with score and posts, each tenfold adding the same: 1.2k score is not a hundred times 12. */
export function tagValue(tag: StackOverflowTag): number {
  const { listedTag, scoredTagBase, tagScorePerDecade, tagPostsPerDecade, tagMax } = STACKOVERFLOW_VALUES;
  if (!hasNumbers(tag)) return listedTag;
  const value = scoredTagBase + log10Scaled(tagScorePerDecade, Math.max(0, tag.score ?? 0)) + log10Scaled(tagPostsPerDecade, tag.posts ?? 0);
  return Math.min(tagMax, value);
}

function tagQuote(tag: StackOverflowTag): string {
  const parts: string[] = [];
  if (tag.score !== undefined) parts.push(`${formatCount(tag.score)} score`);
  if (tag.posts !== undefined) parts.push(`${formatCount(tag.posts)} posts`);
  return parts.length > 0 ? `${tag.name} tag: ${parts.join(', ')}` : `${tag.name} tag (listed, no score shown)`;
}

function addTagFindings(tag: StackOverflowTag, profileUrl: string, findings: Findings, output: Output): void {
  const location = `stackoverflow:tag:${tag.name}`;
  const at = { where: `Stack Overflow tag ${tag.name}`, url: isHttpUrl(tag.url) ? tag.url : profileUrl, quote: tagQuote(tag), value: tagValue(tag) };
  for (const skill of skillsInSlug(tag.name)) findings.addForSkill(skill.id, found(location, 'stackoverflow-tag', at));
  // Kept by name for a recruiter's own terms: "Terraform" finds the terraform tag exactly, "Ruby on Rails" its words.
  output.languages.push({ location, source: 'stackoverflow-tag', ...at, language: tag.name });
  output.texts.push({ location, source: 'stackoverflow-tag', ...at, text: slugToWords(tag.name), language: tag.name });
}

// ---- answers and reputation ----------------------------------------------------------

function addAnswerFindings(view: ScorableStackOverflow, findings: Findings): void {
  const { answers, reputation = 0 } = view;
  const { answersPerDecade, reputationPerDecade, publicAnswersMax, startingReputation } = STACKOVERFLOW_VALUES;
  // A known count of zero answers is no answering, whatever the reputation (questions earn some too).
  const answered = answers !== undefined ? answers > 0 : reputation > startingReputation;
  if (!answered) return;
  const parts: string[] = [];
  if (answers !== undefined) parts.push(`${formatCount(answers)} answers`);
  if (reputation > 0) parts.push(`${formatCount(reputation)} reputation`);
  const value = Math.min(publicAnswersMax, log10Scaled(answersPerDecade, answers ?? 0) + log10Scaled(reputationPerDecade, reputation / 100));
  findings.addForSignal(
    'public-answers',
    found('stackoverflow:answers', 'stackoverflow-answers', {
      where: 'Stack Overflow answers',
      url: urlWithQuery(view.profileUrl, { tab: 'answers' }),
      quote: `${parts.join(', ')} on Stack Overflow`,
      value,
    }),
  );
}

// ---- coverage ------------------------------------------------------------------------

const plural = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;

function coverageOf(view: ScorableStackOverflow): SiteCoverage {
  let known = 0;
  const reasons: string[] = [];
  const scored = view.tags.filter(hasNumbers).length;
  if (scored > 0) {
    known += 2;
    reasons.push(`${plural(view.tags.length, 'top tag')} read`);
  } else if (view.tags.length > 0) {
    known += 1;
    reasons.push(`${plural(view.tags.length, 'tag')} listed, without scores`);
  } else {
    reasons.push('no top tags shown');
  }
  if (view.about?.trim()) {
    known += 1;
    reasons.push('about text read');
  } else {
    reasons.push('no about text');
  }
  if (view.answers !== undefined) {
    known += 1;
    reasons.push(`${plural(view.answers, 'answer')} read`);
  } else if (view.reputation !== undefined) {
    known += 1;
    reasons.push('reputation read, answer count not shown');
  } else {
    reasons.push('answers and reputation not shown');
  }
  return { site: 'stackoverflow', known, reasons };
}
