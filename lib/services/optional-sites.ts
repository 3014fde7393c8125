import { OPTIONAL_SITES, type OptionalSite } from '@/lib/optional-sites';

/** The parts of the browser API this needs, so tests can pass a stand-in. */
export interface OptionalSitesApi {
  permissions: { contains(request: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: { id: string; js: string[]; matches: string[]; excludeMatches: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** Registers the content script of every optional site whose permission is granted, and unregisters the rest. */
export async function syncOptionalSites(api: OptionalSitesApi, sites: readonly OptionalSite[] = OPTIONAL_SITES): Promise<string[]> {
  const registered = new Set((await api.scripting.getRegisteredContentScripts({ ids: sites.map((site) => site.id) })).map((script) => script.id));
  const active: string[] = [];
  for (const site of sites) {
    const granted = await api.permissions.contains({ origins: site.origins });
    if (granted) active.push(site.id);
    if (granted && !registered.has(site.id)) {
      await api.scripting.registerContentScripts([{ id: site.id, ...site.script, runAt: 'document_idle', persistAcrossSessions: true }]);
    } else if (!granted && registered.has(site.id)) {
      await api.scripting.unregisterContentScripts({ ids: [site.id] });
    }
  }
  return active;
}
