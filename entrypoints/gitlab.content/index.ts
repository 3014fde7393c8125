import { SITE_PAGES } from '@/lib/sites/hosts';
import { extract } from '@/lib/sites/gitlab/extract';
import { sendMessage } from '@/lib/messaging';
import { isUnreadable, startPageReader } from '@/lib/content/page-reader';

/** GitLab renders profiles in the browser: the reader retries until the profile header is there. */
export default defineContentScript({
  matches: [...SITE_PAGES.gitlab],
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx, { extract, isStale: isUnreadable, send: (message) => sendMessage('pageRead', message) });
  },
});
