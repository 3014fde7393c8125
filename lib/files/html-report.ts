import { profileSummary } from '../people/summary';
import { LIMITS, isHttpUrl } from '../schema/limits';
import { SITE_LABELS } from '../schema/profile';
import type { RequirementResult } from '../schema/score';
import type { ExportCandidate, ExportInput } from './types';
import { allProfiles } from './types';
import { shownName } from '../people/blind';
import { truncate } from '../text';
import { BANDS, bandOf, bandRange } from '../scoring/bands';
import { mapInChunks, type JobControl } from '../long-job';

/**
 * One self-contained HTML file: no script, no network, no images; opens and prints in any browser.
 * Every field is untrusted: all text goes through escapeHtml, long texts are cut, and only http(s)
 * URLs become links.
 */

/** Longest text shown for any one field; longer texts end with a visible marker. */
export const HTML_TEXT_MAX = 2_000;

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The one escaper for text and attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Escaped, capped text. */
const text = (value: string | undefined | null, max = HTML_TEXT_MAX): string => escapeHtml(truncate(String(value ?? ''), max));

/**
 * A link for an http(s) URL, else the label and the URL as plain text. The label is escaped text;
 * `bare` marks a link whose label is its URL, so print does not repeat it.
 */
function link(url: string | undefined, label: string, bare = false): string {
  if (url && url.length <= LIMITS.url && isHttpUrl(url)) {
    const href = new URL(url).href;
    return `<a href="${escapeHtml(href)}"${bare ? ' class="bare"' : ''} rel="noopener noreferrer">${text(label)}</a>`;
  }
  return url ? `${text(label)} <span class="url">(${text(url, 200)})</span>` : text(label);
}

/** "2026-11-25 14:03 UTC"; an unreadable date is shown as given. */
function formatDate(iso: string, withTime = true): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return text(iso, 100);
  const [date, rest] = new Date(time).toISOString().split('T');
  return withTime ? `${date} ${rest!.slice(0, 5)} UTC` : date!;
}

