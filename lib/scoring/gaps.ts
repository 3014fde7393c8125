import type { Coverage, FoundEvidence } from '../schema/analysis';
import type { Requirement } from '../schema/posting';
import { getSkill } from './skills';

/**
 * For a must-have with no or too little evidence: what was looked at, and what would have counted
 * ("No Go in 23 original repositories (main languages: Java, Shell). Would count: …"). The words
 * that depend only on the requirement are made once per posting (gapPlanOf); per candidate only
 * the counts are filled in, since a re-score of thousands makes one for most of them.
 */

export interface GapPlan {
  kind: 'language' | 'open-source' | 'concept';
  wanted: string;
  languages: readonly string[];
  wouldCount: string;
}

const noun = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function labelsOf(requirement: Requirement): string {
  const labels = requirement.skills.map((id) => getSkill(id)?.label ?? id);
  const all = [...labels, ...(requirement.terms ?? [])];
  return all.length <= 1 ? (all[0] ?? requirement.label) : `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}

export function gapPlanOf(requirement: Requirement): GapPlan {
  const languages = requirement.skills.flatMap((id) => getSkill(id)?.languages ?? []);
  if (languages.length > 0) {
    const wanted = languages.join(' or ');
    const wouldCount = `Would count: ${wanted} code in their own repositories (more of it, over time, with a module file, tests or CI), or commits and merged pull requests to ${wanted} projects.`;
    return { kind: 'language', wanted, languages, wouldCount };
  }
  if (requirement.skills.includes('open-source')) {
    const wouldCount = 'Would count: projects others star, fork or depend on, merged pull requests or commits to other people’s projects, or a body of original public repositories.';
    return { kind: 'open-source', wanted: 'open source', languages, wouldCount };
  }
  const wanted = labelsOf(requirement);
  const wouldCount = `Would count: repositories, topics or descriptions about ${wanted}, or contributions to projects in that field; a language alone does not show it.`;
  return { kind: 'concept', wanted, languages, wouldCount };
}

function lookedAt(coverage: Coverage | undefined): string {
  if (!coverage) return 'the profiles read';
  if (coverage.repositories === undefined) return `the profile page (${noun(coverage.pinnedRepositories, 'pinned repository', 'pinned repositories')}; the repository list was not read)`;
  return noun(coverage.originalRepositories ?? coverage.repositories, 'original repository', 'original repositories');
}

function languageSeen(plan: GapPlan, coverage: Coverage | undefined, someEvidence: boolean): string {
  const main = coverage?.mainLanguages;
  // Code too small to count as evidence still shows among the main languages.
  if (someEvidence || plan.languages.some((language) => main?.includes(language))) return `Too little ${plan.wanted} to show production work in ${lookedAt(coverage)}`;
  return `No ${plan.wanted} in ${lookedAt(coverage)}${main?.length ? ` (main languages: ${main.slice(0, 3).join(', ')})` : ''}`;
}

function openSourceSeen(coverage: Coverage | undefined, someEvidence: boolean): string {
  const originals = coverage?.originalRepositories;
  const own = originals === undefined ? 'no public work read' : noun(originals, 'original repository', 'original repositories');
  return someEvidence ? `Only a little public work (${own}) and no one else using it` : `Nothing others use in ${own}, and no merged pull requests to other people’s projects`;
}

function conceptSeen(plan: GapPlan, coverage: Coverage | undefined, someEvidence: boolean): string {
  const where = coverage?.repositories === undefined ? lookedAt(coverage) : `the names, descriptions and topics of ${lookedAt(coverage)}, the bio and the README`;
  return `${someEvidence ? 'Only a passing mention of' : 'Nothing about'} ${plan.wanted} in ${where}`;
}

export function gapOf(plan: GapPlan, evidence: readonly FoundEvidence[], coverage: Coverage | undefined): string {
  const someEvidence = evidence.length > 0;
  const seen =
    plan.kind === 'language' ? languageSeen(plan, coverage, someEvidence) : plan.kind === 'open-source' ? openSourceSeen(coverage, someEvidence) : conceptSeen(plan, coverage, someEvidence);
  return `${seen}. ${plan.wouldCount}`;
}
