export type ExportKind = 'csv' | 'json' | 'html';

/** Longest file name produced, extension included. */
export const FILE_NAME_MAX = 80;

const PREFIX = 'talent-lens';

/** Letters NFKD does not split into ASCII plus marks. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h',
};

/** "Go backend – round 1" → "go-backend-round-1"; only a-z, 0-9 and single dashes. */
export function slugify(title: string, max = FILE_NAME_MAX): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþıħ]/g, (char) => TRANSLITERATIONS[char] ?? '-');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/** The calendar date of an ISO time as written ("2026-11-25T23:30:00-05:00" → "2026-11-25"), or '' if unreadable. */
function datePart(exportedAt: string): string {
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(exportedAt)?.[1];
  if (written) return written;
  const time = Date.parse(exportedAt);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

/** `talent-lens_go-backend-round-1_2026-11-25.csv`: ASCII, safe on every file system, at most 80 characters. */
export function fileNameFor(kind: ExportKind, title: string, exportedAt: string): string {
  const date = datePart(exportedAt);
  const fixed = `${PREFIX}__${date}.${kind}`.length;
  const slug = slugify(title, FILE_NAME_MAX - fixed) || 'export';
  return [PREFIX, slug, date].filter(Boolean).join('_') + `.${kind}`;
}
