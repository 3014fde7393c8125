import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Talent Lens',
    description: 'Score developer profiles against a job posting, with the evidence behind every point. Local-first.',
    // No "tabs" permission: the host permission already shows github.com URLs, and no other URL is needed.
    // "storage" holds the optional GitHub token (local, never synced); api.github.com is the enrichment API.
    permissions: browser === 'firefox' ? ['storage'] : ['sidePanel', 'storage'],
    host_permissions: ['https://github.com/*', 'https://api.github.com/*'],
    action: { default_title: 'Open Talent Lens' },
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    startUrls: ['https://github.com/torvalds'],
  },
});
