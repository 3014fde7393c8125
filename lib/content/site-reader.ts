import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/types';
import { firstMatch } from '@/lib/sites/dom';
import { sendMessage } from '@/lib/messaging';
import { markerOf, removeProfileMarker, showProfileMarker, type ProfileMarkerDeps } from '../in-page/profile-marker';
import { isUnreadable, startPageReader, type PageReaderOptions } from './page-reader';

export const markerDeps: ProfileMarkerDeps = {
  personMarker: (candidateKey) => sendMessage('personMarker', candidateKey),
  openPanel: (candidateKey) => sendMessage('openPanel', candidateKey),
};

/**
 * One site's content script: read each page (and each in-app navigation), report it, and put the marker
 * beside the person's name when the background sends one. GitHub adds its own steps through `overrides`.
 */
export function startSiteReader(ctx: ContentScriptContext, adapter: SiteAdapter, overrides: Partial<PageReaderOptions> = {}, navigationEvents: readonly string[] = []): void {
  ctx.onInvalidated(() => removeProfileMarker());
  startPageReader(
    ctx,
    {
      extract: adapter.extract,
      isStale: isUnreadable,
      send: (message) => sendMessage('pageRead', message),
      afterSend: (answer) => placeMarker(ctx, adapter, answer),
      ...overrides,
    },
    navigationEvents,
  );
}

function placeMarker(ctx: ContentScriptContext, adapter: SiteAdapter, answer: unknown): void {
  removeProfileMarker();
  const marker = markerOf(answer);
  const anchor = marker && !ctx.isInvalid ? nameElement(document, adapter.selectors) : undefined;
  if (marker && anchor) showProfileMarker(anchor, marker, markerDeps);
}

/** The element the extractor read the name from (else the login or username), when it shows any text. */
export function nameElement(doc: Document, selectors: SiteAdapter['selectors']): Element | undefined {
  return [selectors.name, selectors.login, selectors.username].map((group) => firstMatch(doc, group ?? [])).find((element) => element?.textContent?.trim());
}
