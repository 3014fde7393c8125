import type { Requirement } from '../schema/posting';
import { type SkillMention, findAllSkillMentions } from '../scoring/mentions';
import { type Skill, getSkill, includesSkill } from '../scoring/skills';
import { type Block, MAX_POSTING_BYTES, readPosting } from './posting-text';
import { writtenLanguageOf } from '../scoring/written-language';
import { LATIN_WORD_CHAR, otherLanguagesOf } from './other-languages';
import { type Cues, type SectionKind, type Wording, wordingFor } from './wording';
import { shorten } from '../text';

/**
 * Pasted job-posting text → a proposed rubric for the recruiter to review. Pure and deterministic.
 *
 * Must or plus, per sentence (a bullet's own wording beats its section):
 * 0. A negation ("we do not use", "no … experience needed", "not required" alone) → not proposed.
 * 1. A plus cue ("a plus", "nice to have", "preferred", "ideally", "is nice", "not required, but a plus") → plus.
 * 2. A must cue ("must", "required", "mandatory", "you will need") → must.
 * 3. Otherwise the section: "Requirements", "Qualifications", "What you'll need", "About you" → must;
 *    "Nice to have", "Bonus", "Preferred" → plus.
 * 4. Under an unknown heading, or in a posting without requirement sections, emphasis
 *    ("strong", "expert", "deep knowledge", "proficient", "5+ years") → must; anything else → plus.
 *    Under "Nice to have", emphasis only raises the weight.
 * A sentence with both kinds of cue ("Go required, Kafka a plus") is read part by part at its commas:
 * a part without a cue takes a leading cue before it ("Must have Go, Python") or else the next one ("Docker, Nginx a plus").
 *
 * Sections that describe the job rather than the candidate (the intro and title, "Responsibilities",
 * "The role", "Tech stack") are weak signals: they strengthen a requirement found elsewhere, or
 * become a plus of weight 1–2. "About us", "Benefits", "How to apply" and the like are not read at all.
 *
 * Grouping, within one sentence: each technology is its own requirement ("Kubernetes, Docker, Nginx a plus"
 * → three pluses), except for names joined by "/", "&" or nothing ("Ruby/Rails", "Linux system administration"),
 * concepts joined by "and" ("operating systems and concurrent programming"), and alternatives
 * ("Go or Rust", "a cloud such as AWS, GCP or Azure", "one of Java, Kotlin, Scala"), which form one requirement
 * met by any of its skills. Where a name belongs to a narrower skill and a broader one that includes it
 * ("Spring Boot" is Spring and Java, "Lambda" is AWS Lambda and AWS), the narrower skill is proposed.
 *
 * Weights (1–10): must 6, plus 2, weak 1; emphasis +2 on a must, +1 on a plus; each further sentence
 * that mentions it +1 (at most +2, or +1 for a weak one). So every must outweighs every plus.
 * A must-have that a profile rarely shows (algorithms, written communication, leadership) is proposed as
 * a plus of weight 2, with a warning, as in the hand-made seed posting.
 */

export interface ProposeOptions {
  /** Text beyond this many UTF-8 bytes is not read. Defaults to 1 MB. */
  maxBytes?: number;
}

/** The sentence a proposed requirement was read from, with where its skills are named in it. */
export interface ProposalSource {
  sentence: string;
  /** [start, end) offsets into the sentence of each word that named one of the requirement's skills. */
  highlights: Array<[number, number]>;
}

export interface RubricProposal {
  requirements: Requirement[];
  /** One per requirement, in the same order: why it was proposed. */
  sources: ProposalSource[];
  warnings: string[];
  truncated: boolean;
  title?: string;
}

const MAX_REQUIREMENTS = 50;
const MAX_SKILLS_PER_REQUIREMENT = 20;
/** A list item this short in a requirement section is a skill name by position ("- Go", "- Spark"). */
const BARE_ITEM_WORDS = 4;
/** In a posting, these beside an ambiguous word show it is a skill: "Go required", "Spark preferred", "Kafka a plus". */
const POSTING_CONTEXT_WORDS: readonly string[] = [
  'required', 'preferred', 'plus', 'bonus', 'mandatory', 'desirable', 'desired', 'must-have', 'nice-to-have', 'years', 'yrs', 'hire',
  'production', 'strong', 'solid', 'deep', 'advanced', 'modern', 'experienced', 'senior', 'junior', 'professional', 'commercial',
  // A spoken language: "verbal German", "native French speaker", "Spanish communication skills".
  'verbal', 'spoken', 'speaking', 'speaker', 'native', 'communication', 'level',
];

