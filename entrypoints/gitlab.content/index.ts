import { SITE_PAGES } from '@/lib/sites/hosts';
import { gitlabAdapter } from '@/lib/sites/gitlab/extract';
import { startSiteReader } from '@/lib/content/site-reader';

/** GitLab renders profiles in the browser: the reader retries until the profile header is there. */
export default defineContentScript({
  matches: [...SITE_PAGES.gitlab],
  runAt: 'document_idle',
  main: (ctx) => startSiteReader(ctx, gitlabAdapter),
});
