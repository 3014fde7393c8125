import { SITE_PAGES } from '@/lib/sites/hosts';
import { startGithubLists } from '@/lib/content/github-lists';

/** GitHub's lists of people (search, org members, contributors, followers, stargazers): a marker by each and "capture all". */
export default defineContentScript({
  matches: [...SITE_PAGES.github],
  runAt: 'document_idle',
  main: (ctx) => startGithubLists(ctx),
});
