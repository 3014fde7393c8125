import { type ContextualPhrase, type Phrase, type Skill, SKILLS, SKILLS_BY_ID } from './skills';

/** One place a skill (or a recruiter's term) is mentioned in a text. */
export interface Mention {
  /** The skill id, or "term:<term>" for a recruiter's term. */
  key: string;
  /** The words as written in the text. */
  matched: string;
  index: number;
  /** The matched words with a few words around them, for the recruiter to read. */
  excerpt: string;
}

interface CompiledPhrase {
  regex: RegExp;
  rule?: Required<Pick<ContextualPhrase, 'needsContext'>> & ContextualPhrase;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
// Not inside a word, and not the tail of a dotted name: "js" does not match inside "vue.js".
const LEFT_EDGE = `(?<!${WORD_CHAR})(?<![\\p{L}\\p{N}][.])`;
// "java" must not match "JavaScript", "c" not "c++"/"c#", "go" not "go.mod".
const RIGHT_EDGE_AFTER_WORD = `(?![\\p{L}\\p{N}_+#])(?![.][\\p{L}\\p{N}])`;
// A phrase ending in a symbol ("c++", "c#") may be followed by a version: "c++17".
const RIGHT_EDGE_AFTER_SYMBOL = `(?![+#])(?![.][\\p{L}\\p{N}])`;
// Ambiguous words never count inside hyphenated compounds: "go-to", "Objective-C", "C-level".
const NOT_IN_COMPOUND_LEFT = '(?<![\\p{L}\\p{N}]-)';
const NOT_IN_COMPOUND_RIGHT = '(?!-[\\p{L}\\p{N}])';

/** Words that, near an ambiguous word, show it is meant technically ("Go developer", "written in Go"). */
const TECH_CONTEXT_WORDS = new Set([
  'developer', 'dev', 'engineer', 'engineering', 'programmer', 'programming', 'program', 'language', 'languages', 'lang',
  'code', 'coding', 'coder', 'codebase', 'written', 'write', 'writes', 'writing', 'wrote', 'rewrite', 'rewritten', 'backend',
  'back-end', 'frontend', 'library', 'libraries', 'lib', 'framework', 'app', 'application', 'service', 'microservice',
  'api', 'server', 'cli', 'tool', 'tooling', 'sdk', 'compiler', 'runtime', 'stack', 'gem', 'crate', 'module', 'package',
  'generics', 'project', 'software', 'expert', 'enthusiast', 'fan', 'contributor', 'maintainer', 'hacker', 'gopher',
  'rubyist', 'rustacean', 'binding', 'implementation', 'experience', 'proficient', 'fluent', 'skills', 'tech',
  'technologies', 'port', 'component', 'hooks',
]);
const CONJUNCTIONS = new Set(['and', 'or']);
// A list mark between two language names: "Ruby, Go", "C/C++", "Go & Rust", "Ruby and Go".
const LIST_SEPARATOR = /^[\s,/&|·+]*(?:(?:and|or)[\s,/&|·+]*)?$/i;
const HAS_LIST_MARK = /[,/&|·+]|\b(?:and|or)\b/i;
const TOKEN = /[\p{L}\p{N}_][\p{L}\p{N}_+#'’.-]*/gu;
const CONTEXT_WINDOW = 3;

const phraseCache = new Map<string, CompiledPhrase>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isPluralisable(text: string): boolean {
  return text.length >= 3 && /[a-rt-z]$/i.test(text);
}

function compile(phrase: Phrase): CompiledPhrase {
  const cacheKey = typeof phrase === 'string' ? `s:${phrase}` : `r:${JSON.stringify(phrase)}`;
  const cached = phraseCache.get(cacheKey);
  if (cached) return cached;
  const text = typeof phrase === 'string' ? phrase : phrase.text;
  const rule = typeof phrase === 'string' ? undefined : { ...phrase, needsContext: phrase.needsContext ?? true };
  const caseSensitive = rule ? (rule.caseSensitive ?? true) : false;
  const plural = rule ? rule.plural === true : isPluralisable(text);
  const body = escapeRegExp(text).replace(/\s+/g, '\\s+') + (plural ? 's?' : '');
  const rightEdge = /[\p{L}\p{N}_]$/u.test(text) ? RIGHT_EDGE_AFTER_WORD : RIGHT_EDGE_AFTER_SYMBOL;
  const source = rule
    ? LEFT_EDGE + NOT_IN_COMPOUND_LEFT + body + rightEdge + NOT_IN_COMPOUND_RIGHT
    : LEFT_EDGE + body + rightEdge;
  const compiled: CompiledPhrase = { regex: new RegExp(source, caseSensitive ? 'gu' : 'giu'), rule };
  phraseCache.set(cacheKey, compiled);
  return compiled;
}

// Built lazily: single words that are unambiguous skill names also show technical context ("Go and Kubernetes").
let contextVocabulary: { words: Set<string>; ambiguousNames: Set<string> } | undefined;

function vocabularyForContext(): { words: Set<string>; ambiguousNames: Set<string> } {
  if (contextVocabulary) return contextVocabulary;
  const words = new Set<string>();
  const ambiguousNames = new Set<string>();
  for (const skill of SKILLS) {
    for (const phrase of skill.aliases) {
      if (typeof phrase === 'string') {
        if (!/\s/.test(phrase)) words.add(phrase.toLowerCase());
      } else if (phrase.needsContext === false) {
        if (phrase.caseSensitive === false) words.add(phrase.text.toLowerCase());
      } else if (skill.category === 'language' || skill.category === 'framework') {
        ambiguousNames.add(phrase.text);
      }
    }
  }
  contextVocabulary = { words, ambiguousNames };
  return contextVocabulary;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensOf(text: string, offset: number): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    const word = match[0].replace(/[.'’-]+$/, '');
    return { text: word, start: offset + match.index, end: offset + match.index + word.length };
  });
}

function isSentenceBreak(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?' && char !== ';') return false;
  const next = text[index + 1];
  return next === undefined || /\s/.test(next);
}

function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !isSentenceBreak(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isSentenceBreak(text, to)) to++;
  return { from, to };
}

const normalise = (word: string) => word.toLowerCase().replace(/’/g, "'");

function isContextWord(word: string, vocabulary: Set<string>): boolean {
  const lower = normalise(word);
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return TECH_CONTEXT_WORDS.has(lower) || TECH_CONTEXT_WORDS.has(singular) || vocabulary.has(lower) || vocabulary.has(singular);
}

/** "Ruby, Go", "C/C++", "Go and Rust": another language name listed right beside it. */
function isListedWithAmbiguousName(text: string, neighbours: Token[], start: number, end: number, names: Set<string>): boolean {
  const isName = (token: Token) => !CONJUNCTIONS.has(normalise(token.text));
  const before = neighbours.filter((token) => token.end <= start && isName(token)).at(-1);
  const after = neighbours.find((token) => token.start >= end && isName(token));
  const listedBefore = before !== undefined && names.has(before.text) && isListGap(text.slice(before.end, start));
  const listedAfter = after !== undefined && names.has(after.text) && isListGap(text.slice(end, after.start));
  return listedBefore || listedAfter;
}

function isListGap(gap: string): boolean {
  return LIST_SEPARATOR.test(gap) && HAS_LIST_MARK.test(gap);
}

function passesRule(text: string, start: number, end: number, rule: NonNullable<CompiledPhrase['rule']>): boolean {
  const { from, to } = sentenceBounds(text, start, end);
  const before = tokensOf(text.slice(from, start), from);
  const after = tokensOf(text.slice(end, to), end);
  const previous = before.at(-1);
  const next = after[0];
  if (previous && rule.notBefore?.includes(normalise(previous.text))) return false;
  if (next && rule.notAfter?.includes(normalise(next.text))) return false;
  if (!rule.needsContext) return true;
  const { words, ambiguousNames } = vocabularyForContext();
  const window = [...before.slice(-CONTEXT_WINDOW), ...after.slice(0, CONTEXT_WINDOW)];
  if (window.some((token) => isContextWord(token.text, words))) return true;
  return isListedWithAmbiguousName(text, [...before.slice(-2), ...after.slice(0, 2)], start, end, ambiguousNames);
}

const EXCERPT_REACH = 40;

/** The matched words with up to ~40 characters of their sentence either side, on word boundaries. */
export function excerptAround(text: string, start: number, end: number): string {
  const { from, to } = sentenceBounds(text, start, end);
  let left = Math.max(from, start - EXCERPT_REACH);
  let right = Math.min(to, end + EXCERPT_REACH);
  if (left > from) left = text.indexOf(' ', left) + 1 || start;
  if (left > start) left = start;
  if (right < to) {
    const space = text.lastIndexOf(' ', right);
    right = space >= end ? space : end;
  }
  const body = text.slice(left, right).replace(/\s+/g, ' ').trim();
  return `${left > from ? '…' : ''}${body}${right < to ? '…' : ''}`;
}

function findPhrase(text: string, phrase: Phrase): { index: number; matched: string } | undefined {
  const { regex, rule } = compile(phrase);
  for (const match of text.matchAll(regex)) {
    const end = match.index + match[0].length;
    if (!rule || passesRule(text, match.index, end, rule)) return { index: match.index, matched: match[0] };
  }
  return undefined;
}

function earliestMention(text: string, phrases: readonly Phrase[], key: string): Mention | undefined {
  let best: { index: number; matched: string } | undefined;
  for (const phrase of phrases) {
    const found = findPhrase(text, phrase);
    if (found && (!best || found.index < best.index)) best = found;
  }
  if (!best) return undefined;
  return { key, ...best, excerpt: excerptAround(text, best.index, best.index + best.matched.length) };
}

/** The first place the text mentions the skill, honouring each ambiguous word's context rule. */
export function findSkillMention(text: string, skill: Skill): Mention | undefined {
  return earliestMention(text, skill.aliases, skill.id);
}

/** A recruiter's own term is taken as unambiguous: whole word, any case. */
export function findTermMention(text: string, term: string): Mention | undefined {
  return earliestMention(text, [term], `term:${term}`);
}

export function mentionsSkill(text: string, skillId: string): boolean {
  const skill = SKILLS_BY_ID.get(skillId);
  if (!skill) throw new Error(`unknown skill id: ${skillId}`);
  return findSkillMention(text, skill) !== undefined;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A repository's language field is a canonical name: it counts exactly, so "JavaScript" is never Java. */
export function languageMatches(language: string | undefined, skill: Skill): boolean {
  return language !== undefined && (skill.languages ?? []).some((name) => sameName(name, language));
}

export function languageMatchesTerm(language: string | undefined, term: string): boolean {
  return language !== undefined && sameName(language, term);
}

export function languageImplies(language: string | undefined, skill: Skill): boolean {
  return language !== undefined && (skill.impliedByLanguages?.languages ?? []).some((name) => sameName(name, language));
}
