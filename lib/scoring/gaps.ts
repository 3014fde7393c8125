import type { Coverage, FoundEvidence } from '../schema/analysis';
import type { Requirement } from '../schema/posting';
import { getSkill } from './skills';

/**
 * For a requirement with no or too little evidence: what was looked at, and what would have
 * counted ("No Go in 23 original repositories (main languages: Java, Shell). Would count: …").
 */

const noun = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function labelsOf(requirement: Requirement): string {
  const labels = requirement.skills.map((id) => getSkill(id)?.label ?? id);
  const all = [...labels, ...(requirement.terms ?? [])];
  return all.length <= 1 ? (all[0] ?? requirement.label) : `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}

function languagesOf(requirement: Requirement): string[] {
  return requirement.skills.flatMap((id) => getSkill(id)?.languages ?? []);
}

const isOpenSource = (requirement: Requirement) => requirement.skills.includes('open-source');

function lookedAt(coverage: Coverage | undefined): string {
  if (!coverage) return 'the profiles read';
  if (coverage.repositories === undefined) return `the profile page (${noun(coverage.pinnedRepositories, 'pinned repository', 'pinned repositories')}; the repository list was not read)`;
  const originals = coverage.originalRepositories ?? coverage.repositories;
  return `${noun(originals, 'original repository', 'original repositories')}`;
}

function languageGap(requirement: Requirement, languages: string[], coverage: Coverage | undefined, someEvidence: boolean): string {
  const wanted = languages.join(' or ');
  // Code too small to count as evidence still shows among the main languages.
  const thin = someEvidence || languages.some((language) => coverage?.mainLanguages?.includes(language));
  const main = coverage?.mainLanguages?.length ? ` (main languages: ${coverage.mainLanguages.slice(0, 3).join(', ')})` : '';
  const seen = thin ? `Too little ${wanted} to show production work in ${lookedAt(coverage)}` : `No ${wanted} in ${lookedAt(coverage)}${main}`;
  return `${seen}. Would count: ${wanted} code in their own repositories (more of it, over time, with a module file, tests or CI), or commits and merged pull requests to ${wanted} projects.`;
}

function openSourceGap(coverage: Coverage | undefined, thin: boolean): string {
  const originals = coverage?.originalRepositories;
  const own = originals === undefined ? 'no public work read' : `${noun(originals, 'original repository', 'original repositories')}`;
  const seen = thin ? `Only a little public work (${own}) and no one else using it` : `Nothing others use in ${own}, and no merged pull requests to other people’s projects`;
  return `${seen}. Would count: projects others star, fork or depend on, merged pull requests or commits to other people’s projects, or a body of original public repositories.`;
}

function conceptGap(requirement: Requirement, coverage: Coverage | undefined, thin: boolean): string {
  const wanted = labelsOf(requirement);
  const where = coverage?.repositories === undefined ? lookedAt(coverage) : `the names, descriptions and topics of ${lookedAt(coverage)}, the bio and the README`;
  const seen = thin ? `Only a passing mention of ${wanted} in ${where}` : `Nothing about ${wanted} in ${where}`;
  return `${seen}. Would count: repositories, topics or descriptions about ${wanted}, or contributions to projects in that field; a language alone does not show it.`;
}

export function gapOf(requirement: Requirement, evidence: readonly FoundEvidence[], coverage: Coverage | undefined): string {
  const thin = evidence.length > 0;
  const languages = languagesOf(requirement);
  if (languages.length > 0) return languageGap(requirement, languages, coverage, thin);
  if (isOpenSource(requirement)) return openSourceGap(coverage, thin);
  return conceptGap(requirement, coverage, thin);
}
