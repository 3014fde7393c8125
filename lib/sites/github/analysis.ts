import type { Coverage, ProfileAnalysis } from '../../schema/analysis';
import { type GithubProfile, LIMITS, type MergedPullRequests, type PinnedRepo, type Repository, type RepositoryContribution } from '../../schema/profile';
import { type Output, addTextFindings, analysisOf } from '../../scoring/build-analysis';
import { Findings, compareText, formatCount, found, log10Scaled, repositoryLocation, urlWithQuery } from '../../scoring/findings';
import { addPinnedFindings, countsAsPinnedRepository, pinnedLocation } from '../../scoring/pinned';
import { addContributionFindings, addPullRequestFindings } from '../../scoring/pull-requests';
import { type RepositorySummary, addRepositoryFindings } from '../../scoring/repositories';
import { SIGNAL_VALUES } from '../../scoring/values';
import { skillsOfOrganization } from '../../scoring/vocabulary-index';
import { addWrittenLanguageFindings } from '../../scoring/written-language';

interface ScorableProfile {
  /** Only a link target for evidence, never matched. */
  profileUrl: string;
  capturedAt: string;
  bio?: string;
  company?: string;
  readme?: string;
  followers?: number;
  contributionsLastYear?: number;
  organizations: readonly { login: string; url: string }[];
  pinned: readonly PinnedRepo[];
  repositories?: readonly Repository[];
  mergedPullRequests?: readonly MergedPullRequests[];
  contributionsByRepository?: readonly RepositoryContribution[];
}

function scorableView(profile: GithubProfile): ScorableProfile {
  return {
    profileUrl: profile.url,
    capturedAt: profile.capturedAt,
    bio: profile.bio,
    company: profile.company,
    readme: profile.readme,
    followers: profile.followers,
    contributionsLastYear: profile.contributions?.lastYear,
    organizations: profile.organizations,
    pinned: profile.pinned,
    repositories: profile.repositories,
    mergedPullRequests: profile.mergedPullRequests,
    contributionsByRepository: profile.contributionsByRepository,
  };
}

/** Evidence from a GitHub profile: pinned and listed repositories, pull requests, prose, organizations, profile-wide numbers. */
export function analyzeGithub(profile: GithubProfile): ProfileAnalysis {
  const view = scorableView(profile);
  const findings = new Findings();
  const output: Output = { texts: [], languages: [] };
  // A pinned repository the API also listed is read once, as a repository.
  const listed = new Set(view.repositories?.map((repo) => repositoryLocation(repo.url)));
  for (const repo of view.pinned) if (!listed.has(pinnedLocation(repo))) addPinnedFindings(repo, findings, output);
  const context = { profileUrl: view.profileUrl, capturedAtMs: Date.parse(view.capturedAt), findings, output };
  const summary = view.repositories ? addRepositoryFindings(view.repositories, context) : undefined;
  if (view.mergedPullRequests) addPullRequestFindings(view.mergedPullRequests, Date.parse(view.capturedAt), findings);
  if (view.contributionsByRepository) addContributionFindings(view.contributionsByRepository, findings);
  addProseFindings(view, findings, output);
  addOrganizationFindings(view, findings, output);
  addProfileSignals(view, findings);
  addWrittenLanguage(view, findings);
  return analysisOf(view.profileUrl, findings, output, { coverage: coverageOf(view, summary), siteCoverage: [] });
}

// ---- prose: bio, company, README -----------------------------------------------------

function addProseFindings(view: ScorableProfile, findings: Findings, output: Output): void {
  const sources = [
    { location: 'bio', source: 'bio', where: 'bio', text: view.bio, value: SIGNAL_VALUES.bio },
    { location: 'company', source: 'company', where: 'company', text: view.company, value: SIGNAL_VALUES.company },
    { location: 'readme', source: 'readme', where: 'profile README', text: view.readme, value: SIGNAL_VALUES.readme },
  ] as const;
  for (const source of sources) addTextFindings(findings, output, { ...source, url: view.profileUrl });
}

// ---- organizations -------------------------------------------------------------------

function organizationEvidence(org: { login: string; url: string }, value: number) {
  return found(`org:${org.url}`, 'organization', { where: `organization ${org.login}`, url: org.url, quote: `member of ${org.login}`, value });
}

