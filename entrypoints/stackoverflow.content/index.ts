import { SITE_PAGES } from '@/lib/sites/hosts';
import { extract } from '@/lib/sites/stackoverflow/extract';
import { sendMessage } from '@/lib/messaging';
import { isUnreadable, startPageReader } from '@/lib/content/page-reader';

export default defineContentScript({
  matches: [...SITE_PAGES.stackoverflow],
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx, { extract, isStale: isUnreadable, send: (message) => sendMessage('pageRead', message) });
  },
});
