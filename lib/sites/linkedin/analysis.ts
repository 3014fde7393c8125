import type { ProfileAnalysis, SiteCoverage } from '../../schema/analysis';
import type { LinkedInProfile, Position } from '../../schema/profile';
import { type Output, addTextFindings, analysisOf } from '../../scoring/build-analysis';
import { SIGNAL_VALUES } from '../../scoring/values';
import { addWrittenLanguageFindings } from '../../scoring/written-language';
import { Findings, found } from '../../scoring/findings';
import type { Skill } from '../../scoring/skills';
import { mentionsIn, skillsInSlug } from '../../scoring/vocabulary-index';

/**
 * What LinkedIn evidence is worth. Everything on a LinkedIn profile is the person's own claim,
 * so it counts less than code: a listed skill less than a bio mention, a current position about
 * as much as a profile README, and older positions less and less.
 */
export const LINKEDIN_VALUES = {
  /** A skill in the skills list: one click to add, nothing to show for it. */
  skill: 0.3,
  /** A position naming the skill in its title or description, when current (or ended this year). */
  position: 0.6,
  /** A position that ended this many years before the capture counts half. */
  positionHalfLifeYears: 4,
  /** Long-past work still shows the skill was used: recency never goes below this share. */
  positionRecencyFloor: 0.25,
  /** The share when the page gives no end year to compare with the capture time. */
  positionRecencyUnknown: 0.5,
  headline: 0.35,
  about: 0.4,
  /** Positions read for full marks in coverage (fewer count one point). */
  positionsForFullCoverage: 3,
} as const;

/** The only profile fields the analysis may read. Name, location and photo are never among them. */
interface ScorableLinkedIn {
  /** Only a link target for evidence, never matched. */
  profileUrl: string;
  capturedAt: string;
  headline?: string;
  about?: string;
  positions: readonly Position[];
  skills: readonly string[];
}

function scorableView(profile: LinkedInProfile): ScorableLinkedIn {
  return {
    profileUrl: profile.url,
    capturedAt: profile.capturedAt,
    headline: profile.headline,
    about: profile.about,
    positions: profile.positions,
    skills: profile.skills,
  };
}

/** Evidence from a LinkedIn profile: its skills list, positions, headline and about text. */
export function analyzeLinkedIn(profile: LinkedInProfile): ProfileAnalysis {
  const view = scorableView(profile);
  const findings = new Findings();
  const output: Output = { texts: [], languages: [] };
  addSkillFindings(view, findings, output);
  addPositionFindings(view, findings, output);
  addTextFindings(findings, output, {
    location: 'linkedin:headline',
    source: 'headline',
    where: 'LinkedIn headline',
    url: view.profileUrl,
    text: view.headline,
    value: LINKEDIN_VALUES.headline,
  });
  addTextFindings(findings, output, {
    location: 'linkedin:about',
    source: 'about',
    where: 'LinkedIn about',
    url: view.profileUrl,
    text: view.about,
    value: LINKEDIN_VALUES.about,
  });
  addWrittenLanguageFindings(findings, [
    { location: 'linkedin:about', where: 'LinkedIn about', url: view.profileUrl, text: view.about, value: SIGNAL_VALUES.writtenAbout },
  ]);
  return analysisOf(view.profileUrl, findings, output, { siteCoverage: [coverageOf(view)] });
}

// ---- skills list ---------------------------------------------------------------------

/** "Go (Programming Language)" → "Go": LinkedIn's disambiguation in brackets is not part of the name. */
const QUALIFIER = /\s*\([^()]*\)\s*$/;

/**
 * The skills a skills-list entry names. An entry is a name on its own, so an ambiguous word
 * ("Go", "Swift", "Rust") counts when it is the whole entry; inside a longer entry it needs the
 * same context as in prose ("Go To Market" is not Go). "Java" is never JavaScript, nor the reverse.
 */