function addOrganizationFindings(view: ScorableProfile, findings: Findings, output: Output): void {
  const byLogin = [...view.organizations].sort((a, b) => compareText(a.login, b.login));
  for (const org of byLogin) {
    for (const skill of skillsOfOrganization(org.login)) findings.addForSkill(skill.id, organizationEvidence(org, SIGNAL_VALUES.skillOrganization));
    const { quote, ...rest } = organizationEvidence(org, SIGNAL_VALUES.skillOrganization);
    output.texts.push({ ...rest, text: org.login, quote });
  }
  for (const org of byLogin.slice(0, SIGNAL_VALUES.organizationMembershipsCounted)) {
    findings.addForSignal('organization-memberships', organizationEvidence(org, SIGNAL_VALUES.organizationMembership));
  }
}

// ---- profile-wide numbers ------------------------------------------------------------

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The language of the person's own texts: README, bio and repository descriptions read together. */
function addWrittenLanguage(view: ScorableProfile, findings: Findings): void {
  const descriptions = view.repositories?.filter((repo) => !repo.isFork).map((repo) => repo.description ?? '');
  addWrittenLanguageFindings(findings, [
    { location: 'readme', where: 'profile README', url: view.profileUrl, text: view.readme, value: SIGNAL_VALUES.writtenReadme },
    { location: 'bio', where: 'bio', url: view.profileUrl, text: view.bio, value: SIGNAL_VALUES.writtenBio },
    {
      location: 'repositories',
      where: 'repository descriptions',
      url: urlWithQuery(view.profileUrl, { tab: 'repositories' }),
      text: descriptions?.join('.\n'),
      value: SIGNAL_VALUES.writtenRepositories,
    },
  ]);
}

function addProfileSignals(view: ScorableProfile, findings: Findings): void {
  const contributions = view.contributionsLastYear ?? 0;
  if (contributions > 0) {
    findings.addForSignal(
      'contributions',
      found('contributions', 'contributions', {
        where: 'contribution graph',
        url: view.profileUrl,
        quote: `${formatCount(contributions)} contributions in the last year`,
        value: log10Scaled(SIGNAL_VALUES.contributionsPerDecade, contributions / 10),
      }),
    );
  }
  const followers = view.followers ?? 0;
  if (followers > 0) {
    findings.addForSignal(
      'followers',
      found('followers', 'followers', {
        where: 'followers',
        url: urlWithQuery(view.profileUrl, { tab: 'followers' }),
        quote: `${formatCount(followers)} followers`,
        value: log10Scaled(SIGNAL_VALUES.followersPerDecade, followers),
      }),
    );
  }
  const words = view.readme ? wordCount(view.readme) : 0;
  if (words >= SIGNAL_VALUES.readmeMinWords) {
    const { readmeLengthMax, readmeWordsForMax } = SIGNAL_VALUES;
    findings.addForSignal(
      'readme-length',
      found('readme', 'readme', {
        where: 'profile README',
        url: view.profileUrl,
        quote: `a ${words}-word profile README`,
        value: Math.min(readmeLengthMax, (readmeLengthMax * words) / readmeWordsForMax),
      }),
    );
  }
}

/** Every key always present (undefined when not read), so all coverages share one shape: re-scoring thousands reads them fast. */
function coverageOf(view: ScorableProfile, summary: RepositorySummary | undefined): Coverage {
  const repositories = view.repositories?.length;
  return {
    repositories,
    repositoriesAtLimit: repositories !== undefined && repositories >= LIMITS.repositories,
    pinnedRepositories: view.pinned.filter(countsAsPinnedRepository).length,
    readme: Boolean(view.readme?.trim()),
    bio: Boolean(view.bio?.trim()),
    contributions: view.contributionsLastYear !== undefined,
    pullRequestRepositories: view.mergedPullRequests?.length,
    originalRepositories: summary?.originals,
    changedForks: summary?.changedForks,
    mainLanguages: summary?.mainLanguages,
    contentsRead: summary?.contentsRead,
    contributedRepositories: view.contributionsByRepository?.filter((contribution) => contribution.othersRepository).length,
  };
}
