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
  /** The phrase alone, plural "s" captured: plain ASCII work for V8. Word edges are checked in code (see matchesOf). */
  regex: RegExp;
  /** The phrase's words, lower case: a text without all of them cannot match. */
  words: readonly string[];
  /** "c++" and "c#" may be followed by a version ("c++17"); a phrase ending in a letter may not be followed by one. */
  endsInWord: boolean;
  /** Ambiguous words never count inside hyphenated compounds: "go-to", "Objective-C", "C-level". */
  notInCompound: boolean;
  rule?: Required<Pick<ContextualPhrase, 'needsContext'>> & ContextualPhrase;
}

// Edges are tested one character at a time: \p{L} inside hundreds of regexes made each cost about a
// millisecond to compile, and a profile or posting touches hundreds of them.
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Words that, near an ambiguous word, show it is meant technically ("Go developer", "written in Go"). */
const TECH_CONTEXT_WORDS = new Set([
  'developer', 'dev', 'engineer', 'engineering', 'programmer', 'programming', 'program', 'language', 'languages', 'lang',
  'code', 'coding', 'coder', 'codebase', 'written', 'write', 'writes', 'writing', 'wrote', 'rewrite', 'rewritten', 'backend',
  'back-end', 'frontend', 'library', 'libraries', 'lib', 'framework', 'app', 'application', 'service', 'microservice',
  'api', 'server', 'cli', 'tool', 'tooling', 'sdk', 'compiler', 'runtime', 'stack', 'gem', 'crate', 'module', 'package',
  'generics', 'project', 'software', 'expert', 'enthusiast', 'fan', 'contributor', 'maintainer', 'hacker', 'gopher',
  'rubyist', 'rustacean', 'binding', 'implementation', 'experience', 'proficient', 'fluent', 'skills', 'tech',
  'technologies', 'port', 'component', 'hooks',
  // Job-posting and infrastructure wording: "familiarity with Airflow", "a Redis cache", "Helm charts".
  'familiarity', 'familiar', 'knowledge', 'proficiency', 'expertise', 'hands-on', 'client', 'database', 'db', 'cache', 'cluster',
  'queue', 'pipeline', 'plugin', 'driver', 'wrapper', 'cloud', 'infrastructure', 'deployment', 'deploy', 'orm', 'schema', 'script',
  'config', 'configuration', 'automation', 'workflow', 'dag', 'stream', 'streaming', 'batch', 'etl', 'operator', 'controller',
  'chart', 'manifest', 'playbook', 'cookbook', 'mobile', 'ui', 'ux', 'widget', 'rendering', 'ssr', 'spa', 'endpoint', 'storage',
  'warehouse', 'notebook', 'inference', 'scripting', 'github', 'gitlab', 'repo', 'repository', 'test', 'tests', 'web', 'serverless',
  'container', 'devops', 'sdk', 'ide', 'dataframe', 'engine', 'consumer', 'producer', 'broker', 'topic',
]);
// "and" and "or" in English, German, French and Spanish.
const CONJUNCTIONS = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o']);
// A list mark between two language names: "Ruby, Go", "C/C++", "Go & Rust", "Ruby and Go", "Ruby oder Go".
const LIST_SEPARATOR = /^[\s,/&|·+]*(?:(?:and|or|und|oder|et|ou|y|o)[\s,/&|·+]*)?$/i;
const HAS_LIST_MARK = /[,/&|·+]|\b(?:and|or|und|oder|et|ou|y|o)\b/i;
const TOKEN = /[\p{L}\p{N}_][\p{L}\p{N}_+#'’.-]*/gu;
const CONTEXT_WINDOW = 3;
// Far beyond any context window: keeps a megabyte-long line from making every match scan all of it.
const MAX_SENTENCE_REACH = 500;

const phraseCache = new Map<string, CompiledPhrase>();
// Contextual phrases are the vocabulary's own objects: cached by identity, no key to build per call.
const ruleCache = new WeakMap<ContextualPhrase, CompiledPhrase>();
const WORD_RUN = /[\p{L}\p{N}]+/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isPluralisable(text: string): boolean {
  return text.length >= 3 && /[a-rt-z]$/i.test(text);
}

function compile(phrase: Phrase): CompiledPhrase {
  const cached = typeof phrase === 'string' ? phraseCache.get(phrase) : ruleCache.get(phrase);
  if (cached) return cached;
  const text = typeof phrase === 'string' ? phrase : phrase.text;
  const rule = typeof phrase === 'string' ? undefined : { ...phrase, needsContext: phrase.needsContext ?? true };
  const caseSensitive = rule ? (rule.caseSensitive ?? true) : false;
  const plural = rule ? rule.plural === true : isPluralisable(text);
  const body = escapeRegExp(text).replace(/\s+/g, '\\s+') + (plural ? '(s?)' : '()');
  const isAscii = [...text].every((char) => char.charCodeAt(0) < 0x80);
  const flags = (caseSensitive ? 'g' : 'gi') + (isAscii ? '' : 'u');
  const compiled: CompiledPhrase = {
    regex: new RegExp(body, flags),
    words: text.toLowerCase().match(WORD_RUN) ?? [],
    endsInWord: /[\p{L}\p{N}_]$/u.test(text),
    notInCompound: rule !== undefined && rule.inCompounds !== true,
    rule,
  };
  if (typeof phrase === 'string') phraseCache.set(phrase, compiled);
  else ruleCache.set(phrase, compiled);
  return compiled;
}

/** The code point ending just before `index`, or undefined at the start. */
function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const isPair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff;
  return text.slice(isPair ? index - 2 : index - 1, index);
}

