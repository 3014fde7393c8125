/**
 * Sites the extension can read only once the recruiter allows it in Options: the host permission
 * is optional and asked for at run time, and the content script is registered when it is granted.
 * Adding a site later means adding an entry here, not widening what every install asks for.
 */
export interface OptionalSite {
  id: string;
  label: string;
  /** Why a recruiter would turn it on, shown in Options. */
  description: string;
  origins: string[];
  /** The built content script to run there, and where not to (already covered by a required permission). */
  script: { js: string[]; matches: string[]; excludeMatches: string[] };
}

export const OPTIONAL_SITES: readonly OptionalSite[] = [
  {
    id: 'linkedin-country-sites',
    label: 'LinkedIn country sites',
    description: 'Profiles opened on de.linkedin.com, uk.linkedin.com, fr.linkedin.com and the like (www.linkedin.com is always read).',
    origins: ['https://*.linkedin.com/*'],
    script: { js: ['content-scripts/linkedin.js'], matches: ['https://*.linkedin.com/*'], excludeMatches: ['https://www.linkedin.com/*'] },
  },
];
