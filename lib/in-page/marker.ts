/**
 * The marker of a captured person, the same on every site and on GitHub's list pages: the active posting's
 * score and band, the stage, shortlists, notes and when last seen; a click opens the panel on that person.
 * Built with createElement/textContent only, in a shadow root (closed outside tests). No React, no zod:
 * this ships in the content scripts.
 */
import { bandOf } from '@/lib/scoring/bands';
import type { PersonMarker } from '@/lib/schema/list-page';
import { shorten } from '@/lib/text';
import { MARKER_CSS } from './styles';

export const MARKER_HOST_ATTRIBUTE = 'data-talent-lens-marker';
/** Text from the background (posting titles, stage and shortlist names, progress messages) is cut to this before it is shown. */
const SHOWN_TEXT_MAX = 200;

export type MarkerState = 'loading' | 'scored' | 'capped' | 'none';

/** A marker button in its own shadow root; `host` goes into the page. */
export function createMarker(doc: Document, mode: ShadowRootMode, hostAttribute: string, hostValue = ''): { host: HTMLElement; marker: HTMLButtonElement } {
  const host = doc.createElement('span');
  host.setAttribute(hostAttribute, hostValue);
  const root = host.attachShadow({ mode });
  const marker = doc.createElement('button');
  marker.type = 'button';
  marker.className = 'badge';
  setMarker(marker, 'loading', '…', 'Loading the Talent Lens score');
  const style = doc.createElement('style');
  style.textContent = MARKER_CSS;
  root.append(style, marker);
  return { host, marker };
}

/** Shows a captured person: "72" "Strong" and, when known, "Contacted · 2 lists · 3 notes · seen 4d ago". */
export function renderMarker(marker: HTMLButtonElement, person: Partial<PersonMarker>, now = Date.now()): void {
  const total = person.total;
  if (typeof total !== 'number' || !Number.isFinite(total)) {
    renderNotCaptured(marker);
    return;
  }
  const rounded = Math.round(total);
  const band = bandOf(rounded).label;
  const details = detailsOf(person, now);
  const posting = typeof person.postingTitle === 'string' && person.postingTitle ? ` for ${cut(person.postingTitle)}` : '';
  const capped = person.capped === true ? ' — capped: a must-have is missing' : '';
  const said = details.map((detail) => detail.said).join(' · ');
  setMarker(marker, person.capped === true ? 'capped' : 'scored', String(rounded), `Talent Lens score (${band})${posting}${capped}${said ? ` · ${said}` : ''}`);
  const shown = details.map((detail) => detail.shown).join(' · ');
  // Spaces between the parts: the visible text reads as words, and the accessible name starts with it (WCAG 2.5.3).
  marker.append(' ', textSpan(marker.ownerDocument, 'band', band));
  if (shown) marker.append(' ', textSpan(marker.ownerDocument, 'meta', shown));
  const visible = [String(rounded), band, shown].filter(Boolean).join(' ');
  marker.setAttribute('aria-label', `${visible}: Talent Lens score${posting}${capped}${said ? `; ${said}` : ''}`);
  marker.dataset.candidate = typeof person.candidateKey === 'string' ? person.candidateKey : '';
}

/** A click on a captured person's marker asks for the panel; other states do nothing. */
export function openPanelOn(marker: HTMLButtonElement, deps: { openPanel(candidateKey: string): Promise<unknown> }): void {
  const key = marker.dataset.candidate;
  if (key) deps.openPanel(key).catch(() => {});
}

export function renderNotCaptured(marker: HTMLButtonElement): void {
  setMarker(marker, 'none', '—', 'Not captured yet');
  marker.setAttribute('aria-label', 'Talent Lens: not captured yet');
}

export function renderUnavailable(marker: HTMLButtonElement): void {
  setMarker(marker, 'none', '—', 'Talent Lens could not load the score');
  marker.setAttribute('aria-label', 'Talent Lens could not load the score');
}

function setMarker(marker: HTMLButtonElement, state: MarkerState, score: string, title: string): void {
  marker.dataset.state = state;
  marker.replaceChildren(textSpan(marker.ownerDocument, 'score', score));
  marker.title = title;
  marker.setAttribute('aria-label', title);
  delete marker.dataset.candidate;
}

interface Detail {
  /** Short, in the marker itself. */
  shown: string;
  /** In full, in the tooltip and for screen readers. */
  said: string;
}

function detailsOf(person: Partial<PersonMarker>, now: number): Detail[] {
  const details: Detail[] = [];
  if (typeof person.stage === 'string' && person.stage) details.push({ shown: cut(person.stage, 40), said: `stage ${cut(person.stage)}` });
  const lists = Array.isArray(person.shortlists) ? person.shortlists.filter((name) => typeof name === 'string') : [];
  if (lists.length > 0) details.push({ shown: plural(lists.length, 'list'), said: `on ${plural(lists.length, 'shortlist')}: ${cut(lists.join(', '))}` });
  if (typeof person.notes === 'number' && person.notes > 0) details.push({ shown: plural(person.notes, 'note'), said: plural(person.notes, 'note') });
  const seen = typeof person.lastSeenAt === 'string' ? Date.parse(person.lastSeenAt) : Number.NaN;
  if (Number.isFinite(seen)) details.push({ shown: `seen ${ago(now - seen)}`, said: `last seen ${ago(now - seen)} (${new Date(seen).toISOString().slice(0, 10)})` });
  return details;
}

const UNITS: ReadonlyArray<[limitMs: number, unitMs: number, unit: string]> = [
  [60 * 60_000, 60_000, 'min'],
  [24 * 3_600_000, 3_600_000, 'h'],
  [60 * 86_400_000, 86_400_000, 'd'],
  [730 * 86_400_000, 30 * 86_400_000, 'mo'],
  [Number.POSITIVE_INFINITY, 365 * 86_400_000, 'y'],
];

/** "just now", "5 min ago", "3h ago", "4d ago", "5mo ago", "2y ago". */
export function ago(elapsedMs: number): string {
  if (elapsedMs < 60_000) return 'just now';
  const [, unitMs, unit] = UNITS.find(([limitMs]) => elapsedMs < limitMs)!;
  const count = Math.floor(elapsedMs / unitMs);
  return unit === 'min' ? `${count} min ago` : `${count}${unit} ago`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function textSpan(doc: Document, className: string, text: string): HTMLSpanElement {
  const span = doc.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/** Background text as the in-page UI shows it: on one line, cut short. */
export function cut(value: string, max = SHOWN_TEXT_MAX): string {
  return shorten(value.replace(/\s+/g, ' ').trim(), max);
}
