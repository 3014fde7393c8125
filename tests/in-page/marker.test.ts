// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MARKER_HOST_ATTRIBUTE, ago } from '@/lib/in-page/marker';
import { markerOf, removeProfileMarker, showProfileMarker, type ProfileMarkerDeps } from '@/lib/in-page/profile-marker';
import type { PersonMarker } from '@/lib/schema/list-page';
import { bandOf } from '@/lib/scoring/bands';

const DAY = 86_400_000;
const jane: PersonMarker = {
  candidateKey: 'github:gopher-jane',
  postingTitle: 'Backend Developer',
  total: 61.6,
  capped: false,
  stage: 'Contacted',
  shortlists: ['Backend, first round', 'Platform'],
  notes: 3,
  lastSeenAt: new Date(Date.now() - 4 * DAY - 60_000).toISOString(),
};

function fakeDeps(latest?: PersonMarker) {
  return {
    personMarker: vi.fn(async (_key: string) => latest),
    openPanel: vi.fn(async (_key: string) => ({ ok: true })),
  } satisfies ProfileMarkerDeps;
}

function pageWithName(name = 'Jane Gopher'): HTMLElement {
  const heading = document.createElement('h1');
  const span = document.createElement('span');
  span.className = 'p-name';
  span.textContent = name;
  heading.append(span);
  document.body.append(heading);
  return span;
}

const markerButton = () => document.querySelector(`[${MARKER_HOST_ATTRIBUTE}]`)?.shadowRoot?.querySelector('button');

afterEach(() => {
  removeProfileMarker();
  document.body.replaceChildren();
});

describe('the marker beside a person’s name', () => {
  it('shows the score and band, stage, shortlists, notes and when last seen, and says it all to screen readers', () => {
    const name = pageWithName();
    showProfileMarker(name, jane, fakeDeps(), { shadowMode: 'open' });

    const button = markerButton()!;
    expect(button.parentNode).toBeTruthy();
    expect(name.lastElementChild?.hasAttribute(MARKER_HOST_ATTRIBUTE)).toBe(true);
    expect(name.textContent).toBe('Jane Gopher'); // the page's own text is unchanged
    expect(button.querySelector('.score')?.textContent).toBe('62');
    expect(button.querySelector('.band')?.textContent).toBe(bandOf(62).label);
    expect(button.querySelector('.meta')?.textContent).toBe('Contacted · 2 lists · 3 notes · seen 4d ago');
    const label = button.getAttribute('aria-label')!;
    expect(label.startsWith(`62 ${bandOf(62).label} Contacted · 2 lists · 3 notes · seen 4d ago: Talent Lens score for Backend Developer`)).toBe(true);
    expect(label).toContain('stage Contacted');
    expect(label).toContain('on 2 shortlists: Backend, first round, Platform');
    expect(label).toContain('3 notes');
    expect(label).toMatch(/last seen 4d ago \(\d{4}-\d\d-\d\d\)/);
    expect(button.title).toContain('on 2 shortlists');
  });

  it('leaves out what is not known: no stage, no list, no note', () => {
    showProfileMarker(pageWithName(), { candidateKey: 'github:x', total: 12, postingTitle: 'P', notes: 0 }, fakeDeps(), { shadowMode: 'open' });
    expect(markerButton()!.textContent).toBe(`12 ${bandOf(12).label}`);
  });

  it('opens the panel on this person when clicked', () => {
    const deps = fakeDeps();
    showProfileMarker(pageWithName(), jane, deps, { shadowMode: 'open' });
    markerButton()!.click();
    expect(deps.openPanel).toHaveBeenCalledWith('github:gopher-jane');
  });

  it('is refreshed when the recruiter comes back to the tab, keeping the visit before as “last seen”', async () => {
    const deps = fakeDeps({ ...jane, stage: 'Offer', notes: 4, lastSeenAt: new Date().toISOString() });
    showProfileMarker(pageWithName(), jane, deps, { shadowMode: 'open' });
    window.dispatchEvent(new Event('focus'));
    await vi.waitFor(() => expect(markerButton()!.querySelector('.meta')?.textContent).toBe('Offer · 2 lists · 4 notes · seen 4d ago'));
    expect(deps.personMarker).toHaveBeenCalledWith('github:gopher-jane');
  });

  it('is never doubled, and goes away with removeProfileMarker', () => {
    const name = pageWithName();
    showProfileMarker(name, jane, fakeDeps(), { shadowMode: 'open' });
    showProfileMarker(name, jane, fakeDeps(), { shadowMode: 'open' });
    expect(document.querySelectorAll(`[${MARKER_HOST_ATTRIBUTE}]`)).toHaveLength(1);
    removeProfileMarker();
    expect(document.querySelectorAll(`[${MARKER_HOST_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('shows hostile names as text and cuts them short', () => {
    const evil = '<img src=x onerror=alert(1)>';
    showProfileMarker(pageWithName(), { ...jane, stage: evil, shortlists: ['L'.repeat(10_000)], postingTitle: evil }, fakeDeps(), { shadowMode: 'open' });
    const button = markerButton()!;
    expect(button.querySelector('img')).toBeNull();
    expect(button.querySelector('.meta')?.textContent).toContain(evil);
    expect(button.title.length).toBeLessThan(700);
  });

  it('closes its shadow root outside tests', () => {
    showProfileMarker(pageWithName(), jane, fakeDeps());
    expect(document.querySelector(`[${MARKER_HOST_ATTRIBUTE}]`)?.shadowRoot).toBeNull();
  });

  it('reads a marker only from a well-formed answer', () => {
    expect(markerOf({ ok: true, marker: jane })).toEqual(jane);
    expect(markerOf({ ok: true })).toBeUndefined();
    expect(markerOf({ ok: false, error: 'x' })).toBeUndefined();
    expect(markerOf({ ok: true, marker: { candidateKey: 42 } })).toBeUndefined();
    expect(markerOf(undefined)).toBeUndefined();
  });

  it.each([
    [30_000, 'just now'],
    [5 * 60_000, '5 min ago'],
    [3 * 3_600_000, '3h ago'],
    [4 * DAY, '4d ago'],
    [90 * DAY, '3mo ago'],
    [800 * DAY, '2y ago'],
  ])('says %i ms ago as “%s”', (elapsed, said) => {
    expect(ago(elapsed)).toBe(said);
  });
});
