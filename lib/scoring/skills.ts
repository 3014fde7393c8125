/**
 * The skill vocabulary postings refer to by id: the registry. The data lives in ./vocabulary/*.ts by category.
 *
 * A plain string alias is unambiguous: it is matched case-insensitively as a whole word
 * (an optional plural "s" included). A word that is also ordinary English or a name
 * ("Go", "Rust", "Ruby", "C", "React", "Spark", "Chef") is a ContextualPhrase instead: matched in its exact
 * case, never inside a hyphenated compound, and only next to a technical word (see mentions.ts).
 */

import { BACKEND } from './vocabulary/backend';
import { CLOUD } from './vocabulary/cloud';
import { CONCEPTS, PRACTICES } from './vocabulary/concepts';
import { SPOKEN_LANGUAGES } from './vocabulary/spoken-languages';
import { TRANSLATED_ALIASES } from './vocabulary/translations';
import { DATA, DATABASES, MACHINE_LEARNING } from './vocabulary/data';
import { FRONTEND } from './vocabulary/frontend';
import { INFRASTRUCTURE } from './vocabulary/infrastructure';
import { LANGUAGES } from './vocabulary/languages';
import { TESTING, TOOLS } from './vocabulary/testing';

export type SkillCategory =
  | 'language'
  | 'framework'
  | 'library'
  | 'frontend'
  | 'mobile'
  | 'database'
  | 'data'
  | 'ml'
  | 'cloud'
  | 'infrastructure'
  | 'devops'
  | 'testing'
  | 'tool'
  | 'practice'
  | 'concept'
  /** English, German…: what the candidate speaks and writes. */
  | 'spoken-language';

export interface ContextualPhrase {
  text: string;
  /** Defaults to true: "Go" is the language, "go" is the verb. */
  caseSensitive?: boolean;
  /** Defaults to true: a technical word must be within a few words in the same sentence. */
  needsContext?: boolean;
  /** Words either side searched for a technical word; defaults to 3. */
  window?: number;
  /** Defaults to false: "Kafka-based" counts only when this is true ("go-to" never does). */
  inCompounds?: boolean;
  /** Defaults to true: listed beside another ambiguous name, each vouches for the other ("Ruby, Go"); not first names ("Julia and Jasmine"). */
  vouches?: boolean;
  /** Also match the phrase followed by "s". */
  plural?: boolean;
  /** Lower-case words that, directly before, make it something else ("let's Go", "Taylor Swift"). */
  notBefore?: readonly string[];
  /** Lower-case words that, directly after, make it something else ("Go to", "Go ahead"). */
  notAfter?: readonly string[];
}

export type Phrase = string | ContextualPhrase;

/** Evidence read from the profile's numbers and lists rather than its words. */
export type ProfileSignal =
  | 'public-repositories'
  | 'contributions'
  | 'organization-memberships'
  | 'followers'
  | 'readme-length'
  | 'merged-pull-requests'
  /** Stars and forks by others on the person's own repositories. */
  | 'adoption'
  /** Answering others' questions in public (Stack Overflow answers and reputation). */
  | 'public-answers'
  /** The person's own texts (README, bio, repository descriptions) are written in this language. */
  | 'writes-english'
  | 'writes-german'
  | 'writes-french'
  | 'writes-spanish';

export interface Skill {
  id: string;
  label: string;
  category: SkillCategory;
  /** In SKILLS: the skill's own aliases followed by those of every skill it includes. */
  aliases: readonly Phrase[];
  /** GitHub language names, compared exactly (case-insensitively) with a pinned repo's language. */
  languages?: readonly string[];
  /** GitHub organization logins whose members plausibly work with the skill. */
  orgs?: readonly string[];
  signals?: readonly ProfileSignal[];
  /**
   * Narrower skills whose mentions are also evidence of this one: Laravel is PHP, Lambda is AWS.
   * A posting that names the narrower one asks for it, not for the broader one (lib/postings/propose.ts).
   */
  includes?: readonly string[];
  /**
   * A profile seldom shows it and its absence proves little ("strong written communication"),
   * so a posting's must-have of it is proposed as a low-weight plus.
   */
  rarelyEvidenced?: boolean;
}

/** The vocabulary as written, each skill with only its own aliases. */
const withTranslations = (skill: Skill): Skill =>
  TRANSLATED_ALIASES[skill.id] ? { ...skill, aliases: [...skill.aliases, ...TRANSLATED_ALIASES[skill.id]!] } : skill;

export const SKILL_DEFINITIONS: readonly Skill[] = [
  ...LANGUAGES,
  ...BACKEND,
  ...FRONTEND,
  ...DATABASES,
  ...DATA,
  ...MACHINE_LEARNING,
  ...CLOUD,
  ...INFRASTRUCTURE,
  ...TESTING,
  ...TOOLS,
  ...PRACTICES,
  ...CONCEPTS,
  ...SPOKEN_LANGUAGES,
].map(withTranslations);

const DEFINITIONS_BY_ID = new Map(SKILL_DEFINITIONS.map((skill) => [skill.id, skill]));

/** Every skill the given one includes, directly or through another, in a stable order. */
function includedIds(id: string, seen = new Set<string>([id])): string[] {
  const found: string[] = [];
  for (const included of DEFINITIONS_BY_ID.get(id)?.includes ?? []) {
    if (seen.has(included) || !DEFINITIONS_BY_ID.has(included)) continue;
    seen.add(included);
    found.push(included, ...includedIds(included, seen));
  }
  return found;
}

const phraseKey = (phrase: Phrase) => (typeof phrase === 'string' ? `s:${phrase.toLowerCase()}` : `r:${JSON.stringify(phrase)}`);

function withIncludedAliases(skill: Skill): Skill {
  if (!skill.includes?.length) return skill;
  const seen = new Set<string>();
  const aliases = [skill, ...includedIds(skill.id).map((id) => DEFINITIONS_BY_ID.get(id)!)]
    .flatMap((source) => source.aliases)
    .filter((phrase) => !seen.has(phraseKey(phrase)) && Boolean(seen.add(phraseKey(phrase))));
  return { ...skill, aliases };
}

export const SKILLS: readonly Skill[] = SKILL_DEFINITIONS.map(withIncludedAliases);

export const SKILLS_BY_ID: ReadonlyMap<string, Skill> = new Map(SKILLS.map((skill) => [skill.id, skill]));

export function getSkill(id: string): Skill | undefined {
  return SKILLS_BY_ID.get(id);
}

const narrowerCache = new Map<string, ReadonlySet<string>>();

/** Whether `broader` includes `narrower`, directly or through another skill. */
export function includesSkill(broader: string, narrower: string): boolean {
  let narrowerIds = narrowerCache.get(broader);
  if (!narrowerIds) narrowerCache.set(broader, (narrowerIds = new Set(includedIds(broader))));
  return narrowerIds.has(narrower);
}
