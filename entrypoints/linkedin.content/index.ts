import { SITE_PAGES } from '@/lib/sites/hosts';
import { linkedInAdapter } from '@/lib/sites/linkedin/extract';
import { startSiteReader } from '@/lib/content/site-reader';

/** Reads only what the recruiter's own browser shows; LinkedIn is a single-page app, so every navigation is a new read. */
export default defineContentScript({
  matches: [...SITE_PAGES.linkedin],
  runAt: 'document_idle',
  main: (ctx) => startSiteReader(ctx, linkedInAdapter),
});
