import type { ProfileAnalysis, SiteCoverage } from '../../schema/analysis';
import { type GitlabProfile, LIMITS, type Repository } from '../../schema/profile';
import { type Output, addTextFindings, analysisOf } from '../../scoring/build-analysis';
import { addWrittenLanguageFindings } from '../../scoring/written-language';
import { Findings, formatCount, found, log10Scaled } from '../../scoring/findings';
import { addRepositoryFindings } from '../../scoring/repositories';
import { SIGNAL_VALUES } from '../../scoring/values';

/**
 * What GitLab evidence is worth. Projects read from the API count exactly as GitHub repositories
 * do (repositories.ts); the profile's own words count as on GitHub, and a job title like a
 * LinkedIn headline: a one-line claim.
 */
export const GITLAB_VALUES = {
  bio: SIGNAL_VALUES.bio,
  jobTitle: 0.35,
  organization: SIGNAL_VALUES.company,
} as const;

/** The only profile fields the analysis may read. Name, username, location and avatar are never among them. */
interface ScorableGitlab {
  /** Only a link target for evidence, never matched. */
  profileUrl: string;
  capturedAt: string;
  bio?: string;
  jobTitle?: string;
  organization?: string;
  followers?: number;
  repositories?: readonly Repository[];
}

function scorableView(profile: GitlabProfile): ScorableGitlab {
  return {
    profileUrl: profile.url,
    capturedAt: profile.capturedAt,
    bio: profile.bio,
    jobTitle: profile.jobTitle,
    organization: profile.company,
    followers: profile.followers,
    repositories: profile.repositories,
  };
}

/** Evidence from a GitLab profile: its projects (from the API), bio, job title, organization and followers. */
export function analyzeGitlab(profile: GitlabProfile): ProfileAnalysis {
  const view = scorableView(profile);
  const findings = new Findings();
  const output: Output = { texts: [], languages: [] };
  if (view.repositories) {
    // repositories.ts links language and all-projects evidence to "<profileUrl>?tab=repositories…", a
    // GitHub tab. Given the projects tab instead, those links land on the person's GitLab projects list
    // (GitLab ignores the extra query). Each project's own evidence links to the project itself.
    const context = { profileUrl: tabUrl(view.profileUrl, 'projects'), capturedAtMs: Date.parse(view.capturedAt), findings, output };
    addRepositoryFindings(view.repositories, context);
  }
  const texts = [
    { location: 'gitlab:bio', source: 'bio', where: 'GitLab bio', text: view.bio, value: GITLAB_VALUES.bio },
    { location: 'gitlab:job-title', source: 'headline', where: 'GitLab job title', text: view.jobTitle, value: GITLAB_VALUES.jobTitle },
    { location: 'gitlab:company', source: 'company', where: 'GitLab organization', text: view.organization, value: GITLAB_VALUES.organization },
  ] as const;
  for (const entry of texts) addTextFindings(findings, output, { ...entry, url: view.profileUrl });
  addWrittenLanguageFindings(findings, [{ location: 'gitlab:bio', where: 'GitLab bio', url: view.profileUrl, text: view.bio, value: SIGNAL_VALUES.writtenBio }]);
  addFollowers(view, findings);
  return analysisOf(view.profileUrl, findings, output, { siteCoverage: [coverageOf(view)] });
}

function addFollowers(view: ScorableGitlab, findings: Findings): void {
  const followers = view.followers ?? 0;
  if (followers <= 0) return;
  findings.addForSignal(
    'followers',
    found('gitlab:followers', 'followers', {
      where: 'GitLab followers',
      url: tabUrl(view.profileUrl, 'followers'),
      quote: `${formatCount(followers)} followers on GitLab`,
      value: log10Scaled(SIGNAL_VALUES.followersPerDecade, followers),
    }),
  );
}

/** https://gitlab.com/alice → https://gitlab.com/users/alice/<tab>; the profile URL itself if it is not of that shape. */
function tabUrl(profileUrl: string, tab: 'projects' | 'followers'): string {
  try {
    const url = new URL(profileUrl);
    const parts = url.pathname.split('/').filter(Boolean);
    const user = parts[0] === 'users' ? parts[1] : parts[0];
    return user ? `${url.origin}/users/${user}/${tab}` : profileUrl;
  } catch {
    return profileUrl;
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** 0..4 like GitHub's: projects read from the API count 3 (1 when there are none), a bio 1. */
function coverageOf(view: ScorableGitlab): SiteCoverage {
  const reasons: string[] = [];
  let known = 0;
  const repositories = view.repositories;
  if (repositories === undefined) reasons.push('projects not read from the GitLab API');
  else if (repositories.length === 0) {
    known += 1;
    reasons.push('no public projects');
  } else {
    known += 3;
    const count = repositories.length;
    reasons.push(
      count >= LIMITS.repositories
        ? `the first ${count} public projects read (there may be more)`
        : `all ${plural(count, 'public project', 'public projects')} read`,
    );
    const withLanguage = repositories.filter((repository) => repository.language).length;
    if (withLanguage < count) reasons.push(`languages known for ${withLanguage} of ${plural(count, 'project', 'projects')}`);
  }
  if (view.bio?.trim()) {
    known += 1;
    reasons.push('bio read');
  } else reasons.push('no bio');
  return { site: 'gitlab', known: Math.min(4, known), reasons };
}
