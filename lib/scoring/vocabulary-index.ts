import { excerptAround, findAllSkillMentions } from './mentions';
import { type ContextualPhrase, type Skill, SKILLS, getSkill, includesSkill } from './skills';

/** Lookups over the skill vocabulary for the analysis: every skill a text, a slug, a language or an organization names. */

interface SlugPhrase {
  skill: Skill;
  phrase: ContextualPhrase;
}

interface VocabularyIndex {
  /** Case-sensitive one-word phrases ("Go", "React") by their lower-case text, for lower-case slugs. */
  slugPhrases: Map<string, SlugPhrase[]>;
  byOrganization: Map<string, Skill[]>;
  /** Skills by GitHub language name, lower case: exact, so "JavaScript" is never Java. */
  byLanguage: Map<string, Skill[]>;
  fingerprint: string;
}

let index: VocabularyIndex | undefined;

export const languageKey = (language: string) => language.trim().toLowerCase();

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** FNV-1a over the vocabulary's JSON: cheap, stable, and different whenever a skill changes. */
function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${SKILLS.length}-${(hash >>> 0).toString(16)}`;
}

function vocabularyIndex(): VocabularyIndex {
  if (index) return index;
  const built: VocabularyIndex = {
    slugPhrases: new Map(),
    byOrganization: new Map(),
    byLanguage: new Map(),
    fingerprint: fingerprintOf(JSON.stringify(SKILLS)),
  };
  const withLanguages = SKILLS.filter((skill) => skill.languages?.length);
  for (const skill of SKILLS) {
    // A broader skill's evidence includes its narrower skills' languages, as it includes their aliases (skills.ts).
    for (const narrower of skill.includes?.length ? withLanguages.filter((other) => includesSkill(skill.id, other.id)) : []) {
      for (const language of narrower.languages ?? []) pushTo(built.byLanguage, languageKey(language), skill);
    }
    for (const phrase of skill.aliases) {
      const isSlugPhrase = typeof phrase !== 'string' && phrase.caseSensitive !== false && !/\s/.test(phrase.text);
      if (isSlugPhrase) pushTo(built.slugPhrases, phrase.text.toLowerCase(), { skill, phrase });
    }
    for (const login of skill.orgs ?? []) pushTo(built.byOrganization, login.toLowerCase(), skill);
    for (const language of skill.languages ?? []) pushTo(built.byLanguage, languageKey(language), skill);
  }
  index = built;
  return index;
}

export function vocabularyFingerprint(): string {
  return vocabularyIndex().fingerprint;
}

/** Every skill the text mentions, each with an excerpt around its first mention (context rules as in mentions.ts). */
export function mentionsIn(text: string): { skill: Skill; excerpt: string }[] {
  const first = new Map<string, { index: number; end: number }>();
  for (const mention of findAllSkillMentions(text)) if (!first.has(mention.skillId)) first.set(mention.skillId, mention);
  return [...first].flatMap(([id, { index: start, end }]) => {
    const skill = getSkill(id);
    return skill ? [{ skill, excerpt: excerptAround(text, start, end) }] : [];
  });
}

/** Skills an organization stands for: listed for the skill, or its login names the skill ("rust-lang"). */
export function skillsOfOrganization(login: string): Skill[] {
  const listed = vocabularyIndex().byOrganization.get(login.toLowerCase()) ?? [];
  return [...new Set([...listed, ...mentionsIn(login).map(({ skill }) => skill)])];
}

export function skillsOfLanguage(language: string | undefined): readonly Skill[] {
  return language === undefined ? [] : (vocabularyIndex().byLanguage.get(languageKey(language)) ?? []);
}

/** Whether a repository in this language is direct evidence of the skill. */
export function languageShows(language: string | undefined, skill: Skill): boolean {
  return skillsOfLanguage(language).includes(skill);
}


// ---- slugs: repository names and topics ----------------------------------------------

/** "react-hooks_app" → "react hooks app". Dots stay ("node.js"); camelCase is not split ("JavaScript" is not Java). */
export function slugToWords(slug: string): string {
  return slug.replace(/[-_\s]+/g, ' ').trim();
}

const SLUG_TOKEN = /[\p{L}\p{N}+#]+/gu;

function phraseFits(tokens: readonly string[], i: number, phrase: ContextualPhrase): boolean {
  // A single letter ("C") in a slug is too often a part name: "objective-c", "plan-c", "a-b-c".
  if (phrase.text.length === 1 && tokens.length > 1) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !(before && phrase.notBefore?.includes(before)) && !(after && phrase.notAfter?.includes(after));
}

/**
 * Every skill a slug names. Slugs are lower case and have no sentences, so an ambiguous word
 * ("react", "go") counts as a whole slug word unless a neighbour rules it out ("lets-go", "go-home").
 */
export function skillsInSlug(slug: string): Set<Skill> {
  const spaced = slugToWords(slug);
  const skills = new Set(mentionsIn(spaced).map(({ skill }) => skill));
  const { slugPhrases } = vocabularyIndex();
  const tokens = [...spaced.toLowerCase().matchAll(SLUG_TOKEN)].map(([token]) => token);
  tokens.forEach((token, i) => {
    const singular = token.endsWith('s') ? slugPhrases.get(token.slice(0, -1))?.filter(({ phrase }) => phrase.plural === true) : undefined;
    for (const { skill, phrase } of [...(slugPhrases.get(token) ?? []), ...(singular ?? [])]) {
      if (phraseFits(tokens, i, phrase)) skills.add(skill);
    }
  });
  return skills;
}