const points = (value: number) => String(Math.round(value * 10) / 10);

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.2rem; margin: 0; display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
  h3 { font-size: .95rem; margin: 1rem 0 .25rem; }
  header.report { border-bottom: 2px solid #1f2328; padding-bottom: .75rem; margin-bottom: 1rem; }
  .meta { color: #59636e; margin: .1rem 0; }
  article.candidate { border: 1px solid #d1d9e0; border-radius: 6px; padding: 1rem; margin: 0 0 1rem; overflow-wrap: anywhere; }
  .score { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .band { margin: .25rem 0; }
  .headline { color: #59636e; margin: .25rem 0; }
  .warn { color: #9a3412; }
  ul { margin: .25rem 0; padding-left: 1.25rem; }
  table { border-collapse: collapse; width: 100%; margin-top: .25rem; }
  th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-top: 1px solid #d1d9e0; }
  th { font-weight: 600; }
  td.points { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .unmet { color: #59636e; }
  .kind { font-size: .8em; color: #59636e; }
  .evidence { margin: .25rem 0 0; padding-left: 1rem; font-size: .92em; }
  .quote { font-style: italic; }
  .url { color: #59636e; font-size: .9em; }
  .tags span { display: inline-block; border: 1px solid #d1d9e0; border-radius: 999px; padding: 0 .5rem; margin: 0 .25rem .25rem 0; }
  .notes li { margin-bottom: .35rem; white-space: pre-wrap; }
  .note-date { color: #59636e; font-size: .9em; white-space: normal; }
  a { color: #0969da; }
  @media print {
    body { max-width: none; padding: 0; font-size: 11pt; }
    article.candidate { border: 0; border-radius: 0; padding: 0; margin: 0; break-before: page; page-break-before: always; }
    main > article.candidate:first-child { break-before: auto; page-break-before: auto; }
    tr, .evidence li, .notes li { break-inside: avoid; page-break-inside: avoid; }
    h2, h3 { break-after: avoid; page-break-after: avoid; }
    a { color: inherit; }
    a[href]:not(.bare)::after { content: " (" attr(href) ")"; font-size: .85em; color: #59636e; overflow-wrap: anywhere; }
  }
`;

/** Blind review keeps the evidence but not where it links: "ines/scheduler" names its owner. */
const blindWhere = (where: string) => where.replace(/(^|\s)[^\s/]+\/(?=\S)/g, '$1');

function requirementRow(requirement: RequirementResult, blind: boolean): string {
  const source = (item: RequirementResult['evidence'][number]) => (blind ? text(blindWhere(item.where)) : link(item.url, item.where));
  const evidence = requirement.evidence.length
    ? `<ul class="evidence">${requirement.evidence
        .map((item) => `<li><span class="quote">“${text(item.quote)}”</span> — ${source(item)}</li>`)
        .join('')}</ul>`
    : '';
  return (
    `<tr class="${requirement.met ? 'met' : 'unmet'}">` +
    `<td>${text(requirement.label)} <span class="kind">(${text(requirement.kind)})</span>${requirement.met ? '' : ' — not found'}${evidence}</td>` +
    `<td class="points">${points(requirement.points)} / ${points(requirement.maxPoints)}</td>` +
    `</tr>`
  );
}

function scoreSection(entry: ExportCandidate, blind: boolean): string {
  const result = entry.score?.result;
  if (!result) return '<p class="meta">Not scored for this posting.</p>';
  const band = bandOf(result.total);
  const parts: string[] = [`<p class="band"><strong>${text(band.label)}</strong> (${text(bandRange(band))}): ${text(band.meaning)}</p>`];
  if (result.mustHavesMissing.length > 0) {
    parts.push(
      `<p class="warn">Must-haves missing: ${result.mustHavesMissing.map((label) => text(label)).join(', ')}${result.capped ? ' (score capped)' : ''}</p>`,
    );
  } else {
    parts.push('<p>All must-haves met.</p>');
  }
  const reasons = result.confidenceReasons.length ? ` — ${result.confidenceReasons.map((reason) => text(reason)).join('; ')}` : '';
  parts.push(`<p class="meta">Confidence: ${text(result.confidence)}${reasons}</p>`);
  if (result.requirements.length > 0) {
    parts.push(
      '<table><thead><tr><th>Requirement and evidence</th><th>Points</th></tr></thead><tbody>' +
        result.requirements.map((requirement) => requirementRow(requirement, blind)).join('') +
        '</tbody></table>',
    );
  }
  return parts.join('');
}

function candidateArticle(entry: ExportCandidate, index: number, blind: boolean | undefined): string {
  const score = entry.score
    ? `<span class="score">${text(bandOf(entry.score.total).label)} · ${text(String(entry.score.total))}/100</span>`
    : '<span class="score">—</span>';
  const headline = allProfiles(entry.candidate)
    .map((profile) => profileSummary(profile).headline)
    .find(Boolean);
  const profiles = blind
    ? '<li>Hidden in blind review.</li>'
    : allProfiles(entry.candidate)
        .map((profile) => `<li>${text(SITE_LABELS[profile.site] ?? profile.site)}: ${link(profile.url, profile.url, true)}</li>`)
        .join('');
  const tags = entry.tags.length ? `<p class="tags">${entry.tags.map((tag) => `<span>${text(tag, 200)}</span>`).join('')}</p>` : '<p class="meta">No tags.</p>';
  const notes = entry.notes.length
    ? `<ul class="notes">${entry.notes.map((note) => `<li><span class="note-date">${formatDate(note.createdAt)}</span><br>${text(note.text)}</li>`).join('')}</ul>`
    : '<p class="meta">No notes.</p>';

  return [
    `<article class="candidate">`,
    `<h2><span>${index + 1}. ${text(shownName(entry.candidate, blind === true), 300)}</span>${score}</h2>`,
    headline ? `<p class="headline">${text(headline)}</p>` : '',
    `<p>Status: ${entry.status ? text(entry.status, 200) : '—'}</p>`,
    `<h3>Profiles</h3><ul>${profiles}</ul>`,
    `<h3>Score</h3>${scoreSection(entry, blind === true)}`,
    `<h3>Tags</h3>${tags}`,
    `<h3>Notes</h3>${notes}`,
    `</article>`,
  ].join('\n');
}

/** The page around the articles: the head, the title and the posting, and the closing tags. */
function reportFrame(input: ExportInput): { head: string; tail: string } {
  const count = input.candidates.length;
  const head = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // REPORT_CSP holds no double quote, so it goes in the attribute as written.
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(input.title, 300)} — Talent Lens</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header class="report">',
    `<h1>${text(input.title, 300)}</h1>`,
    `<p class="meta">Posting: ${text(input.posting.title, 300)}</p>`,
    `<p class="meta">Exported ${formatDate(input.exportedAt)} · ${count} ${count === 1 ? 'candidate' : 'candidates'}${input.blind ? ' · blind review' : ''}</p>`,
    `<p class="meta bands">Score bands: ${BANDS.map((band) => `${text(band.label)} ${text(bandRange(band))}`).join(' · ')}</p>`,
    '</header>',
    '<main>',
  ].join('\n');
  const tail = [count === 0 ? '<p>No candidates.</p>' : '', '</main>', '</body>', '</html>', ''].join('\n');
  return { head, tail };
}

/** The shortlist or filtered list as one printable HTML page. */
export function toHtmlReport(input: ExportInput): string {
  const { head, tail } = reportFrame(input);
  return [head, ...input.candidates.map((entry, index) => candidateArticle(entry, index, input.blind)), tail].join('\n');
}

/** toHtmlReport a chunk at a time, for thousands of candidates: reports progress, stops on a cancel. */
export async function writeHtmlReport(input: ExportInput, job: JobControl): Promise<string> {
  const { head, tail } = reportFrame(input);
  const articles = await mapInChunks(input.candidates, 'writing', job, (entry, index) => candidateArticle(entry, index, input.blind));
  return [head, ...articles, tail].join('\n');
}
