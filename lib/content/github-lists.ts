import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractPeople } from '@/lib/sites/github/lists';
import { sendMessage } from '@/lib/messaging';
import { mountListUi, unmountListUi } from '../in-page/list-ui';
import { readUntilRendered, watchNavigation } from './page-reader';

/**
 * GitHub's lists of people: a marker by each person and "capture all". A content script of its own, beside the
 * profile reader's, so that each stays small; GitHub navigates with Turbo, so its own event is watched too.
 */
export function startGithubLists(ctx: ContentScriptContext): void {
  watchNavigation(ctx, (superseded) => void decorateList(ctx, superseded).catch(console.warn), ['turbo:load']);
}

/**
 * Search results, org people, contributors, followers, stargazers: a badge per person and
 * "capture all". React-rendered lists may appear after the URL changes, so an empty list is read again.
 */
async function decorateList(ctx: ContentScriptContext, superseded: () => boolean): Promise<void> {
  unmountListUi();
  const url = location.href;
  const page = await readUntilRendered(
    () => extractPeople(document, url),
    (read) => read !== undefined && read.people.length === 0,
    superseded,
  );
  if (!page || page.people.length === 0) return;
  mountListUi(ctx, page, {
    listScores: (logins) => sendMessage('listScores', { logins }),
    captureAll: (request) => sendMessage('captureAll', request),
    captureAllProgress: () => sendMessage('captureAllProgress', undefined),
    cancelCaptureAll: () => sendMessage('cancelCaptureAll', undefined),
    openPanel: (candidateKey) => sendMessage('openPanel', candidateKey),
  });
}
