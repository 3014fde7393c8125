import { describe, expect, it } from 'vitest';
import { syncOptionalSites, type OptionalSitesApi } from '@/lib/services/optional-sites';
import { OPTIONAL_SITES } from '@/lib/optional-sites';
import { linkedInAdapter } from '@/lib/sites/linkedin/extract';

function fakeApi(grantedOrigins: string[]) {
  const registered = new Map<string, { matches: string[]; excludeMatches: string[]; js: string[] }>();
  const api: OptionalSitesApi = {
    permissions: { contains: async ({ origins }) => origins.every((origin) => grantedOrigins.includes(origin)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => registered.has(id)).map((id) => ({ id })),
      registerContentScripts: async (scripts) => void scripts.forEach((script) => registered.set(script.id, script)),
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => registered.delete(id)),
    },
  };
  return { api, registered, grantedOrigins };
}

describe('sites added at run time', () => {
  it('register their content script only once the recruiter grants the permission, and drop it when revoked', async () => {
    const browser = fakeApi([]);
    expect(await syncOptionalSites(browser.api)).toEqual([]);
    expect(browser.registered.size).toBe(0);

    browser.grantedOrigins.push('https://*.linkedin.com/*');
    expect(await syncOptionalSites(browser.api)).toEqual(['linkedin-country-sites']);
    expect(browser.registered.get('linkedin-country-sites')).toMatchObject({
      js: ['content-scripts/linkedin.js'],
      matches: ['https://*.linkedin.com/*'],
      excludeMatches: ['https://www.linkedin.com/*'], // already read by the manifest's script: never twice
    });
    await syncOptionalSites(browser.api); // idempotent
    expect(browser.registered.size).toBe(1);

    browser.grantedOrigins.length = 0;
    await syncOptionalSites(browser.api);
    expect(browser.registered.size).toBe(0);
  });

  it('are sites an adapter reads: a country-site profile is a LinkedIn profile', () => {
    const site = OPTIONAL_SITES.find((entry) => entry.id === 'linkedin-country-sites')!;
    expect(site.script.js).toEqual(['content-scripts/linkedin.js']);
    expect(linkedInAdapter.profileIdOf(new URL('https://de.linkedin.com/in/ines-example?trk=x'))).toBe('ines-example');
  });
});
