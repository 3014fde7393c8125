import { githubAdapter } from './github/extract';
import { gitlabAdapter } from './gitlab/extract';
import { linkedInAdapter } from './linkedin/extract';
import { stackOverflowAdapter } from './stackoverflow/extract';
import type { SiteAdapter } from './types';

export type { SiteAdapter } from './types';

/** Every supported site. Content scripts import their own adapter only; this list is for the background and tests. */
export const adapters: readonly SiteAdapter[] = [githubAdapter, gitlabAdapter, stackOverflowAdapter, linkedInAdapter];

/** The adapter whose match patterns cover `url`, if any. */
export function adapterFor(url: string | URL): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return adapters.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, parsed)));
}

/** A minimal WebExtension match-pattern test: "<scheme>://<host>/<path>" with "*" wildcards. */
export function matchesPattern(pattern: string, url: URL): boolean {
  const [, scheme = '', host = '', path = ''] = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern) ?? [];
  if (!path) return false;
  const schemeOk = scheme === '*' ? url.protocol === 'https:' || url.protocol === 'http:' : url.protocol === `${scheme}:`;
  return schemeOk && hostMatches(host, url.hostname) && globToRegExp(path).test(url.pathname + url.search);
}

function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return hostname === pattern.slice(2) || hostname.endsWith(pattern.slice(1));
  return hostname === pattern;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
