import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageRead, PageReadResult } from './schema/messages';
import type { CaptureAllProgress, CaptureAllRequest, ListedScore, ListScoresRequest, PersonMarker } from './schema/list-page';

/** The one protocol between the extension's parts. Payloads are untrusted: the background re-validates. */
interface ProtocolMap {
  /** Content script → background: what the page is. */
  pageRead(data: PageRead): PageReadResult;
  /** Side panel → background: re-score everyone for this posting id. */
  rescore(postingId: string): { ok: boolean };
  /** Side panel → background: read this candidate from the GitHub API now (the Refresh button). */
  refreshEnrichment(candidateKey: string): { ok: boolean };
  /** GitHub list page → background: the active posting's scores of the people listed. */
  listScores(data: ListScoresRequest): ListedScore[];
  /** GitHub list page → background: capture everyone listed through the API, throttled. */
  captureAll(data: CaptureAllRequest): CaptureAllProgress;
  /** List page or panel → background: how the capture-all job is going. */
  captureAllProgress(): CaptureAllProgress;
  /** List page or panel → background: stop the capture-all job after the current person. */
  cancelCaptureAll(): CaptureAllProgress;
  /** Page → background: the marker of this candidate again (the recruiter came back to the tab). */
  personMarker(candidateKey: string): PersonMarker | undefined;
  /** Page → background: the marker was clicked; open the panel on this candidate. */
  openPanel(candidateKey: string): { ok: boolean };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
