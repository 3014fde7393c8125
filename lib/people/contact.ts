import type { Candidate } from '../schema/candidate';
import { isEmailAddress, isHttpUrl } from '../schema/limits';
import { type Profile, SITE_LABELS } from '../schema/profile';

/** One way to reach a person that one of their profiles shows in public, with where it was shown. */
export interface ContactItem {
  kind: 'email' | 'website' | 'link';
  /** The address or URL, as shown. */
  value: string;
  /** What the profile shows for a link ("@defunkt"); the value itself for an email or a website. */
  label: string;
  /** "the GitHub profile", "the Stack Overflow profile". */
  source: string;
}


function itemsOf(profile: Profile): ContactItem[] {
  const source = `the ${SITE_LABELS[profile.site]} profile`;
  const items: ContactItem[] = [];
  if ('email' in profile && profile.email && isEmailAddress(profile.email)) items.push({ kind: 'email', value: profile.email, label: profile.email, source });
  if ('website' in profile && profile.website && isHttpUrl(profile.website)) items.push({ kind: 'website', value: profile.website, label: profile.website, source });
  for (const link of profile.socialLinks ?? []) if (isHttpUrl(link.url)) items.push({ kind: 'link', value: link.url, label: link.label, source });
  return items;
}

/**
 * The public email, website and links the person's profiles show, the main profile first, each once.
 * Nothing is guessed or looked up elsewhere: only what a profile page or its site's API showed.
 */
export function contactOf(candidate: Pick<Candidate, 'profile' | 'linked'>): ContactItem[] {
  const seen = new Set<string>();
  const key = (item: ContactItem) => item.value.toLowerCase().replace(/\/+$/, '');
  return [candidate.profile, ...candidate.linked.map((linked) => linked.profile)]
    .flatMap(itemsOf)
    .filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
