import type { SiteId } from '../../schema/profile';
import { enrichCandidate } from './enrich-github';
import { enrichGitlabProfile } from './enrich-gitlab';

/** What is fetched from a site's API after one of its pages is read. Sites without an entry are read from the page alone. */
export const ENRICHERS: Partial<Record<SiteId, (key: string) => Promise<unknown>>> = {
  github: (key) => enrichCandidate(key),
  gitlab: (key) => enrichGitlabProfile(key),
};

/** Starts the site's enrichment without waiting for it; a failure is logged, the page's reading stands. */
export function enrichInBackground(key: string, site: SiteId): void {
  ENRICHERS[site]?.(key).catch((error: unknown) => console.warn(`${site} enrichment failed`, error instanceof Error ? error.message : error));
}