export const WARNINGS = {
  empty: 'The posting is empty: paste its text to propose requirements.',
  nothingRecognised: 'No skills or requirements recognised; add them by hand.',
  truncated: (maxBytes: number) => `The posting is over ${formatBytes(maxBytes)}: only its first ${formatBytes(maxBytes)} was read.`,
  rarelyEvidenced: (label: string) =>
    `“${label}” is asked for as a must-have, but a profile rarely shows it and its absence proves little: proposed as a low-weight plus.`,
  unmatchedLines: (count: number, quotes: string[]) =>
    `${count} requirement line${count === 1 ? '' : 's'} name${count === 1 ? 's' : ''} no known skill; add ${count === 1 ? 'it' : 'them'} by hand if needed: ${quotes.join(', ')}.`,
  tooMany: (found: number) => `Only the ${MAX_REQUIREMENTS} strongest of ${found} proposed requirements were kept.`,
} as const;

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// ---- laying the posting out as one text of lines --------------------------------------

interface Clause {
  id: number;
  start: number;
  end: number;
  section: SectionKind;
}

interface Line {
  start: number;
  end: number;
  block?: Block;
}

interface Layout {
  text: string;
  lines: Line[];
  clauses: Clause[];
  /** Sorted [start, end) ranges where an ambiguous word needs no technical neighbour. */
  bareItems: Array<[number, number]>;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const isShort = (text: string) => text.length <= 80 && wordCount(text) <= BARE_ITEM_WORDS;

/** The title and every readable block, one per line, so a sentence never spans two blocks. */
function layOut(title: string | undefined, blocks: readonly Block[], wording: Wording): Layout {
  const parts: string[] = [];
  const lines: Line[] = [];
  const clauses: Clause[] = [];
  const bareItems: Array<[number, number]> = [];
  let offset = 0;
  const addLine = (text: string, section: SectionKind, block?: Block) => {
    const isBareItem = block?.isItem && section !== 'context' && isShort(text);
    if (isBareItem) bareItems.push([offset, offset + text.length]);
    for (const [start, end] of wording.sentenceSpans(text)) {
      clauses.push({ id: clauses.length, start: offset + start, end: offset + end, section });
      // "Requirements: production React; modern JavaScript": each part of a requirement list is an item too.
      const isBarePart = !isBareItem && (section === 'must' || section === 'plus') && isShort(text.slice(start, end));
      if (isBarePart) bareItems.push([offset + start, offset + end]);
    }
    lines.push({ start: offset, end: offset + text.length, block });
    parts.push(text);
    offset += text.length + 1;
  };
  if (title) addLine(title, 'context');
  for (const block of blocks) if (block.section !== 'ignore') addLine(block.text, block.section, block);
  return { text: parts.join('\n'), lines, clauses, bareItems };
}

function inRanges(ranges: ReadonlyArray<[number, number]>, index: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (index < start) high = middle - 1;
    else if (index >= end) low = middle + 1;
    else return true;
  }
  return false;
}

// ---- mentions → items: one per place a skill is named ---------------------------------

interface Item {
  start: number;
  end: number;
  skills: string[];
}

/** Drops every skill that includes another in the list: "Spring Boot" is Spring, not Java. */
function narrowest(skills: readonly string[]): string[] {
  return skills.filter((broad) => !skills.some((narrow) => narrow !== broad && includesSkill(broad, narrow)));
}

