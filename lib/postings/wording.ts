import { LATIN_WORD_CHAR, type LanguageWording, wordsRegex } from './other-languages';

/**
 * The wording of a job posting: which sections ask for what, and which words mark a
 * requirement as a must-have, a plus, emphasised or not asked for at all. English here;
 * German, French and Spanish in other-languages.ts. A posting is read with English and the
 * language it is written in (see wordingFor): cue regexes are large, and each compiles on first use.
 */

/** What a section's heading says about the lines under it. */
export type SectionKind =
  /** "Requirements", "What you'll need", "Qualifications", "About you". */
  | 'must'
  /** "Nice to have", "Bonus points", "Preferred qualifications". */
  | 'plus'
  /** Describes the job, not the candidate: "Responsibilities", "The role", "Tech stack", the intro. */
  | 'context'
  /** Never about the candidate's skills: "Benefits", "About us", "How to apply". */
  | 'ignore'
  /** A heading this file does not know. */
  | 'neutral';

const IGNORE_SECTION =
  /\b(?:benefits?|perks?|compensation|salary|salaries|pay|equity|stock|what\s+we\s+offer|we\s+offer|our\s+offer|offer|how\s+to\s+apply|apply|application|equal\s+(?:employment\s+)?opportunit(?:y|ies)|eeo|diversity|inclusion|about\s+us|about\s+the\s+company|about\s+(?:acme|the\s+organi[sz]ation)|who\s+we\s+are|our\s+company|the\s+company|company|our\s+values|values|culture|location|logistics|interview(?:ing)?\s+process|hiring\s+process|recruitment|legal|privacy|disclaimer|annual|relocation|visa|time\s+off|holidays?|vacation|health|insurance|wellness|why\s+(?:join|work)|life\s+at)\b/i;