export function skillsOfListedSkill(entry: string): Skill[] {
  const skills = new Set(mentionsIn(entry).map(({ skill }) => skill));
  const name = entry.replace(QUALIFIER, '').trim();
  if (name && !/\s/.test(name)) for (const skill of skillsInSlug(name)) skills.add(skill);
  return [...skills];
}

function addSkillFindings(view: ScorableLinkedIn, findings: Findings, output: Output): void {
  const counted = new Set<string>();
  for (const entry of view.skills) {
    const location = `linkedin:skill:${entry.toLowerCase()}`;
    const evidence = found(location, 'linkedin-skill', {
      quote: `skill: ${entry}`,
      where: 'LinkedIn skills',
      url: view.profileUrl,
      value: LINKEDIN_VALUES.skill,
    });
    // "Go" and "Golang" in one list are one claim, not two.
    for (const skill of skillsOfListedSkill(entry)) {
      if (counted.has(skill.id)) continue;
      counted.add(skill.id);
      findings.addForSkill(skill.id, evidence);
    }
    const { quote, ...rest } = evidence;
    output.texts.push({ ...rest, text: entry, quote });
  }
}

// ---- positions -----------------------------------------------------------------------

const YEAR = /\b(?:19|20)\d{2}\b/g;

function lastYear(shown: string | undefined): number | undefined {
  const years = shown?.match(YEAR);
  return years ? Number(years[years.length - 1]) : undefined;
}

/** 1 for a current position, halving every positionHalfLifeYears after it ended, never below the floor. */
export function positionRecency(position: Pick<Position, 'end' | 'current'>, capturedAt: string): number {
  const { positionHalfLifeYears, positionRecencyFloor, positionRecencyUnknown } = LINKEDIN_VALUES;
  if (position.current) return 1;
  const ended = lastYear(position.end);
  const capturedYear = new Date(capturedAt).getUTCFullYear();
  if (ended === undefined || Number.isNaN(capturedYear)) return positionRecencyUnknown;
  const yearsAgo = Math.max(0, capturedYear - ended);
  return Math.max(positionRecencyFloor, 0.5 ** (yearsAgo / positionHalfLifeYears));
}

function positionWhere(position: Position): string {
  return position.company ? `LinkedIn position: ${position.title} at ${position.company}` : `LinkedIn position: ${position.title}`;
}

/**
 * The title and the description, one line each. The company is never read: "Go-Jek" is not Go,
 * and working at Oracle says nothing of Oracle Database.
 */
function positionText(position: Position): string {
  return position.description ? `${position.title}\n${position.description}` : position.title;
}

function addPositionFindings(view: ScorableLinkedIn, findings: Findings, output: Output): void {
  view.positions.forEach((position, index) => {
    const location = `linkedin:position:${index}`;
    const where = positionWhere(position);
    const value = LINKEDIN_VALUES.position * positionRecency(position, view.capturedAt);
    const text = positionText(position);
    for (const { skill, excerpt } of mentionsIn(text)) {
      findings.addForSkill(skill.id, found(location, 'linkedin-position', { quote: excerpt, where, url: view.profileUrl, value }));
    }
    output.texts.push({ location, source: 'linkedin-position', where, url: view.profileUrl, text, value });
  });
}

// ---- coverage ------------------------------------------------------------------------

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function coverageOf(view: ScorableLinkedIn): SiteCoverage {
  const reasons: string[] = [];
  let known = 0;
  const positions = view.positions.length;
  if (positions > 0) {
    known += positions >= LINKEDIN_VALUES.positionsForFullCoverage ? 2 : 1;
    reasons.push(`${plural(positions, 'position')} read`);
  } else reasons.push('no positions shown');
  if (view.skills.length > 0) {
    known += 1;
    reasons.push(`${plural(view.skills.length, 'skill')} read`);
  } else reasons.push('no skills section');
  if (view.about?.trim()) {
    known += 1;
    reasons.push('about section read');
  } else reasons.push('no about section');
  return { site: 'linkedin', known: Math.min(4, known), reasons };
}
