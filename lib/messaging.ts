import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageRead, PageReadResult } from './schema/messages';

/** The one protocol between content scripts and the background. Payloads are untrusted: the background re-validates. */
interface ProtocolMap {
  pageRead(data: PageRead): PageReadResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
