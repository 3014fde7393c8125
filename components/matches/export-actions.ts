import { getActivePosting, loadCsvRows, loadForExport } from '@/lib/services';
import { csvOf, fileNameFor, toCsv, writeBundle, writeHtmlReport, type ExportInput, type ExportKind } from '@/lib/files';
import type { Posting } from '@/lib/schema/posting';
import { stopIfCancelled, type JobControl } from '@/lib/long-job';
import { downloadText } from '../common/download';

export type { ExportKind };

const WRITERS: Record<ExportKind, { write: (input: ExportInput, job: JobControl) => Promise<string>; type: string }> = {
  csv: { write: async (input) => toCsv(input), type: 'text/csv;charset=utf-8' },
  json: { write: writeBundle, type: 'application/json' },
  html: { write: writeHtmlReport, type: 'text/html;charset=utf-8' },
};

export interface ExportOptions {
  /** The posting the scores and statuses are for; the active posting when left out. */
  posting?: Posting;
  /** Blind review: no names, no email (CSV and HTML; the JSON bundle is always a full copy). */
  blind?: boolean;
  now?: Date;
  /** Where the file goes; the browser's download by default. */
  save?: (fileName: string, text: string, type: string) => void;
  /** Progress and cancel: a cancelled export throws JobCancelled and saves nothing. */
  job?: JobControl;
}

/**
 * Exports these candidates, in this order, as a CSV, a JSON bundle or an HTML report, and hands the
 * file to the browser's download. Returns the file name.
 */
export async function onExport(kind: ExportKind, title: string, candidateKeys: readonly string[], options: ExportOptions = {}): Promise<string> {
  const job = options.job ?? {};
  const posting = options.posting ?? (await getActivePosting());
  const exportedAt = (options.now ?? new Date()).toISOString();
  const loadStart = performance.now();
  const blind = options.blind ? { blind: true } : {};
  let text: string;
  let writeStart: number;
  if (kind === 'csv') {
    // The CSV needs only the small rows: ten thousand full records would take seconds to read.
    const rows = await loadCsvRows(posting.id, candidateKeys);
    stopIfCancelled(job);
    writeStart = performance.now();
    text = csvOf({ posting, ...blind }, rows);
  } else {
    const candidates = await loadForExport(posting.id, candidateKeys, job);
    writeStart = performance.now();
    text = await WRITERS[kind].write({ posting, title, exportedAt, candidates, ...blind }, job);
  }
  stopIfCancelled(job);
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
