import type { ProfileSignal } from './skills';
import { type Findings, found } from './findings';

/**
 * Which language a person writes in, from their own texts: a requirement of "fluent English" is shown
 * by a README written in English, not by a name or a location. Small function words decide: they are
 * frequent, short texts have them, and each list keeps to words no other of the four languages uses.
 */
const FUNCTION_WORDS = {
  english: 'the and of to is with for this that my i’m i\'m are you from on it an be which have by was at or not',
  german: 'der die das und ist mit ich nicht ein eine für auf zu den von im auch sich wir sind oder bei dem',
  french: 'le les et est des une pour dans du je avec qui sur pas au aux nous sont ce cette mes ou',
  spanish: 'el los las y es que una para con por del se mi soy está como más su al lo sobre',
} as const;

export type WrittenLanguage = keyof typeof FUNCTION_WORDS;

const LABELS: Record<WrittenLanguage, string> = { english: 'English', german: 'German', french: 'French', spanish: 'Spanish' };
const SIGNALS: Record<WrittenLanguage, ProfileSignal> = {
  english: 'writes-english',
  german: 'writes-german',
  french: 'writes-french',
  spanish: 'writes-spanish',
};

const WORD_LISTS = Object.entries(FUNCTION_WORDS).map(([language, words]) => [language as WrittenLanguage, new Set(words.split(' '))] as const);
const WORD = /[\p{L}’']+/gu;
/** Function words a text needs before its language is named, and the share of them one language must hold. */
const MIN_HITS = 3;
const MIN_SHARE = 0.7;

/** The language a text is written in, when its function words say so clearly; else undefined. */
export function writtenLanguageOf(text: string): WrittenLanguage | undefined {
  const hits = new Map<WrittenLanguage, number>();
  for (const match of text.slice(0, 20_000).toLowerCase().matchAll(WORD)) {
    for (const [language, words] of WORD_LISTS) if (words.has(match[0])) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const total = [...hits.values()].reduce((sum, count) => sum + count, 0);
  const [best, count] = [...hits].sort((a, b) => b[1] - a[1])[0] ?? [];
  return best && count! >= MIN_HITS && count! / total >= MIN_SHARE ? best : undefined;
}

export interface OwnText {
  location: string;
  where: string;
  url: string;
  text: string | undefined;
  /** What a text of this kind written in a language adds to it. */
  value: number;
}

/** Adds one piece of evidence per own text whose language is clear: "profile README written in English". */
export function addWrittenLanguageFindings(findings: Findings, texts: readonly OwnText[]): void {
  for (const { location, where, url, text, value } of texts) {
    const language = text ? writtenLanguageOf(text) : undefined;
    if (!language) continue;
    findings.addForSignal(
      SIGNALS[language],
      found(`written:${location}`, 'written-language', { where, url, quote: `${where} written in ${LABELS[language]}`, value }),
    );
  }
}
