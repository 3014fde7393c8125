import { SITE_PAGES } from '@/lib/sites/hosts';
import { startGithubReader } from '@/lib/content/github';

export default defineContentScript({
  matches: [...SITE_PAGES.github],
  runAt: 'document_idle',
  main: (ctx) => startGithubReader(ctx),
});
