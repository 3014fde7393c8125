import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Requirement } from '@/lib/schema/posting';
import { type Phrase, SKILL_DEFINITIONS, includesSkill } from '@/lib/scoring/skills';
import { skillsInSlug } from '@/lib/scoring/vocabulary-index';

/**
 * The real job postings of ../shared/postings/real with their hand labels (must, must_any_of, plus,
 * not_skills). Labels are plain lower-case names; they are mapped to the vocabulary's ids here, never
 * edited. A label the vocabulary cannot name counts as missed and is listed, so a gap in the
 * vocabulary shows as one.
 */

export const REAL_POSTINGS_DIR = fileURLToPath(new URL('../../../shared/postings/real/', import.meta.url));
export const hasRealPostings = existsSync(REAL_POSTINGS_DIR);

export interface PostingLabels {
  role: string;
  must: string[];
  must_any_of: string[][];
  plus: string[];
  not_skills: string[];
}

export interface RealPosting {
  name: string;
  text: string;
  labels: PostingLabels;
}

export function loadRealPostings(): RealPosting[] {
  return readdirSync(REAL_POSTINGS_DIR)
    .filter((file) => /^\d+-.+\.md$/.test(file))
    .sort()
    .map((file) => {
      const name = file.replace(/\.md$/, '');
      const labels = JSON.parse(readFileSync(`${REAL_POSTINGS_DIR}${name}.labels.json`, 'utf8')) as PostingLabels;
      return { name, text: readFileSync(`${REAL_POSTINGS_DIR}${file}`, 'utf8'), labels };
    });
}

const phraseText = (phrase: Phrase) => (typeof phrase === 'string' ? phrase : phrase.text).toLowerCase();

/** Every name a skill goes by, lower case: id, label and aliases. */
const NAMES = new Map<string, Set<string>>();
for (const skill of SKILL_DEFINITIONS) {
  for (const name of [skill.id.replace(/-/g, ' '), skill.id, skill.label.toLowerCase(), ...skill.aliases.map(phraseText)]) {
    NAMES.set(name, (NAMES.get(name) ?? new Set()).add(skill.id));
  }
}

/** The vocabulary's ids for a label: by exact name first, else by reading it as a slug ("rest api"). */
export function skillsOfLabel(label: string): string[] {
  const exact = NAMES.get(label.trim().toLowerCase());
  if (exact) return [...exact];
  return [...skillsInSlug(label)].map((skill) => skill.id);
}

/** The same skill, or one includes the other (a posting's "PostgreSQL" for a label's "sql"). */
function related(a: string, b: string): boolean {
  return a === b || includesSkill(a, b) || includesSkill(b, a);
}

const matchesAny = (ids: readonly string[], proposed: readonly string[]) => ids.some((id) => proposed.some((other) => related(id, other)));

/** The words a not_skills entry names: "github, jenkins (only in "Our stack")" → github, jenkins. */
function notSkillNames(entry: string): string[] {
  const head = entry.split(/\s\(/)[0] ?? entry;
  return head.split(/,|\s\/\s|\bor\b|\band\b/).map((name) => name.trim()).filter(Boolean);
}

export interface PostingScore {
  name: string;
  mustFound: number;
  mustTotal: number;
  mustMissed: string[];
  /** Proposed must-have skills that are labelled must (or one of an any-of group). */
  mustRight: number;
  mustProposed: number;
  mustWrong: string[];
  plusFound: number;
  plusTotal: number;
  plusMissed: string[];
  /** not_skills entries proposed as any requirement. */
  notSkillsProposed: string[];
  /** Labels the vocabulary has no name for. */
  unmapped: string[];
}

export function scorePosting(posting: RealPosting, requirements: readonly Requirement[]): PostingScore {
  const { labels } = posting;
  const skillsOf = (kind: Requirement['kind']) => requirements.filter((r) => r.kind === kind).flatMap((r) => r.skills);
  const proposedMust = skillsOf('must');
  const proposedPlus = skillsOf('plus');
  const proposedAll = [...proposedMust, ...proposedPlus];
  const unmapped: string[] = [];
  const mapped = (label: string) => {
    const ids = skillsOfLabel(label);
    if (ids.length === 0) unmapped.push(label);
    return ids;
  };

  const mustGroups = [...labels.must.map((label) => ({ label, ids: mapped(label) })), ...labels.must_any_of.map((group) => ({ label: group.join(' | '), ids: group.flatMap(mapped) }))];
  const mustMissed = mustGroups.filter(({ ids }) => !matchesAny(ids, proposedMust)).map(({ label }) => label);
  const labelledMust = mustGroups.flatMap(({ ids }) => ids);
  const mustWrong = [...new Set(proposedMust)].filter((id) => !labelledMust.some((other) => related(id, other)));

  const plusLabels = labels.plus.map((label) => ({ label, ids: mapped(label) }));
  const plusMissed = plusLabels.filter(({ ids }) => !matchesAny(ids, proposedPlus)).map(({ label }) => label);

  const labelled = [...labelledMust, ...plusLabels.flatMap(({ ids }) => ids)];
  const notSkillsProposed = labels.not_skills.filter((entry) =>
    notSkillNames(entry).some((name) => {
      const ids = skillsOfLabel(name).filter((id) => !labelled.some((other) => related(id, other)));
      return matchesAny(ids, proposedAll);
    }),
  );

  return {
    name: posting.name,
    mustFound: mustGroups.length - mustMissed.length,
    mustTotal: mustGroups.length,
    mustMissed,
    mustRight: new Set(proposedMust).size - mustWrong.length,
    mustProposed: new Set(proposedMust).size,
    mustWrong,
    plusFound: plusLabels.length - plusMissed.length,
    plusTotal: plusLabels.length,
    plusMissed,
    notSkillsProposed,
    unmapped,
  };
}
