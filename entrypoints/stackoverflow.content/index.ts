import { extract } from '@/lib/sites/stackoverflow';
import { sendMessage } from '@/lib/messaging';
import { isUnreadable, startPageReader } from '@/lib/content/page-reader';

export default defineContentScript({
  matches: ['https://stackoverflow.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx, { extract, isStale: isUnreadable, send: (message) => sendMessage('pageRead', message) });
  },
});
