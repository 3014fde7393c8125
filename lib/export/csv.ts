import Papa from 'papaparse';
import { profileSummary } from '../people/summary';
import type { ExportCandidate, ExportInput } from './types';
import { allProfiles, exportName, truncate } from './types';

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

function publicEmail(entry: ExportCandidate): string {
  for (const profile of allProfiles(entry.candidate)) {
    if (profile.site === 'github' && profile.email) return profile.email;
  }
  return '';
}

function headline(entry: ExportCandidate): string {
  for (const profile of allProfiles(entry.candidate)) {
    const line = profileSummary(profile).headline;
    if (line) return line;
  }
  return '';
}

function profileUrls(entry: ExportCandidate): string {
  return [...new Set(allProfiles(entry.candidate).map((profile) => profile.url))].join(' | ');
}

/**
 * One row per candidate, in the order given, with a header row. RFC 4180 (CRLF, quoted fields)
 * with a UTF-8 byte order mark; formula-like text cells are neutralised with a leading apostrophe.
 */
export function toCsv(input: ExportInput): string {
  const requirements = input.posting.requirements;
  const header: string[] = [
    'Name',
    'Profile URLs',
    'Public email',
    'Headline',
    'Score',
    'Must-haves met',
    ...requirements.map((requirement) => `${requirement.label} (${requirement.kind})`),
    'Status',
    'Tags',
    'Latest notes',
  ];

  const rows = input.candidates.map((entry, index): Cell[] => {
    const result = entry.score?.result;
    const byRequirement = new Map(result?.requirements.map((requirement) => [requirement.requirementId, requirement]));
    return [
      exportName(entry, index, input.blind),
      profileUrls(entry),
      input.blind ? '' : publicEmail(entry),
      headline(entry),
      entry.score ? entry.score.total : '',
      result ? (result.mustHavesMissing.length === 0 ? 'yes' : 'no') : '',
      ...requirements.map((requirement): Cell => {
        const found = byRequirement.get(requirement.id);
        return found ? roundPoints(found.points) : '';
      }),
      entry.status ?? '',
      entry.tags.join(', '),
      entry.notes
        .slice(0, CSV_NOTES_SHOWN)
        .map((note) => truncate(note.text, CSV_NOTE_MAX))
        .join(' / '),
    ];
  });

  // Rows as arrays (the header is the first): { fields, data: [] } would add an empty row.
  const csv = Papa.unparse(
    [header, ...rows].map((row) => row.map((cell) => neutraliseFormula(cell))),
    { newline: '\r\n', quotes: false },
  );
  return CSV_BOM + csv;
}
