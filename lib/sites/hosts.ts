import type { SiteId } from '../schema/profile';

/**
 * Where each supported site's content script runs: the manifest's host permissions and every content
 * script's matches are made from this list (wxt.config.ts, entrypoints/<site>.content). No imports but a
 * type, so the build config can read it. Country sites of LinkedIn are optional (lib/optional-sites.ts).
 */
export const SITE_PAGES = {
  github: ['https://github.com/*'],
  gitlab: ['https://gitlab.com/*'],
  stackoverflow: ['https://stackoverflow.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
} as const satisfies Readonly<Record<SiteId, readonly string[]>>;

/** The APIs the background calls (GitLab's is on gitlab.com, already covered). */
export const API_HOSTS: readonly string[] = ['https://api.github.com/*'];

/** Every host the extension needs on install. */
export const HOST_PERMISSIONS: readonly string[] = /* @__PURE__ */ (() => [...Object.values(SITE_PAGES).flat(), ...API_HOSTS])();
