import { type SectionKind, type Wording, englishWording } from './wording';

/** Reading pasted posting text, plain or Markdown, into headed blocks. Pure: no DOM, nothing rendered. */

export const MAX_POSTING_BYTES = 1024 * 1024;

export interface Block {
  /** Markdown markers, link targets and bare URLs removed; lines of one item or paragraph joined. */
  text: string;
  section: SectionKind;
  /** A bullet or a line of its own, as opposed to a wrapped paragraph. */
  isItem: boolean;
}

export interface PostingText {
  title?: string;
  blocks: Block[];
  truncated: boolean;
}

/** The text up to `maxBytes` of UTF-8, never cutting a character in two. */
export function clipToBytes(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (text.length * 3 <= maxBytes) return { text, truncated: false };
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : isPair ? 4 : 3;
    if (bytes + size > maxBytes) return { text: text.slice(0, i), truncated: true };
    bytes += size;
    if (isPair) i++;
  }
  return { text, truncated: false };
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]{0,10000}?)\n---[ \t]*(?:\n|$)/;

function splitFrontMatter(text: string): { title?: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const titleLine = /^title:[ \t]*(.+)$/m.exec(match[1]!)?.[1];
  const title = titleLine?.trim().replace(/^(["'])(.*)\1$/, '$2');
  return { title: title ? cleanInline(title) : undefined, body: text.slice(match[0].length) };
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#39;', "'"], ['&apos;', "'"], ['&nbsp;', ' '],
]);

/** One line of Markdown as plain words: "[Go](https://go.dev)" → "Go", "**strong**" → "strong". */
export function cleanInline(text: string): string {
  return text
    .replace(/!?\[([^\]\n]{0,300})\]\([^()\s]{0,2000}\)/g, '$1')
    .replace(/\bhttps?:\/\/\S{1,2000}/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES.get(entity) ?? entity)
    .replace(/\*+|`+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ' ')
    // A backslash before a line end is Markdown's hard line break, as pasted from rendered pages.
    .replace(/\\(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*))?$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Markdown's, typography's and the emoji bullets postings are pasted with: "- ", "• ", "● ", "✅ ", "1. ", "a) ". */
const BULLET = /^([ \t]*)(?:[-*+•·‣▪◦►▸➤✓✔–—●○■□◆◇❖➢➔→⁃∙✅☑🔹🔸▶]\uFE0F?|\d{1,3}[.)]|[a-z][.)])[ \t]+(\S.*)$/u;
const FENCE = /^ {0,3}(?:```|~~~)/;
const BOLD_LINE = /^[ \t]*(?:\*\*|__)([^*_\n]{1,80}?)[ \t]*:?[ \t]*(?:\*\*|__)[ \t]*:?[ \t]*$/;
const LABEL_LINE = /^[ \t]*(?:\*\*|__)?([^:*\n]{1,60}?)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*$/;
const LABEL_WITH_TEXT = /^[ \t]*(?:\*\*|__)?(\p{L}[\p{L} '’&/-]{0,50}?)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(\S.*)$/u;

const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/** "Title ##" → "Title" but "Senior C#" stays, by hand: a regex for it backtracks quadratically on a long run of "#". */
function trimClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || isBlank(text[hashes - 1]))) end = hashes;
  while (end > 0 && isBlank(text[end - 1])) end--;
  return text.slice(0, end);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsSentence = (line: string) => /[.!?:;]["'”’)]*\s*$/.test(line);
/** A line cut after "the", "of", "with"… goes on on the next line, whatever that starts with. */
const ENDS_MID_PHRASE = /\b(?:the|a|an|of|in|on|with|to|for|and|or|by|as|at|from|is|are|be|who|that|which|your|our|their|using|like|into|including|such)$/i;

type Line =
  | { type: 'blank' }
  | { type: 'heading'; text: string; explicit: boolean }
  | { type: 'underline' }
  | { type: 'labelled'; label: string; text: string }
  | { type: 'bullet'; text: string }
  | { type: 'text'; text: string; indented: boolean };

/** Words a plain-text section heading is made of: "Nice to have", "WHAT YOU'LL NEED", "About the role". */
const ENGLISH_HEADING_WORDS: readonly string[] = (
    "a about also and any are areas benefits bonus bring can company compensation day description desired do duties experience " +
    "extra for have haves how ideal ideally in is it job key knowledge looking main minimum basic must need nice of offer on our " +
    "perks plus pluses points preferred profile qualifications required requirements responsibilities role salary skills stack " +
    "tasks team tech technical the to us values we what who why will with would you your you'll we're we'd you’ll we’re apply " +
    "location process interview hiring mission overview summary essentials desirable optional great good bonuses candidate " +
    "know be might may could fit if qualities advanced additional helpful extras"
  ).split(' ');

const headingWordsByWording = new WeakMap<Wording, Set<string>>();

function headingWordsOf(wording: Wording): Set<string> {
  let words = headingWordsByWording.get(wording);
  if (!words) {
    words = new Set([...ENGLISH_HEADING_WORDS, ...wording.languages.flatMap((language) => language.headingWords.split(' '))]);
    headingWordsByWording.set(wording, words);
  }
  return words;
}

function isMadeOfHeadingWords(text: string, wording: Wording): boolean {
  if (text.length > 80) return false;
  const words = text.toLowerCase().replace(/[^\p{L}'’\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const headingWords = headingWordsOf(wording);
  return words.length > 0 && words.length <= 7 && words.every((word) => headingWords.has(word));
}

/** A line that names a section, written as plain text: "Requirements:", "NICE TO HAVE", "**Bonus points**". */
function plainHeading(line: string, wording: Wording): string | undefined {
  const label = LABEL_LINE.exec(line)?.[1];
  if (label && wordCount(label) <= 8) return label;
  const bold = BOLD_LINE.exec(line)?.[1];
  const bare = bold ?? line.trim();
  if (isMadeOfHeadingWords(bare, wording) && wording.classifySection(bare) !== 'neutral') return bare;
  return undefined;
}

/**
 * A short sentence that introduces a list and says what it is ("The icing on the cake would be, if ...",
 * "Technically, you are a strong fit for this position, if:"): a heading in all but its form.
 */
function leadIn(line: string, wording: Wording): string | undefined {
  const text = line.trim();
  if (!/(?::|\.{3}|…)$/.test(text) || wordCount(text) > 14) return undefined;
  return wording.classifySection(text) === 'neutral' ? undefined : text;
}

function classifyLine(line: string, wording: Wording): Line {
  if (!line.trim()) return { type: 'blank' };
  const atx = ATX_HEADING.exec(line);
  if (atx) return { type: 'heading', text: trimClosingHashes(atx[1] ?? ''), explicit: true };
  if (SETEXT_UNDERLINE.test(line)) return { type: 'underline' };
  if (THEMATIC_BREAK.test(line)) return { type: 'blank' };
  const bullet = BULLET.exec(line);
  if (bullet) return { type: 'bullet', text: bullet[2]! };
  const heading = plainHeading(line, wording) ?? leadIn(line, wording);
  if (heading) return { type: 'heading', text: heading, explicit: false };
  const labelled = LABEL_WITH_TEXT.exec(line);
  if (labelled && wordCount(labelled[1]!) <= 6 && wording.classifySection(labelled[1]!) !== 'neutral') {
    return { type: 'labelled', label: labelled[1]!, text: labelled[2]! };
  }
  return { type: 'text', text: line.trim(), indented: /^[ \t]{2,}/.test(line) };
}

interface Draft {
  lines: string[];
  isItem: boolean;
  section: SectionKind | 'intro';
}

/** Reads the text into blocks under their sections. The intro is context when the posting has requirement sections, else neutral. */
export function readPosting(input: string, maxBytes = MAX_POSTING_BYTES, wording: Wording = englishWording()): PostingText {
  const clipped = clipToBytes(input, maxBytes);
  const normalised = clipped.text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  const { title: frontMatterTitle, body } = splitFrontMatter(normalised);
  let title = frontMatterTitle;
  const drafts: Draft[] = [];
  let section: SectionKind | 'intro' = 'intro';
  let current: Draft | undefined;
  let inFence = false;

  const flush = () => {
    if (current?.lines.length) drafts.push(current);
    current = undefined;
  };
  const openHeading = (text: string, explicit: boolean) => {
    flush();
    const heading = cleanInline(text);
    const kind = wording.classifySection(heading);
    // A first heading that is not a section name is the posting's title; what follows it is still the intro.
    if (kind === 'neutral' && explicit && drafts.length === 0 && section === 'intro') {
      title ??= heading || undefined;
      return;
    }
    section = kind;
  };

  for (const raw of body.split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      flush();
      continue;
    }
    // A backslash at the end of a line is Markdown's hard line break, not part of the line.
    const line: Line = inFence ? { type: 'text', text: raw.trim(), indented: false } : classifyLine(raw.replace(/\\[ \t]*$/, ''), wording);
    switch (line.type) {
      case 'blank':
        flush();
        break;
      case 'heading':
        openHeading(line.text, line.explicit);
        break;
      case 'underline':
        // Setext: the single line above is a heading.
        if (current && current.lines.length === 1 && !current.isItem) {
          const text = current.lines[0]!;
          current = undefined;
          openHeading(text, true);
        } else flush();
        break;
      case 'labelled':
        openHeading(line.label, false);
        current = { lines: [line.text], isItem: true, section };
        break;
      case 'bullet':
        flush();
        current = { lines: [line.text], isItem: true, section };
        break;
      case 'text': {
        const previous = current?.lines.at(-1);
        const continues =
          previous !== undefined &&
          ((current!.isItem && line.indented) ||
            (!endsSentence(previous) && (/^[\p{Ll}\p{N}(]/u.test(line.text) || previous.length >= 60 || ENDS_MID_PHRASE.test(previous))));
        if (continues) current!.lines.push(line.text);
        else {
          flush();
          current = { lines: [line.text], isItem: false, section };
        }
        break;
      }
    }
  }
  flush();

  const hasRequirementSections = drafts.some((draft) => draft.section === 'must' || draft.section === 'plus');
  const blocks = drafts
    .map((draft): Block => ({
      text: cleanInline(draft.lines.join(' ')),
      section: draft.section === 'intro' ? (hasRequirementSections ? 'context' : 'neutral') : draft.section,
      isItem: draft.isItem || (draft.lines.length === 1 && draft.lines[0]!.length <= 80),
    }))
    .filter((block) => block.text.length > 0);
  return { title: title ? title.slice(0, 300) : undefined, blocks, truncated: clipped.truncated };
}
