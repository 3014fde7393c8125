import type { MergedPullRequests, RepositoryContribution } from '../schema/profile';
import { type Findings, compareText, found, yearMonth } from './findings';
import { recencyFactor } from './repositories';
import { mentionsIn, skillsInSlug, skillsOfLanguage, skillsOfOrganization } from './vocabulary-index';
import { SIGNAL_VALUES } from './values';

/**
 * Work on other people's projects. Merged pull requests to repositories the person does not own: someone else's maintainers
 * reviewed and accepted the work, so each repository is one strong piece of evidence for the
 * skills its owner and name stand for (kubernetes/kubernetes → Kubernetes, Go) and for open source.
 */

/** One merged PR counts half, two three quarters, four or more in full. */
export function pullRequestCountFactor(count: number): number {
  return Math.min(1, 0.5 + 0.25 * Math.log2(Math.max(1, count)));
}

export function pullRequestWeight(group: MergedPullRequests, capturedAtMs: number): number {
  return pullRequestCountFactor(group.count) * recencyFactor(group.latestMergedAt, capturedAtMs);
}

function describe(group: MergedPullRequests): string {
  const merged = `${group.count} merged pull request${group.count === 1 ? '' : 's'} to ${group.repo}`;
  return group.latestMergedAt ? `${merged}, latest ${yearMonth(group.latestMergedAt)}` : merged;
}

function skillsOfRepository(fullName: string) {
  const [owner = '', name = ''] = fullName.split('/');
  return new Set([...skillsOfOrganization(owner), ...skillsInSlug(name)]);
}

export function addPullRequestFindings(groups: readonly MergedPullRequests[], capturedAtMs: number, findings: Findings): void {
  const sorted = [...groups].sort((a, b) => compareText(a.repo.toLowerCase(), b.repo.toLowerCase()));
  for (const group of sorted) {
    const weight = pullRequestWeight(group, capturedAtMs);
    const location = `pr:${group.repo.toLowerCase()}`;
    const fields = { quote: describe(group), where: `pull requests to ${group.repo}`, url: group.url };
    for (const skill of skillsOfRepository(group.repo)) {
      findings.addForSkill(skill.id, found(location, 'merged-pull-request', { ...fields, value: SIGNAL_VALUES.mergedPullRequestSkill * weight }));
    }
    findings.addForSignal('merged-pull-requests', found(location, 'merged-pull-request', { ...fields, value: SIGNAL_VALUES.mergedPullRequestOpenSource * weight }));
  }
}

/** Commits in the last year: one counts half, four or more in full, like merged pull requests. */
function contributionWeight(contribution: RepositoryContribution): number {
  return pullRequestCountFactor(contribution.commits);
}

/** What a contributed repository stands for: its language, its topics and description, its owner and name. */
function skillsOfContribution(contribution: RepositoryContribution) {
  const skills = skillsOfRepository(contribution.repo);
  for (const skill of skillsOfLanguage(contribution.language)) skills.add(skill);
  for (const topic of contribution.topics) for (const skill of skillsInSlug(topic)) skills.add(skill);
  for (const { skill } of contribution.description ? mentionsIn(contribution.description) : []) skills.add(skill);
  return skills;
}

/**
 * Commits in the last year to repositories of others (GraphQL contributions by repository): the
 * person's own work inside someone else's project. Shares its place with merged pull requests to
 * the same repository, so the two never add up twice.
 */
export function addContributionFindings(contributions: readonly RepositoryContribution[], findings: Findings): void {
  const others = contributions.filter((contribution) => contribution.othersRepository && contribution.commits > 0);
  for (const contribution of [...others].sort((a, b) => compareText(a.repo.toLowerCase(), b.repo.toLowerCase()))) {
    const weight = contributionWeight(contribution);
    const location = `pr:${contribution.repo.toLowerCase()}`;
    const fields = {
      quote: `${contribution.commits} commit${contribution.commits === 1 ? '' : 's'} in the last year to ${contribution.repo}`,
      where: `contributions to ${contribution.repo}`,
      url: contribution.url,
    };
    for (const skill of skillsOfContribution(contribution)) {
      findings.addForSkill(skill.id, found(location, 'contributed-repository', { ...fields, value: SIGNAL_VALUES.contributedRepositorySkill * weight }));
    }
    findings.addForSignal('merged-pull-requests', found(location, 'contributed-repository', { ...fields, value: SIGNAL_VALUES.contributedRepositoryOpenSource * weight }));
  }
}
