import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Talent Lens',
    description: 'Score developer profiles against a job posting, with the evidence behind every point. Local-first.',
    // No "tabs" permission: the host permission already shows github.com URLs, and no other URL is needed.
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    host_permissions: ['https://github.com/*'],
    action: { default_title: 'Open Talent Lens' },
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    startUrls: ['https://github.com/torvalds'],
  },
});
