import { SITE_PAGES } from '@/lib/sites/hosts';
import { stackOverflowAdapter } from '@/lib/sites/stackoverflow/extract';
import { startSiteReader } from '@/lib/content/site-reader';

export default defineContentScript({
  matches: [...SITE_PAGES.stackoverflow],
  runAt: 'document_idle',
  main: (ctx) => startSiteReader(ctx, stackOverflowAdapter),
});
