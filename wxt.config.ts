import { defineConfig } from 'wxt';
import { OPTIONAL_SITES } from './lib/optional-sites';
import { HOST_PERMISSIONS } from './lib/sites/hosts';
import { manifestCommands } from './lib/commands';
import { TEAM_SERVER_ORIGINS } from './lib/team/origins';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Talent Lens',
    description: 'Score developer profiles against a job posting, with the evidence behind every point. Local-first.',
    // No "tabs" permission: the host permission already shows github.com URLs, and no other URL is needed.
    // "storage" holds the optional GitHub token (local, never synced); api.github.com is the enrichment API.
    // "alarms" wakes "capture all" when the GitHub API budget resets (the service worker sleeps meanwhile).
    // "scripting" registers a site's content script once the recruiter grants its optional permission.
    permissions: browser === 'firefox' ? ['storage', 'alarms', 'scripting'] : ['sidePanel', 'storage', 'alarms', 'scripting'],
    // Sites added later, and the team server's address, are asked for at run time in Options
    // (lib/optional-sites.ts, lib/team/origins.ts). Firefox's manifest v2 lists optional hosts among optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_SITES.flatMap((site) => site.origins), ...TEAM_SERVER_ORIGINS] }
      : { optional_host_permissions: [...OPTIONAL_SITES.flatMap((site) => site.origins), ...TEAM_SERVER_ORIGINS] }),
    // The supported sites and their APIs, nothing else (lib/sites/hosts.ts). LinkedIn and Stack Overflow pages are only read, never fetched.
    host_permissions: [...HOST_PERMISSIONS],
    action: { default_title: 'Open Talent Lens' },
    // Keyboard commands with suggested keys (lib/commands.ts); the recruiter can change them in the browser's shortcut settings.
    commands: manifestCommands(browser),
    // A stable id so Firefox keeps the extension's storage and IndexedDB across updates and reinstalls.
    // 115 (the oldest ESR still shipped) is above what the APIs need: scripting.registerContentScripts in MV2 came in 102.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'talent-lens@talent-lens.dev', strict_min_version: '115.0' } } }
      : {}),
  }),
  zip: {
    // The Firefox sources zip holds what a reviewer needs to rebuild it (npm ci && npm run build:firefox): no tests, screenshots or outputs.
    excludeSources: ['.output/**', '.wxt/**', 'tests/**', 'docs/**', '**/*.log', 'web-ext.config.ts'],
  },
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    startUrls: ['https://github.com/torvalds'],
  },
});
