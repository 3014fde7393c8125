/** Exports of a shortlist or a filtered list: pure functions from an ExportInput to file text. */
export type { ExportCandidate, ExportInput } from './types';
export { toCsv, csvOf, csvCandidateOf, neutraliseFormula, CSV_BOM } from './csv';
export type { CsvCandidate } from './csv';
export {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  BundleCandidateSchema,
  ExportBundleSchema,
  toBundle,
  writeBundle,
  parseBundle,
  readBundle,
  type BundleCandidate,
  type ExportBundle,
  type ParseBundleResult,
} from './bundle';
export { toHtmlReport, writeHtmlReport, escapeHtml, REPORT_CSP } from './html-report';
export { fileNameFor, slugify, FILE_NAME_MAX, type ExportKind } from './file-names';
