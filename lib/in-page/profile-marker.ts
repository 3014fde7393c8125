/**
 * The marker beside the name on a person's profile page (every site): shown when the background answers a page
 * read with one, refreshed when the recruiter comes back to the tab (the stage or notes may have changed in the
 * panel), removed on the next read. Asks nothing of the network: every answer comes from the extension's store.
 */
import type { PersonMarker } from '@/lib/schema/list-page';
import { MARKER_HOST_ATTRIBUTE, createMarker, openPanelOn, renderMarker } from './marker';

export interface ProfileMarkerDeps {
  personMarker(candidateKey: string): Promise<PersonMarker | undefined>;
  openPanel(candidateKey: string): Promise<unknown>;
}

export interface ProfileMarkerOptions {
  /** 'closed' (the default) keeps the page's own scripts out; tests use 'open' to look inside. */
  shadowMode?: ShadowRootMode;
}

let removeCurrent: (() => void) | undefined;

/** Puts the marker at the end of the name element; any earlier marker goes first. Returns the removal. */
export function showProfileMarker(anchor: Element, marker: PersonMarker, deps: ProfileMarkerDeps, options: ProfileMarkerOptions = {}): () => void {
  removeProfileMarker(anchor.ownerDocument);
  const doc = anchor.ownerDocument;
  const { host, marker: button } = createMarker(doc, options.shadowMode ?? 'closed', MARKER_HOST_ATTRIBUTE);
  // "Last seen" is the visit before this one: a refresh would say "just now".
  const render = (latest: PersonMarker) => renderMarker(button, { ...latest, lastSeenAt: marker.lastSeenAt });
  render(marker);
  button.addEventListener('click', () => openPanelOn(button, deps));
  anchor.append(host);

  const stop = new AbortController();
  const view = doc.defaultView;
  const refresh = () => {
    if (doc.visibilityState === 'hidden') return;
    deps
      .personMarker(marker.candidateKey)
      .then((latest) => {
        if (!stop.signal.aborted && latest) render(latest);
      })
      .catch(() => {});
  };
  view?.addEventListener('focus', refresh, { signal: stop.signal });
  doc.addEventListener('visibilitychange', refresh, { signal: stop.signal });
  const remove = () => {
    stop.abort();
    host.remove();
    if (removeCurrent === remove) removeCurrent = undefined;
  };
  removeCurrent = remove;
  return remove;
}

export function removeProfileMarker(root: ParentNode = document): void {
  removeCurrent?.();
  for (const host of Array.from(root.querySelectorAll(`[${MARKER_HOST_ATTRIBUTE}]`))) host.remove();
}

/** The marker in a page read's answer, if the background sent one. */
export function markerOf(answer: unknown): PersonMarker | undefined {
  const marker = (answer as { ok?: unknown; marker?: { candidateKey?: unknown } } | undefined)?.marker;
  return marker && typeof marker.candidateKey === 'string' ? (marker as PersonMarker) : undefined;
}
