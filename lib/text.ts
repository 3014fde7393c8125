/** What a cut text ends with, everywhere: extraction, the panel, notes previews and every export. */
export const TRUNCATION_MARK = '… (truncated)';

/** Cuts `text` to at most `max` characters (never inside a surrogate pair), marking the cut visibly. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : markedCut(text, max);
}

/** Marks `text` as cut, for text already shortened before it got here; at most `max` characters. */
export function markedCut(text: string, max: number): string {
  return wholeCharacters(text, max - TRUNCATION_MARK.length) + TRUNCATION_MARK;
}

/** The first `length` code units of `text`, one fewer where the cut would split a surrogate pair. */
function wholeCharacters(text: string, length: number): string {
  const cut = text.slice(0, Math.max(0, length));
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Cuts to at most `max` characters, ending in "…" when cut (never inside a surrogate pair): short labels and quotes. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${wholeCharacters(text, max - 1)}…`;
}
