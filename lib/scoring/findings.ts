import type { FoundEvidence } from '../schema/analysis';
import type { EvidenceSource } from '../schema/score';
import { type ProfileSignal, SKILLS } from './skills';
import { SIGNAL_VALUES } from './values';
import { shorten } from '../text';

/** Shared helpers for the analysis: collecting evidence per skill, and the small value formulas. */

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How evidence of equal strength is listed: the most specific kind of place first. */
const SOURCE_RANK: Record<EvidenceSource, number> = {
  'merged-pull-request': 0,
  'contributed-repository': 1,
  'repository-language': 2,
  'repository-contents': 3,
  'pinned-language': 4,
  'stackoverflow-tag': 5,
  'repository-topic': 6,
  repository: 7,
  'pinned-repo': 8,
  repositories: 9,
  adoption: 10,
  'linkedin-position': 11,
  'linkedin-skill': 12,
  organization: 13,
  'stackoverflow-answers': 14,
  readme: 15,
  about: 16,
  headline: 17,
  bio: 18,
  company: 19,
  contributions: 20,
  followers: 21,
  'written-language': 22,
};

/**
 * Strongest first, then by kind, place and words, so input order never matters. Lists are kept
 * in this order from the analysis on, which is also the order of their points in a result.
 */
export function compareFound(a: FoundEvidence, b: FoundEvidence): number {
  return (
    b.value - a.value ||
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    compareText(a.where, b.where) ||
    compareText(a.quote, b.quote) ||
    compareText(a.location, b.location)
  );
}

/** Evidence fields are capped at 300 characters by the result schema. */
export function clip(text: string, max = 300): string {
  return shorten(text, max);
}

export function formatCount(count: number): string {
  return count >= 1000 ? `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k` : String(count);
}

export function log10Scaled(perDecade: number, amount: number): number {
  return perDecade * Math.log10(1 + amount);
}

/**
 * Stars and forks by others: adoption of the person's projects, with diminishing returns. It is
 * evidence for open source only, never for a skill: a popular repository is not more Go.
 */
export function adoption(stars: number, forks: number): number {
  const { adoptionMax, adoptionPerDecade, adoptionForkStars, adoptionUnit } = SIGNAL_VALUES;
  return Math.min(adoptionMax, log10Scaled(adoptionPerDecade, (stars + adoptionForkStars * forks) / adoptionUnit));
}

export function popularityNote(stars: number | undefined, forks: number | undefined): string {
  const parts: string[] = [];
  if (stars) parts.push(`${formatCount(stars)} stars`);
  if (forks) parts.push(`${formatCount(forks)} forks`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

/** max × (1 − e^(−sum / scale)): the first units count most, and it never passes max. */
export function saturating(max: number, scale: number, sum: number): number {
  return max * (1 - Math.exp(-sum / scale));
}

/** One key per repository, whether it was read pinned on the page or from the API. */
export function repositoryLocation(url: string): string {
  return `repo:${new URL(url).pathname.replace(/^\/+|\/+$/g, '').toLowerCase()}`;
}

export function urlWithQuery(base: string, query: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

/** "2026-03" from an ISO time. */
export function yearMonth(iso: string): string {
  return iso.slice(0, 7);
}

export function found(
  location: string,
  source: EvidenceSource,
  fields: { quote: string; where: string; url: string; value: number },
): FoundEvidence {
  return { location, source, quote: clip(fields.quote), where: clip(fields.where), url: fields.url, value: fields.value };
}

/** Evidence from one repository among many: only the strongest few per skill are kept. */
const REPOSITORY_ITEMS: ReadonlySet<EvidenceSource> = new Set<EvidenceSource>(['repository', 'repository-topic', 'repository-contents', 'contributed-repository']);
const isRepositoryItem = (evidence: FoundEvidence) => REPOSITORY_ITEMS.has(evidence.source);

/** Sorts in place, strongest first. Insertion sort: the lists are short and mostly in order already. */
export function sortStrongestFirst(list: FoundEvidence[]): FoundEvidence[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compareFound(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/** Evidence per skill id and per profile signal, keeping the strongest reading of each location. */
export class Findings {
  private readonly bySkill = new Map<string, Map<string, FoundEvidence>>();
  private readonly bySignal = new Map<ProfileSignal, Map<string, FoundEvidence>>();

  addForSkill(skillId: string, evidence: FoundEvidence): void {
    keepStrongest(this.bySkill, skillId, evidence);
  }

  addForSignal(signal: ProfileSignal, evidence: FoundEvidence): void {
    keepStrongest(this.bySignal, signal, evidence);
  }

  /**
   * Evidence per skill, the profile signals a skill reads (open source: adoption, merged pull
   * requests…) folded in: merged once here rather than for every posting at every re-score.
   */
  skills(): Record<string, FoundEvidence[]> {
    for (const skill of SKILLS_WITH_SIGNALS) {
      for (const signal of skill.signals!) for (const evidence of this.bySignal.get(signal)?.values() ?? []) keepStrongest(this.bySkill, skill.id, evidence);
    }
    return toRecord(this.bySkill, capRepositoryItems);
  }
}

const SKILLS_WITH_SIGNALS = SKILLS.filter((skill) => skill.signals?.length);

function keepStrongest<K>(map: Map<K, Map<string, FoundEvidence>>, key: K, evidence: FoundEvidence): void {
  let byLocation = map.get(key);
  if (!byLocation) map.set(key, (byLocation = new Map()));
  const current = byLocation.get(evidence.location);
  if (!current || evidence.value > current.value) byLocation.set(evidence.location, evidence);
}

function toRecord<K extends string>(
  map: Map<K, Map<string, FoundEvidence>>,
  trim: (sorted: FoundEvidence[]) => FoundEvidence[],
): Record<string, FoundEvidence[]> {
  const record: Record<string, FoundEvidence[]> = {};
  for (const key of [...map.keys()].sort(compareText)) {
    // Copied so each list lies together in memory, as it will when read back from storage:
    // re-scoring thousands of analyses is bound by memory reads, not arithmetic.
    const list = trim([...map.get(key)!.values()].sort(compareFound)).map((evidence) => ({ ...evidence }));
    if (list.length > 0) record[key] = list;
  }
  return record;
}

/** Keeps the strongest repositoryItemsPerSkill repository items of a list sorted strongest first. */
export function capRepositoryItems(sorted: FoundEvidence[]): FoundEvidence[] {
  let repositoryItems = 0;
  for (const evidence of sorted) if (isRepositoryItem(evidence)) repositoryItems++;
  if (repositoryItems <= SIGNAL_VALUES.repositoryItemsPerSkill) return sorted;
  repositoryItems = 0;
  return sorted.filter((evidence) => !isRepositoryItem(evidence) || ++repositoryItems <= SIGNAL_VALUES.repositoryItemsPerSkill);
}