/** Drops every skill that another in the list includes. */
function broadest(skills: readonly string[]): string[] {
  return skills.filter((narrow) => !skills.some((broad) => broad !== narrow && includesSkill(broad, narrow)));
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Mentions are sorted by start, longest first. A mention inside a longer one is part of a longer name
 * ("Azure DevOps" is not DevOps; "Google Cloud Storage" is not just Google Cloud) and is dropped;
 * overlapping names are one item.
 */
function itemsFrom(mentions: readonly SkillMention[]): Item[] {
  const spans: Item[] = [];
  for (const mention of mentions) {
    const last = spans.at(-1);
    if (last && last.start === mention.index && last.end === mention.end) {
      if (!last.skills.includes(mention.skillId)) last.skills.push(mention.skillId);
    } else spans.push({ start: mention.index, end: mention.end, skills: [mention.skillId] });
  }
  const items: Item[] = [];
  let reach = -1;
  for (const span of spans) {
    if (span.end <= reach) continue;
    reach = span.end;
    const last = items.at(-1);
    if (last && span.start < last.end) {
      last.end = span.end;
      last.skills = narrowest(union(last.skills, span.skills));
    } else items.push({ ...span, skills: narrowest(span.skills) });
  }
  return items;
}

// ---- items → groups: what one requirement asks for ------------------------------------

type Link = 'join' | 'join-if-alone' | 'alternative' | 'list' | 'break';

interface Group {
  skills: string[];
  /** Narrower alternatives dropped for a broader one ("Kubernetes, EKS, GKE, or AKS" is Kubernetes). */
  examples?: string[];
  alternative: boolean;
  start: number;
  clause: Clause;
  cues: Cues;
}

/** The wording of a posting's languages, with the regexes that link skills within a sentence ("or", "such as", "one of"). */
interface Reading {
  wording: Wording;
  contextWords: ReadonlySet<string>;
  exampleWords: RegExp;
  orWords: RegExp;
  andWords: RegExp;
  listAnd: RegExp;
  alternativesBefore: RegExp;
  examplesBefore: RegExp;
}

const readings = new WeakMap<Wording, Reading>();

function readingFor(wording: Wording): Reading {
  const cached = readings.get(wording);
  if (cached) return cached;
  const all = (role: 'examples' | 'or' | 'and' | 'oneOf') => wording.languages.flatMap((language) => language[role]);
  const alternatives = (words: readonly string[]) => words.map((word) => `|${word}`).join('');
  const [examples, or, and, oneOf] = [alternatives(all('examples')), alternatives(all('or')), alternatives(all('and')), all('oneOf')];
  const andOr = all('and').flatMap((a) => all('or').map((o) => `|${a}/${o}`)).join('');
  const reading: Reading = {
    wording,
    contextWords: new Set([...POSTING_CONTEXT_WORDS, ...wording.languages.flatMap((language) => language.contextWords.split(' '))]),
    exampleWords: new RegExp(`^(?:such as|e\\.?g\\.?|for example|for instance|like|including|incl\\.?|especially|particularly|i\\.?e\\.?${examples})$`, 'u'),
    orWords: new RegExp(`^(?:,\\s*)?(?:or|and/or${or}${andOr})$`, 'u'),
    andWords: new RegExp(`^(?:and${and})$`, 'u'),
    listAnd: new RegExp(`^,(?:\\s*(?:and${and}))?$`, 'u'),
    alternativesBefore: new RegExp(
      `\\b(?:one|any|either)\\s+of\\b|\\beither\\b${oneOf.length ? `|(?<![${LATIN_WORD_CHAR}])(?:${oneOf.join('|')})(?![${LATIN_WORD_CHAR}])` : ''}`,
      'i',
    ),
    examplesBefore: new RegExp(`(?:^|[\\s(,:])(?:such as|e\\.?g\\.?|for example|for instance|like${examples})[\\s,:]*$`, 'iu'),
  };
  readings.set(wording, reading);
  return reading;
}
/** "programming languages (JS, TS, Java, Python)": a list in parentheses after a kind of thing names examples of it, any of which will do. */
const KIND_BEFORE =
  /\b(?:languages|frameworks|tools|technologies|databases|platforms|clouds|cloud providers|providers|libraries|stacks|engines|stores|solutions)\s*\(\s*$/i;
/** How far before a list "one of" or "either" is looked for. */
const LEAD_REACH = 120;

const isConcept = (id: string) => {
  const category = getSkill(id)?.category;
  return category === 'concept' || category === 'practice';
};

function linkBetween(gap: string, left: Item, right: Item, reading: Reading): Link {
  const words = gap.replace(/[()[\]"'“”‘’*`]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (/^[/&+]*$/.test(words.replace(/\s/g, ''))) return 'join';
  if (reading.orWords.test(words)) return 'alternative';
  if (reading.exampleWords.test(words.replace(/^,\s*|\s*[:,]$/g, ''))) return 'alternative';
  if (reading.listAnd.test(words)) return 'list';
  if (reading.andWords.test(words)) return [...left.skills, ...right.skills].every(isConcept) ? 'join-if-alone' : 'list';
  return 'break';
}

/**
 * "Linux (IPv6 nice to have)", "(Docker required) (Spinnaker preferred)": a parenthesis that says
 * how much it is wanted is a statement of its own, not examples of the skill before it.
 */
function opensCuedAside(text: string, left: Item, right: Item, wording: Wording): boolean {
  if (!text.slice(left.end, right.start).includes('(')) return false;
  const close = text.indexOf(')', right.start);
  const aside = text.slice(right.start, close < 0 ? right.start + 120 : close);
  const cues = wording.cuesOf(aside);
  return cues.plus || cues.must;
}

/** Splits a clause's items into requirement groups; see the file comment for the rules. */
function groupItems(text: string, clause: Clause, items: readonly Item[], reading: Reading): Array<Omit<Group, 'cues'>> {
  const groups: Array<Omit<Group, 'cues'>> = [];
  let run: Item[] = [];
  let links: Link[] = [];
  let leadStart = clause.start;
  const closeRun = () => {
    if (run.length === 0) return;
    const lead = text.slice(Math.max(leadStart, run[0]!.start - LEAD_REACH), run[0]!.start);
    leadStart = run.at(-1)!.end;
    const listsExamples = run.length > 1 && (KIND_BEFORE.test(lead) || reading.examplesBefore.test(lead));
    const alternative = links.includes('alternative') || reading.alternativesBefore.test(lead) || listsExamples;
    // In "A, B and C" the "and" ends a list: concepts are joined by "and" only when it is the run's sole link.
    if (links.includes('list')) links = links.map((link) => (link === 'join-if-alone' ? 'list' : link));
    let current: Item[] = [run[0]!];
    const emit = (members: Item[]) => {
      const skills = [...new Set(members.flatMap((item) => item.skills))];
      // Examples of a broader skill add nothing to it: "AWS (EKS, RDS) or GCP" is AWS or GCP, and "a cloud such as
      // AWS or GCP" is any cloud.
      const kept = alternative ? broadest(skills) : skills;
      const examples = skills.filter((skill) => !kept.includes(skill));
      groups.push({ skills: kept, alternative, start: members[0]!.start, clause, ...(examples.length ? { examples } : {}) });
    };
    links.forEach((link, i) => {
      if (!alternative && link === 'list') {
        emit(current);
        current = [];
      }
      current.push(run[i + 1]!);
    });
    emit(current);
    run = [];
    links = [];
  };
  for (const item of items) {
    const previous = run.at(-1);
    const link = previous ? (opensCuedAside(text, previous, item, reading.wording) ? 'break' : linkBetween(text.slice(previous.end, item.start), previous, item, reading)) : 'break';
    if (link === 'break') closeRun();
    else links.push(link);
    run.push(item);
  }
  closeRun();
  return groups;
}

interface Part {
  start: number;
  end: number;
  cues: Cues;
  /** Inside parentheses: its cue is about what the parenthesis names, never the words around it. */
  aside: boolean;
  /** Where the part's first group starts, if it has one. */
  firstGroup?: number;
}

/** A clause's parts between commas and "but"s, each with its own cues. */
function partsOf(text: string, clause: Clause, wording: Wording): Part[] {
  const parts: Part[] = [];
  let start = clause.start;
  let aside = false;
  for (const match of text.slice(clause.start, clause.end).matchAll(wording.partBreak)) {
    const end = clause.start + match.index;
    parts.push({ start, end, cues: wording.cuesOf(text.slice(start, end)), aside });
    start = end + match[0].length;
    if (match[0].includes('(')) aside = true;
    else if (match[0].includes(')')) aside = false;
  }
  parts.push({ start, end: clause.end, cues: wording.cuesOf(text.slice(start, clause.end)), aside });
  return parts;
}

const hasCue = (part: Part | undefined): part is Part => part !== undefined && part.cues.at >= 0;
/** A cue that may carry over to the parts around it: not one inside parentheses. */
const carriesCue = (part: Part | undefined): part is Part => hasCue(part) && !part.aside;
/** "Must have Go, Python": a cue before the part's first skill carries on to the parts after it. */
const leadsOn = (part: Part) => part.firstGroup === undefined || part.start + part.cues.at < part.firstGroup;

/** The cues that govern each group: the clause's, or with mixed cues, its part's (see the file comment). */
function cuesForGroups(text: string, clause: Clause, groups: ReadonlyArray<Omit<Group, 'cues'>>, wording: Wording): Cues[] {
  const whole = wording.cuesOf(text.slice(clause.start, clause.end));
  // Mixed: a plus cue beside a must cue, emphasis, or a requirements section ("NextJS (Vercel desirable)"),
  // or a negation beside anything that asks ("Go required; we do not use PHP").
  const asks = whole.must || whole.emphasis || whole.voice || clause.section === 'must';
  const mixed = (whole.plus && asks) || (whole.negated && (asks || whole.plus || clause.section === 'plus'));
  if (!mixed) return groups.map(() => whole);
  const parts = partsOf(text, clause, wording);
  // Groups and parts are both in text order: one pass places each group in its part.
  const partIndex: number[] = [];
  let p = 0;
  for (const group of groups) {
    while (p + 1 < parts.length && parts[p + 1]!.start <= group.start) p++;
    partIndex.push(p);
    parts[p]!.firstGroup ??= group.start;
  }
  const previousCued: Array<Part | undefined> = [];
  for (let i = 0, last: Part | undefined; i < parts.length; i++) {
    previousCued.push(last);
    if (carriesCue(parts[i])) last = parts[i];
  }
  const nextCued: Array<Part | undefined> = new Array(parts.length);
  for (let i = parts.length - 1, next: Part | undefined; i >= 0; i--) {
    nextCued[i] = next;
    if (carriesCue(parts[i])) next = parts[i];
  }
  const uncued = wording.cuesOf('');
  return partIndex.map((i) => {
    const own = parts[i]!;
    const next = nextCued[i];
    // "Spanish proficiency (verbal) is a big plus": a part without skills of its own says how much the ones before it are wanted.
    const saysHowMuch = next !== undefined && next.firstGroup === undefined && (next.cues.plus || next.cues.must || next.cues.negated);
    if (hasCue(own) && !(own.cues.plus || own.cues.must || own.cues.negated) && saysHowMuch) return { ...next.cues, emphasis: own.cues.emphasis || next.cues.emphasis };
    if (hasCue(own)) return own.cues;
    const before = previousCued[i];
    if (before && leadsOn(before)) return before.cues;
    // With no cue around it, a part says what its section says.
    return nextCued[i]?.cues ?? (whole.must || whole.emphasis || whole.voice ? whole : uncued);
  });
}

type Strength = 'must' | 'plus' | 'weak' | 'none';

function strengthOf(cues: Cues, section: SectionKind): Strength {
  if (cues.negated) return 'none';
  if (section === 'context') return 'weak';
  if (cues.plus) return 'plus';
  if (cues.must) return 'must';
  if (section === 'must' || section === 'plus') return section;
  return cues.emphasis || cues.voice ? 'must' : 'plus';
}

// ---- groups → requirements ------------------------------------------------------------

interface Draft {
  skills: string[];
  alternative: boolean;
  strength: Strength;
  emphasis: boolean;
  clauses: Set<number>;
  first: number;
}

const keyOf = (skills: readonly string[]) => [...skills].sort().join('+');

function collect(groups: readonly Group[]): Draft[] {
  const drafts = new Map<string, Draft>();
  const strengths = new Map(groups.map((group) => [group, strengthOf(group.cues, group.clause.section)]));
  const strong = groups.filter((group) => strengths.get(group) === 'must' || strengths.get(group) === 'plus');
  const weak = groups.filter((group) => strengths.get(group) === 'weak');
  for (const group of strong) {
    const strength = strengths.get(group)!;
    const key = keyOf(group.skills);
    const draft = drafts.get(key);
    if (draft) {
      if (strength === 'must') draft.strength = 'must';
      draft.emphasis ||= group.cues.emphasis;
      draft.clauses.add(group.clause.id);
    } else {
      const { skills, alternative, cues, clause, start } = group;
      drafts.set(key, { skills, alternative, strength, emphasis: cues.emphasis, clauses: new Set([clause.id]), first: start });
    }
  }
  // "Kubernetes" is a must, and "vanilla Kubernetes, EKS, GKE, or AKS" is a plus: the distributions are what the plus adds.
  for (const group of strong) {
    if (strengths.get(group) !== 'plus' || !group.examples || drafts.get(keyOf(group.skills))?.strength !== 'must') continue;
    const key = keyOf(group.examples);
    const draft = drafts.get(key);
    if (draft) draft.clauses.add(group.clause.id);
    else drafts.set(key, { skills: group.examples, alternative: true, strength: 'plus', emphasis: group.cues.emphasis, clauses: new Set([group.clause.id]), first: group.start });
  }
  // A mention in the job's description (duties, "our stack", the intro) only strengthens a requirement that
  // has its skill: what the company uses is context, not something the posting asks of the candidate.
  for (const group of weak) {
    for (const skill of group.skills) {
      const home = [...drafts.values()].find((draft) => draft.skills.includes(skill));
      if (!home) continue;
      home.clauses.add(group.clause.id);
      home.emphasis ||= group.cues.emphasis;
    }
  }
  return [...drafts.values()];
}

const clampWeight = (weight: number) => Math.max(1, Math.min(10, Math.round(weight)));

function weightOf(draft: Draft): number {
  const repeats = draft.clauses.size - 1;
  if (draft.strength === 'must') return clampWeight(6 + (draft.emphasis ? 2 : 0) + Math.min(repeats, 2));
  if (draft.strength === 'plus') return clampWeight(2 + (draft.emphasis ? 1 : 0) + Math.min(repeats, 2));
  return clampWeight(1 + Math.min(repeats, 1));
}

function labelOf(skills: readonly Skill[], alternative: boolean): string {
  const labels = skills.map((skill, i) => {
    const lowerable = i > 0 && (skill.category === 'concept' || skill.category === 'practice') && /^\p{Lu}\p{Ll}/u.test(skill.label);
    return lowerable ? skill.label[0]!.toLowerCase() + skill.label.slice(1) : skill.label;
  });
  return shorten(labels.join(alternative ? ' or ' : ' & '), 200);
}

function uniqueId(base: string, taken: Set<string>): string {
  const slug = base.slice(0, 90).replace(/-+$/, '') || 'requirement';
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  taken.add(id);
  return id;
}

interface Proposed {
  requirement: Requirement;
  first: number;
}

function toRequirements(drafts: readonly Draft[], warnings: string[]): Proposed[] {
  const proposed = drafts.map((draft) => {
    const skills = draft.skills.slice(0, MAX_SKILLS_PER_REQUIREMENT).map((id) => getSkill(id)!);
    const label = labelOf(skills, draft.alternative);
    let kind: Requirement['kind'] = draft.strength === 'must' ? 'must' : 'plus';
    let weight = weightOf(draft);
    if (skills.every((skill) => skill.rarelyEvidenced)) {
      if (kind === 'must') warnings.push(WARNINGS.rarelyEvidenced(label));
      kind = 'plus';
      weight = Math.min(weight, 2);
    }
    return { requirement: { id: '', label, kind, weight, skills: skills.map((skill) => skill.id) }, first: draft.first };
  });
  proposed.sort(
    (a, b) =>
      Number(b.requirement.kind === 'must') - Number(a.requirement.kind === 'must') ||
      b.requirement.weight - a.requirement.weight ||
      a.first - b.first,
  );
  const taken = new Set<string>();
  for (const { requirement } of proposed) requirement.id = uniqueId(requirement.skills.join('-'), taken);
  return proposed;
}

// ---- the whole posting ----------------------------------------------------------------

function unmatchedRequirementLines(layout: Layout, items: readonly Item[]): string[] {
  const unmatched: string[] = [];
  let next = 0;
  for (const { start, end, block } of layout.lines) {
    while (next < items.length && items[next]!.start < start) next++;
    const named = next < items.length && items[next]!.start < end;
    const isRequirement = block && (block.section === 'must' || block.section === 'plus');
    if (isRequirement && !named && wordCount(block.text) >= 2) unmatched.push(block.text);
  }
  return unmatched;
}

/** The clause a requirement's first mention is in, with every mention of its skills there marked. */
function sourceOf(layout: Layout, items: readonly Item[], first: number, skills: readonly string[]): ProposalSource {
  const clause = layout.clauses.find((candidate) => candidate.start <= first && first < candidate.end);
  if (!clause) return { sentence: '', highlights: [] };
  const highlights = items
    .filter((item) => item.start >= clause.start && item.end <= clause.end && item.skills.some((id) => skills.some((skill) => skill === id || includesSkill(skill, id) || includesSkill(id, skill))))
    .map((item): [number, number] => [item.start - clause.start, item.end - clause.start]);
  const raw = layout.text.slice(clause.start, clause.end);
  const lead = raw.length - raw.trimStart().length;
  return { sentence: raw.trim(), highlights: highlights.map(([start, end]): [number, number] => [start - lead, end - lead]) };
}

const quote = (text: string) => `“${shorten(text, 60)}”`;

function groupsIn(layout: Layout, items: readonly Item[], reading: Reading): Group[] {
  const groups: Group[] = [];
  let next = 0;
  for (const clause of layout.clauses) {
    while (next < items.length && items[next]!.start < clause.start) next++;
    const inClause: Item[] = [];
    for (let i = next; i < items.length && items[i]!.start < clause.end; i++) inClause.push(items[i]!);
    if (inClause.length === 0) continue;
    const clauseGroups = groupItems(layout.text, clause, inClause, reading);
    const cues = cuesForGroups(layout.text, clause, clauseGroups, reading.wording);
    clauseGroups.forEach((group, i) => groups.push({ ...group, cues: cues[i]! }));
  }
  return groups;
}

export function proposeRubric(text: string, options: ProposeOptions = {}): RubricProposal {
  const maxBytes = options.maxBytes ?? MAX_POSTING_BYTES;
  if (!text.trim()) return { requirements: [], sources: [], warnings: [WARNINGS.empty], truncated: false };
  // English, and the language the posting is written in: all of them when that is unclear.
  const reading = readingFor(wordingFor(otherLanguagesOf(writtenLanguageOf(text))));
  const posting = readPosting(text, maxBytes, reading.wording);
  const warnings: string[] = posting.truncated ? [WARNINGS.truncated(maxBytes)] : [];
  const layout = layOut(posting.title, posting.blocks, reading.wording);
  const mentions = findAllSkillMentions(layout.text, {
    assumeContextAt: (index) => inRanges(layout.bareItems, index),
    contextWords: reading.contextWords,
  });
  const items = itemsFrom(mentions);
  const proposed = toRequirements(collect(groupsIn(layout, items, reading)), warnings);

  const unmatched = unmatchedRequirementLines(layout, items);
  if (proposed.length === 0) warnings.push(WARNINGS.nothingRecognised);
  else if (unmatched.length > 0) warnings.push(WARNINGS.unmatchedLines(unmatched.length, unmatched.slice(0, 3).map(quote)));
  if (proposed.length > MAX_REQUIREMENTS) warnings.push(WARNINGS.tooMany(proposed.length));

  const kept = proposed.slice(0, MAX_REQUIREMENTS);
  return {
    requirements: kept.map(({ requirement }) => requirement),
    sources: kept.map(({ requirement, first }) => sourceOf(layout, items, first, requirement.skills)),
    warnings,
    truncated: posting.truncated,
    ...(posting.title ? { title: posting.title } : {}),
  };
}
