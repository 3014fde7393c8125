import Papa from 'papaparse';
import { profileSummary } from '../people/summary';
import { shownName } from '../people/blind';
import type { ExportCandidate, ExportInput } from './types';
import { allProfiles } from './types';
import { truncate } from '../text';
import { bandOf } from '../scoring/bands';

/** Prepended so Excel reads the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
export const CSV_NOTES_SHOWN = 3;
export const CSV_NOTE_MAX = 500;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), plus their
 * full-width forms, which some spreadsheets fold to the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

type Cell = string | number;

/** A text cell a spreadsheet could run as a formula gets a leading apostrophe; numbers stay numbers. */
export function neutraliseFormula(cell: string): string;
export function neutraliseFormula(cell: Cell): Cell;
export function neutraliseFormula(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const roundPoints = (points: number) => Math.round(points * 10) / 10;

/** What a CSV row needs of a candidate: small enough to read for 10,000 people at once (lib/services/workflow/matches). */
export interface CsvCandidate {
  key: string;
  name?: string;
  login: string;
  profileUrls: readonly string[];
  email?: string;
  headline?: string;
  total?: number;
  mustHavesMet?: boolean;
  /** Points per requirement id, as scored for the posting. */
  requirementPoints?: Readonly<Record<string, number>>;
  status?: string;
  tags: readonly string[];
  /** Newest first. */
  notes: readonly { text: string }[];
}

/** The CSV row data of a full export entry. */
export function csvCandidateOf(entry: ExportCandidate): CsvCandidate {
  const profiles = allProfiles(entry.candidate);
  const result = entry.score?.result;
  const email = profiles.flatMap((profile) => (profile.site === 'github' && profile.email ? [profile.email] : []))[0];
  const headline = profiles.map((profile) => profileSummary(profile).headline).find(Boolean);
  return {
    key: entry.candidate.key,
    ...(entry.candidate.name ? { name: entry.candidate.name } : {}),
    login: entry.candidate.login,
    profileUrls: profiles.map((profile) => profile.url),
    ...(email ? { email } : {}),
    ...(headline ? { headline } : {}),
    ...(entry.score ? { total: entry.score.total } : {}),
    ...(result ? { mustHavesMet: result.mustHavesMissing.length === 0, requirementPoints: Object.fromEntries(result.requirements.map((r) => [r.requirementId, r.points])) } : {}),
    ...(entry.status ? { status: entry.status } : {}),
    tags: entry.tags,
    notes: entry.notes,
  };
}

/**
 * One row per candidate, in the order given, with a header row. RFC 4180 (CRLF, quoted fields)
 * with a UTF-8 byte order mark; formula-like text cells are neutralised with a leading apostrophe.
 */
export function toCsv(input: ExportInput): string {
  return csvOf(input, input.candidates.map(csvCandidateOf));
}

/** The CSV of rows already in their small form. */
export function csvOf({ posting, blind }: Pick<ExportInput, 'posting' | 'blind'>, candidates: readonly CsvCandidate[]): string {
  const requirements = posting.requirements;
  const header: string[] = [
    'Name',
    'Profile URLs',
    'Public email',
    'Headline',
    'Score',
    'Band',
    'Must-haves met',
    ...requirements.map((requirement) => `${requirement.label} (${requirement.kind})`),
    'Status',
    'Tags',
    'Latest notes',
  ];

  const rows = candidates.map((entry): Cell[] => [
    shownName(entry, blind === true),
    blind ? '' : [...new Set(entry.profileUrls)].join(' | '),
    blind ? '' : (entry.email ?? ''),
    entry.headline ?? '',
    entry.total ?? '',
    entry.total === undefined ? '' : bandOf(entry.total).label,
    entry.mustHavesMet === undefined ? '' : entry.mustHavesMet ? 'yes' : 'no',
    ...requirements.map((requirement): Cell => {
      const points = entry.requirementPoints?.[requirement.id];
      return points === undefined ? '' : roundPoints(points);
    }),
    entry.status ?? '',
    entry.tags.join(', '),
    entry.notes
      .slice(0, CSV_NOTES_SHOWN)
      .map((note) => truncate(note.text, CSV_NOTE_MAX))
      .join(' / '),
  ]);

  // Rows as arrays (the header is the first): { fields, data: [] } would add an empty row.
  const csv = Papa.unparse(
    [header, ...rows].map((row) => row.map((cell) => neutraliseFormula(cell))),
    { newline: '\r\n', quotes: false },
  );
  return CSV_BOM + csv;
}
