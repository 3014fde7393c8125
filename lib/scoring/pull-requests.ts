import type { MergedPullRequests } from '../schema/profile';
import { type Findings, compareText, found, yearMonth } from './findings';
import { recencyFactor } from './repositories';
import { skillsInSlug, skillsOfOrganization } from './vocabulary-index';
import { SIGNAL_VALUES } from './values';

/**
 * Merged pull requests to repositories the person does not own: someone else's maintainers
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
