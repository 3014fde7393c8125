import { SITE_PAGES } from '@/lib/sites/hosts';
import { extract } from '@/lib/sites/linkedin/extract';
import { sendMessage } from '@/lib/messaging';
import { isUnreadable, startPageReader } from '@/lib/content/page-reader';

/** Reads only what the recruiter's own browser shows; LinkedIn is a single-page app, so every navigation is a new read. */
export default defineContentScript({
  matches: [...SITE_PAGES.linkedin],
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx, { extract, isStale: isUnreadable, send: (message) => sendMessage('pageRead', message) });
  },
});
