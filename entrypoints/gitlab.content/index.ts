import { extract } from '@/lib/sites/gitlab';
import { sendMessage } from '@/lib/messaging';
import { isUnreadable, startPageReader } from '@/lib/content/page-reader';

/** GitLab renders profiles in the browser: the reader retries until the profile header is there. */
export default defineContentScript({
  matches: ['https://gitlab.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx, { extract, isStale: isUnreadable, send: (message) => sendMessage('pageRead', message) });
  },
});