const PLUS_SECTION =
  /\b(?:icing\s+on\s+the\s+cake|nice[\s-]+to[\s-]+haves?|good[\s-]+to[\s-]+haves?|bonus|pluses|plus|preferred|desir(?:ed|able)|optional|extra\s+credit|would\s+be\s+(?:nice|great|a\s+plus)|ideally|not\s+required|advantage(?:ous)?|we(?:'|’)?d\s+love)\b/i;

const MUST_SECTION =
  /\b(?:requirements?|required|requires|qualifications?|must[\s-]+haves?|must|what\s+you(?:'ll|’ll|\s+will)?\s+(?:need|bring|have)|what\s+we(?:'re|’re|\s+are)?\s+looking\s+for|you\s+(?:might|may|could|would)\s+be\s+a\s+(?:good\s+|great\s+)?fit|looking\s+for|who\s+you\s+are|about\s+you|you\s+(?:have|are|bring|should\s+have)|your\s+(?:profile|skills|experience|background|qualifications)|skills?|skill\s+set|experience|expertise|competenc(?:e|ies|y)|background|minimum|basic|essential|need[\s-]+to[\s-]+have|ideal\s+candidate|profile|knowledge|we\s+expect|expectations)\b/i;

const CONTEXT_SECTION =
  /\b(?:responsibilit(?:y|ies)|what\s+you(?:'ll|’ll|\s+will)\s+(?:do|work\s+on|be\s+doing|build|own)|the\s+role|role|position|job|description|overview|summary|mission|day[\s-]+to[\s-]+day|duties|tasks|impact|projects?|team|stack|technolog(?:y|ies)|tools|environment|introduction|intro|opportunity)\b/i;

const PAY_BONUS = /\b(?:annual|performance|signing|sign-on|yearly|cash)\s+bonus|bonus\s+(?:scheme|plan|program|payment)|\b(?:jahres|leistungs)bonus/i;

const INTENSIFIER = '(?:also\\s+)?(?:a\\s+|an\\s+)?(?:big\\s+|huge\\s+|definite\\s+|strong\\s+|real\\s+|nice\\s+|major\\s+|added\\s+|great\\s+)?';

/** "… a plus", "nice to have", "preferred", "ideally", "familiarity with … is nice", "not required". */
const PLUS_CUE = new RegExp(
  `\\b(?:${[
    `(?:is|are|would\\s+be|will\\s+be|be)\\s+${INTENSIFIER}(?:plus|bonus|advantage|benefit)`,
    `(?:a|an)\\s+(?:big\\s+|huge\\s+|definite\\s+|strong\\s+|real\\s+|nice\\s+|major\\s+|added\\s+|great\\s+)?(?:plus|bonus|advantage)`,
    'bonus', 'pluses', 'nice[\\s-]+to[\\s-]+haves?', 'good[\\s-]+to[\\s-]+haves?',
    `(?:is|are|would\\s+be|will\\s+be)\\s+(?:also\\s+)?(?:nice|great|helpful|beneficial|desirable|welcome|appreciated|useful|advantageous|awesome|cool|a\\s+nice\\s+extra)`,
    'preferred', 'preferably', 'ideally', 'desirable', 'desired', 'advantageous', 'optional',
    'we(?:\'|’)?d\\s+love', 'we\\s+would\\s+love', 'icing\\s+on\\s+the\\s+cake', 'extra\\s+points?',
  ].join('|')})\\b`,
  'i',
);

/** "must", "required", "mandatory", "you will need"; never inside "not required". */
const MUST_CUE =
  /\b(?:must(?!\s+not\b)|must[\s-]+haves?|required|requires?|requirement|mandatory|essential|necessary|is\s+a\s+must|need\s+to\s+have|you(?:'ll|’ll|\s+will)?\s+need|we\s+require)\b/i;

/** "X is not required": not asked for, unless a plus cue says it is welcome ("not required, but a plus"). */
const NOT_REQUIRED_EN =
  "\\bnot\\s+(?:strictly\\s+|necessarily\\s+|really\\s+)?(?:required|necessary|essential|mandatory|needed|expected|a\\s+must|a\\s+requirement|a\\s+prerequisite)\\b|\\b(?:is|are)n['’]t\\s+(?:required|necessary|needed|a\\s+requirement)\\b";

/** "We do not use PHP", "no Kubernetes experience needed", "not looking for": the skill is not asked for at all. */
const NEGATION_EN = `\\b(?:${[
    "(?:do|does|did|will|would|wo)(?:n['’]t|\\s+not)\\s+(?:use|need|require|expect|want|work\\s+with|rely\\s+on)",
    '(?:never|not)\\s+(?:use|using|used)',
    'no\\s+(?:prior\\s+|previous\\s+)?(?:[\\w.+#/-]+\\s+){0,3}(?:experience|knowledge|background)(?:\\s+[\\w.+#/-]+){0,3}\\s+(?:is\\s+|are\\s+)?(?:needed|required|necessary|expected)',
    'no\\s+need\\s+(?:for|to)', 'not\\s+looking\\s+for', 'we\\s+(?:avoid|moved\\s+away\\s+from|are\\s+moving\\s+away\\s+from)',
  ].join('|')})\\b`;

/** A sentence that describes the candidate ("You have 5+ years…", "You're fluent in…"): a must where the section does not say. */
const CANDIDATE_VOICE = /^\s*you(?:'ve|’ve|\s+have|'re|’re|\s+are|\s+understand|\s+know|\s+bring|\s+can)\b/i;

/** Depth or strength: "strong", "expert", "deep knowledge", "proficient", "5+ years", "production-grade". */
const EMPHASIS_CUE =
  /\b(?:strong|solid|deep(?:er)?\s+(?:understanding|knowledge|experience|expertise|familiarity)|expert|expertise|proficien(?:t|cy)|advanced|extensive|excellent|fluen(?:t|cy)|in-depth|thorough|mastery|seasoned|proven|\d+\s*\+?\s*(?:years?|yrs)|(?:several|many|multiple)\s+years|production(?:-level|-grade|-ready)|production\s+(?:experience|systems|code|environments?)|in\s+production)\b/i;

export interface Cues {
  plus: boolean;
  must: boolean;
  /** Not asked for: "we do not use", "no … needed", or "not required" without a plus cue. */
  negated: boolean;
  /** Describes the candidate in the second person: a must under a heading that does not say. */
  voice: boolean;
  emphasis: boolean;
  /** Where the first cue starts, or -1. */
  at: number;
}

const firstOf = (text: string, patterns: readonly RegExp[]) => {
  let first: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = match;
  }
  return first;
};

const ENGLISH_ABBREVIATIONS = ['e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'incl', 'approx', 'esp', 'cf', 'mr', 'mrs', 'ms', 'dr', 'sr', 'jr', 'no', 'min', 'max', 'e.g.', 'i.e.'];
const SENTENCE_END = /[.!?;]+(?=\s|$)/g;

/** How a posting in English and the given other languages is read. */
export interface Wording {
  /** The other languages read besides English. */
  languages: readonly LanguageWording[];
  classifySection(heading: string): SectionKind;
  cuesOf(text: string): Cues;
  /** Sentence spans of one block, as [start, end) offsets into it; "e.g." and "etc." do not end a sentence. */
  sentenceSpans(text: string): Array<[number, number]>;
  /**
   * Where a sentence with mixed cues ("Go required, Kafka a plus", "Linux (IPv6 nice to have)") splits into parts.
   * "Not required, but a plus" stays one part: the "but" says how welcome the skill is.
   */
  partBreak: RegExp;
}

type Role = Exclude<keyof LanguageWording, 'name' | 'headingWords' | 'contextWords'>;

function buildWording(languages: readonly LanguageWording[]): Wording {
  const all = (role: Role) => languages.flatMap((language) => language[role]);
  const other = (role: Role) => (languages.length ? [wordsRegex(all(role))] : []);
  const sections = {
    plus: [PLUS_SECTION, ...other('plusSection')],
    ignore: [IGNORE_SECTION, ...other('ignoreSection')],
    must: [MUST_SECTION, ...other('mustSection')],
    context: [CONTEXT_SECTION, ...other('contextSection')],
  };
  const notRequiredSource = languages.length ? `${NOT_REQUIRED_EN}|${wordsRegex(all('notRequired')).source}` : NOT_REQUIRED_EN;
  const notRequired = new RegExp(notRequiredSource, 'gi');
  const negation = new RegExp(languages.length ? `${NEGATION_EN}|${wordsRegex(all('negation')).source}` : NEGATION_EN, 'i');
  const cues = {
    plus: [PLUS_CUE, ...other('plusCue')],
    must: [MUST_CUE, ...other('mustCue')],
    emphasis: [EMPHASIS_CUE, ...other('emphasis')],
    voice: [CANDIDATE_VOICE, ...(languages.length ? [new RegExp(`^\\s*${wordsRegex(all('voice')).source}`, 'i')] : [])],
  };
  const abbreviations = new Set([...ENGLISH_ABBREVIATIONS, ...all('abbreviations')]);
  const butWords = ['but', 'while', 'whereas', 'although', 'though', ...all('but')].join('|');
  const ideallyWords = ['ideally', 'preferably', 'optionally', ...all('andIdeally')].join('|');
  const andOrWords = ['and', 'or', ...all('and'), ...all('or')].join('|');
  const partBreak = new RegExp(
    [
      `,(?!\\s*(?:${butWords})(?![${LATIN_WORD_CHAR}]))`,
      '\\s*[()]\\s*',
      `(?<!(?:${notRequiredSource}),?)\\s(?:${butWords})\\s`,
      `\\s(?:${andOrWords})\\s+(?=(?:${ideallyWords})(?![${LATIN_WORD_CHAR}]))`,
    ].join('|'),
    'gi',
  );
  const matches = (patterns: readonly RegExp[], text: string) => patterns.some((pattern) => pattern.test(text));

  return {
    languages,
    partBreak,
    classifySection(heading) {
      const text = heading.replace(/[*_`#:]+/g, ' ').trim();
      if (matches(sections.plus, text) && !PAY_BONUS.test(text)) return 'plus';
      if (matches(sections.ignore, text)) return 'ignore';
      if (matches(sections.must, text)) return 'must';
      if (matches(sections.context, text)) return 'context';
      return 'neutral';
    },
    cuesOf(text) {
      notRequired.lastIndex = 0;
      const notRequiredMatch = notRequired.exec(text);
      // "not required" holds "required": the must cue is looked for with it blanked out.
      const rest = notRequiredMatch ? text.replace(notRequired, (words) => ' '.repeat(words.length)) : text;
      const plus = firstOf(text, cues.plus);
      const must = firstOf(rest, cues.must);
      const emphasis = firstOf(text, cues.emphasis);
      const voice = firstOf(text, cues.voice);
      const negated = negation.exec(text) ?? (plus ? null : notRequiredMatch);
      const starts = [plus, must, emphasis, voice, negated].flatMap((match) => (match ? [match.index] : []));
      return {
        plus: plus !== null,
        must: must !== null,
        negated: negated !== null,
        emphasis: emphasis !== null,
        voice: voice !== null,
        at: starts.length ? Math.min(...starts) : -1,
      };
    },
    sentenceSpans(text) {
      const spans: Array<[number, number]> = [];
      let start = 0;
      for (const match of text.matchAll(SENTENCE_END)) {
        const wordBefore = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1]?.toLowerCase() ?? '';
        if (match[0] === '.' && abbreviations.has(wordBefore)) continue;
        const end = match.index + match[0].length;
        if (text.slice(start, end).trim()) spans.push([start, end]);
        start = end;
      }
      if (text.slice(start).trim()) spans.push([start, text.length]);
      return spans;
    },
  };
}

const built = new Map<string, Wording>();

/** The wording of English and the given languages, built once per set. */
export function wordingFor(languages: readonly LanguageWording[]): Wording {
  const key = languages.map((language) => language.name).join('+');
  let wording = built.get(key);
  if (!wording) built.set(key, (wording = buildWording(languages)));
  return wording;
}

/** English alone. */
export const englishWording = () => wordingFor([]);
