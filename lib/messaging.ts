import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageRead, PageReadResult } from './schema/messages';

/** The one protocol between the extension's parts. Payloads are untrusted: the background re-validates. */
interface ProtocolMap {
  /** Content script → background: what the page is. */
  pageRead(data: PageRead): PageReadResult;
  /** Side panel → background: re-score everyone for this posting id. */
  rescore(postingId: string): { ok: boolean };
  /** Side panel → background: read this candidate from the GitHub API now (the Refresh button). */
  refreshEnrichment(candidateKey: string): { ok: boolean };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