/** The code point starting at `index`, or undefined at the end. */
function charAt(text: string, index: number): string | undefined {
  const point = text.codePointAt(index);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

const isIn = (pattern: RegExp, char: string | undefined) => char !== undefined && pattern.test(char);

function leftEdgeHolds(text: string, start: number, compiled: CompiledPhrase): boolean {
  const before = charBefore(text, start);
  if (before === undefined) return true;
  if (isIn(WORD_CHAR, before)) return false;
  const beforeThat = charBefore(text, start - before.length);
  // Not the tail of a dotted name: "js" does not match inside "vue.js".
  if (before === '.' && isIn(LETTER_OR_DIGIT, beforeThat)) return false;
  return !(compiled.notInCompound && before === '-' && isIn(LETTER_OR_DIGIT, beforeThat));
}

function rightEdgeHolds(text: string, end: number, compiled: CompiledPhrase): boolean {
  const after = charAt(text, end);
  if (after === undefined) return true;
  // "java" must not match "JavaScript", "c" not "c++"/"c#", "go" not "go.mod".
  if (after === '+' || after === '#' || (compiled.endsInWord && isIn(WORD_CHAR, after))) return false;
  const afterThat = charAt(text, end + after.length);
  if (after === '.' && isIn(LETTER_OR_DIGIT, afterThat)) return false;
  return !(compiled.notInCompound && after === '-' && isIn(LETTER_OR_DIGIT, afterThat));
}

/**
 * Calls `visit` with each whole-word match, left to right, until it returns true. Like a regex with
 * lookarounds: where the edges fail the search goes on one character later, and a plural "s" that
 * breaks the right edge is given back.
 */
function matchesOf(text: string, compiled: CompiledPhrase, visit: (start: number, end: number) => boolean): void {
  const { regex } = compiled;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const start = match.index;
    const full = start + match[0].length;
    const ends = match[1] ? [full, full - 1] : [full];
    const end = leftEdgeHolds(text, start, compiled) ? ends.find((candidate) => rightEdgeHolds(text, candidate, compiled)) : undefined;
    if (end !== undefined && visit(start, end)) return;
    regex.lastIndex = end ?? start + 1;
  }
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
      } else if (phrase.vouches !== false) {
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

/**
 * The last `count` words of the sentence before `start`. Reads back only as far as it needs
 * (doubling), so a long sentence full of matches is not tokenised once per match.
 */
function tokensBefore(text: string, start: number, count: number): Token[] {
  const limit = Math.max(0, start - MAX_SENTENCE_REACH);
  let from = start;
  for (let reach = 64; ; reach *= 4) {
    const cut = Math.max(limit, start - reach);
    while (from > cut && !isSentenceBreak(text, from - 1)) from--;
    const sentenceStarts = from > cut || from === limit;
    const tokens = tokensOf(text.slice(from, start), from);
    // Cut mid-sentence, the first word may be cut in half: dropped.
    const whole = sentenceStarts ? tokens : tokens.slice(1);
    if (whole.length >= count || sentenceStarts) return whole.slice(-count);
  }
}

/** The first `count` words of the sentence after `end`; see tokensBefore. */
function tokensAfter(text: string, end: number, count: number): Token[] {
  const limit = Math.min(text.length, end + MAX_SENTENCE_REACH);
  let to = end;
  for (let reach = 64; ; reach *= 4) {
    const cut = Math.min(limit, end + reach);
    while (to < cut && !isSentenceBreak(text, to)) to++;
    const sentenceEnds = to < cut || to === limit;
    const tokens = tokensOf(text.slice(end, to), end);
    const whole = sentenceEnds ? tokens : tokens.slice(0, -1);
    if (whole.length >= count || sentenceEnds) return whole.slice(0, count);
  }
}

function isSentenceBreak(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?' && char !== ';') return false;
  const next = text[index + 1];
  return next === undefined || /\s/.test(next);
}

function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  const earliest = Math.max(0, start - MAX_SENTENCE_REACH);
  const latest = Math.min(text.length, end + MAX_SENTENCE_REACH);
  let from = start;
  while (from > earliest && !isSentenceBreak(text, from - 1)) from--;
  let to = end;
  while (to < latest && !isSentenceBreak(text, to)) to++;
  return { from, to };
}

const normalise = (word: string) => word.toLowerCase().replace(/’/g, "'");

