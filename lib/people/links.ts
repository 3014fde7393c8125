import { candidateKey } from '../schema/candidate';
import type { Profile } from '../schema/profile';
import { adapters } from '../sites';

/** "github:defunkt" for a profile read from github.com/defunkt. */
export function profileKey(profile: Pick<Profile, 'site' | 'login'>): string {
  return candidateKey(profile.site, profile.login);
}

/** The key of the supported profile a URL points at, if it points at one. */
export function profileKeyOfUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  for (const adapter of adapters) {
    const id = adapter.profileIdOf(url);
    if (id) return candidateKey(adapter.id, id);
  }
  return undefined;
}

/** Every other supported profile this one links to: its website and social links. */
export function linkedProfileKeys(profile: Profile): string[] {
  const own = profileKey(profile);
  const urls = [...profile.socialLinks.map((link) => link.url), ...('website' in profile && profile.website ? [profile.website] : [])];
  const keys = urls.map(profileKeyOfUrl).filter((key): key is string => key !== undefined && key !== own);
  return [...new Set(keys)];
}
