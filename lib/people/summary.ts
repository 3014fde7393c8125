import type { Profile } from '../schema/profile';
import { SITE_LABELS } from '../schema/profile';

/** What the panel shows under a person's name for one profile: a line of words and a line of facts. */
export function profileSummary(profile: Profile): { headline?: string; facts: string[] } {
  switch (profile.site) {
    case 'github':
      return {
        headline: profile.bio,
        facts: profile.contributions ? [`${profile.contributions.lastYear.toLocaleString('en')} contributions in the last year`] : [],
      };
    case 'gitlab':
      return { headline: profile.jobTitle ?? profile.bio, facts: profile.repositories ? [`${profile.repositories.length} projects`] : [] };
    case 'stackoverflow':
      return {
        headline: profile.tags.length > 0 ? `Top tags: ${profile.tags.slice(0, 5).map((tag) => tag.name).join(', ')}` : undefined,
        facts: profile.reputation === undefined ? [] : [`${profile.reputation.toLocaleString('en')} reputation`],
      };
    case 'linkedin': {
      const current = profile.positions.find((position) => position.current);
      return {
        headline: profile.headline,
        facts: current ? [`${current.title}${current.company ? ` at ${current.company}` : ''}`] : [],
      };
    }
  }
}

/** "@defunkt on GitHub", "22656 on Stack Overflow". */
export function profileHandle(profile: Pick<Profile, 'site' | 'login'>): string {
  return `${profile.site === 'stackoverflow' ? '#' : '@'}${profile.login} on ${SITE_LABELS[profile.site]}`;
}