function isContextWord(word: string, vocabulary: Set<string>, extra?: ReadonlySet<string>): boolean {
  const lower = normalise(word);
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const known = (candidate: string) => TECH_CONTEXT_WORDS.has(candidate) || vocabulary.has(candidate) || extra?.has(candidate) === true;
  return known(lower) || known(singular);
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

interface RuleOptions {
  assumeContext?: boolean;
  contextWords?: ReadonlySet<string>;
}

function passesRule(text: string, start: number, end: number, rule: NonNullable<CompiledPhrase['rule']>, options: RuleOptions = {}): boolean {
  const needed = Math.max(rule.window ?? CONTEXT_WINDOW, 2);
  const before = tokensBefore(text, start, needed);
  const after = tokensAfter(text, end, needed);
  const previous = before.at(-1);
  const next = after[0];
  if (previous && rule.notBefore?.includes(normalise(previous.text))) return false;
  if (next && rule.notAfter?.includes(normalise(next.text))) return false;
  if (!rule.needsContext || options.assumeContext) return true;
  const { words, ambiguousNames } = vocabularyForContext();
  const reach = rule.window ?? CONTEXT_WINDOW;
  const window = [...before.slice(-reach), ...after.slice(0, reach)];
  if (window.some((token) => isContextWord(token.text, words, options.contextWords))) return true;
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

// The scorer asks about one text for many skills in a row: its words are worked out once.
let wordsCache: { text: string; words: Set<string> } | undefined;

function wordsOf(text: string): Set<string> {
  if (wordsCache?.text !== text) wordsCache = { text, words: new Set(text.toLowerCase().match(WORD_RUN)) };
  return wordsCache.words;
}

/** An alias can only match where each of its words stands in the text as a word (the last perhaps with a plural "s"). */
function couldMatch(textWords: Set<string>, phraseWords: readonly string[]): boolean {
  return phraseWords.every((word, i) => textWords.has(word) || (i === phraseWords.length - 1 && textWords.has(`${word}s`)));
}

function findPhrase(text: string, phrase: Phrase): { index: number; matched: string } | undefined {
  const compiled = compile(phrase);
  if (!couldMatch(wordsOf(text), compiled.words)) return undefined;
  let found: { index: number; matched: string } | undefined;
  matchesOf(text, compiled, (start, end) => {
    if (compiled.rule && !passesRule(text, start, end, compiled.rule)) return false;
    found = { index: start, matched: text.slice(start, end) };
    return true;
  });
  return found;
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


// ---- every mention of every skill, for reading a whole posting ------------------------

/** One place a text names a skill. */
export interface SkillMention {
  skillId: string;
  index: number;
  end: number;
  matched: string;
}

export interface MentionScanOptions {
  /** Where an ambiguous word may be taken as technical without a technical neighbour ("- Go" in a list of skills). */
  assumeContextAt?: (index: number) => boolean;
  /** More lower-case words that show technical context in this kind of text ("Go required" in a posting). */
  contextWords?: ReadonlySet<string>;
}

interface IndexedAlias {
  skillId: string;
  phrase: Phrase;
}

let aliasIndex: Map<string, IndexedAlias[]> | undefined;

/** Every alias of every skill, filed under its first word, lower case. */
function aliasesByFirstWord(): Map<string, IndexedAlias[]> {
  if (aliasIndex) return aliasIndex;
  aliasIndex = new Map();
  for (const skill of SKILLS) {
    for (const phrase of skill.aliases) {
      const first = (typeof phrase === 'string' ? phrase : phrase.text).toLowerCase().match(WORD_RUN)?.[0] ?? '';
      const list = aliasIndex.get(first) ?? [];
      list.push({ skillId: skill.id, phrase });
      aliasIndex.set(first, list);
    }
  }
  return aliasIndex;
}

/** Only aliases whose words all stand in the text can match it. */
function candidateAliases(text: string): IndexedAlias[] {
  const index = aliasesByFirstWord();
  const words = wordsOf(text);
  const candidates = new Set<IndexedAlias>(index.get('') ?? []);
  for (const word of words) {
    for (const alias of index.get(word) ?? []) candidates.add(alias);
    if (word.endsWith('s')) for (const alias of index.get(word.slice(0, -1)) ?? []) candidates.add(alias);
  }
  return [...candidates].filter((alias) => couldMatch(words, compile(alias.phrase).words));
}

const byPosition = (a: SkillMention, b: SkillMention) =>
  a.index - b.index || b.end - a.end || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0);

/** Every place the text names any skill, each ambiguous word checked against its context rule; in text order. */
export function findAllSkillMentions(text: string, options: MentionScanOptions = {}): SkillMention[] {
  const mentions: SkillMention[] = [];
  const seen = new Set<string>();
  for (const { skillId, phrase } of candidateAliases(text)) {
    const compiled = compile(phrase);
    matchesOf(text, compiled, (start, end) => {
      const key = `${skillId}:${start}:${end}`;
      if (seen.has(key)) return false;
      const ruleOptions = { assumeContext: options.assumeContextAt?.(start) ?? false, contextWords: options.contextWords };
      if (compiled.rule && !passesRule(text, start, end, compiled.rule, ruleOptions)) return false;
      seen.add(key);
      mentions.push({ skillId, index: start, end, matched: text.slice(start, end) });
      return false;
    });
  }
  return mentions.sort(byPosition);
}
