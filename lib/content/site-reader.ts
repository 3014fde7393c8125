import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/types';
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

/** The person's name on the page, else their login or username: the first of the site's selectors with text. */
export function nameElement(doc: Document, selectors: SiteAdapter['selectors']): Element | undefined {
  for (const group of [selectors.name, selectors.login, selectors.username]) {
    for (const selector of group ?? []) {
      const element = doc.querySelector(selector);
      if (element?.textContent?.trim()) return element;
    }
  }
  return undefined;
}
