/** What a cut text ends with, everywhere: extraction, the panel, notes previews and every export. */
export const TRUNCATION_MARK = '… (truncated)';

/** Cuts `text` to at most `max` characters (never inside a surrogate pair), marking the cut visibly. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : markedCut(text, max);
}

/** Marks `text` as cut, for text already shortened before it got here; at most `max` characters. */
export function markedCut(text: string, max: number): string {
  let cut = text.slice(0, Math.max(0, max - TRUNCATION_MARK.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + TRUNCATION_MARK;
}

/** Cuts to at most `max` characters, ending in "…" when cut (never inside a surrogate pair): short labels and quotes. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
