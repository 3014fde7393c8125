import { getActivePosting, loadCsvRows, loadForExport } from '@/lib/services';
import { csvOf, fileNameFor, toBundle, toCsv, toHtmlReport, type ExportInput, type ExportKind } from '@/lib/files';
import type { Posting } from '@/lib/schema/posting';
import { downloadText } from '../common/download';

export type { ExportKind };

const WRITERS: Record<ExportKind, { write: (input: ExportInput) => string; type: string }> = {
  csv: { write: toCsv, type: 'text/csv;charset=utf-8' },
  json: { write: toBundle, type: 'application/json' },
  html: { write: toHtmlReport, type: 'text/html;charset=utf-8' },
};

export interface ExportOptions {
  /** The posting the scores and statuses are for; the active posting when left out. */
  posting?: Posting;
  /** Blind review: no names, no email (CSV and HTML; the JSON bundle is always a full copy). */
  blind?: boolean;
  now?: Date;
  /** Where the file goes; the browser's download by default. */
  save?: (fileName: string, text: string, type: string) => void;
}

/**
 * Exports these candidates, in this order, as a CSV, a JSON bundle or an HTML report, and hands the
 * file to the browser's download. Returns the file name.
 */
export async function onExport(kind: ExportKind, title: string, candidateKeys: readonly string[], options: ExportOptions = {}): Promise<string> {
  const posting = options.posting ?? (await getActivePosting());
  const exportedAt = (options.now ?? new Date()).toISOString();
  const loadStart = performance.now();
  const blind = options.blind ? { blind: true } : {};
  let text: string;
  let writeStart: number;
  if (kind === 'csv') {
    // The CSV needs only the small rows: ten thousand full records would take seconds to read.
    const rows = await loadCsvRows(posting.id, candidateKeys);
    writeStart = performance.now();
    text = csvOf({ posting, ...blind }, rows);
  } else {
    const candidates = await loadForExport(posting.id, candidateKeys);
    writeStart = performance.now();
    text = WRITERS[kind].write({ posting, title, exportedAt, candidates, ...blind });
  }
  const { type } = WRITERS[kind];
  const saveStart = performance.now();
  const fileName = fileNameFor(kind, title, exportedAt);
  (options.save ?? downloadText)(fileName, text, type);
  // Entries for DevTools and `npm run bench`: where an export's time goes.
  performance.measure('talent-lens:export-load', { start: loadStart, end: writeStart });
  performance.measure('talent-lens:export-write', { start: writeStart, end: saveStart });
  performance.measure('talent-lens:export-save', { start: saveStart, end: performance.now() });
  return fileName;
}
