/** A profile missing a must-have never scores above this. */
export const MUST_HAVE_CAP = 40;

/**
 * What one piece of evidence adds to its requirement. A requirement's strength is
 * 1 - e^(-sum), so a second and third piece add less than the first and nothing reaches 1.
 */
export const SIGNAL_VALUES = {
  ownRepoLanguage: 0.8,
  contributedRepoLanguage: 0.5,
  gistLanguage: 0.3,
  repoText: 0.4,
  gistText: 0.25,
  impliedByLanguage: 0.25,
  readme: 0.5,
  bio: 0.35,
  company: 0.25,
  skillOrganization: 0.6,
  ownPublicRepo: 0.15,
  contributedRepo: 0.4,
  organizationMembership: 0.15,
  /** At most this many memberships count as open-source evidence: ten company orgs are not ten projects. */
  organizationMembershipsCounted: 3,
  /** Per tenfold of stars + forks, up to popularityMax. */
  popularityPerDecade: 0.1,
  popularityMax: 0.5,
  /** Per tenfold of (contributions / 10). */
  contributionsPerDecade: 0.2,
  /** Per tenfold of followers. */
  followersPerDecade: 0.1,
  readmeMinWords: 30,
  readmeWordsForMax: 500,
  readmeLengthMax: 0.6,

  // ---- repositories from the REST API ----
  // Each repository gets a weight in 0..1: kind × recency × size (see repositories.ts).
  /** A repository pushed this many years before the capture counts half. */
  repositoryHalfLifeYears: 2,
  /** Old work still shows the skill was learned: recency never goes below this. */
  repositoryRecencyFloor: 0.1,
  /** Neither pushedAt nor a capture time to compare it with. */
  repositoryRecencyUnknown: 0.5,
  /** Size credit is log10(1 + KB) / this, up to 1: 100 KB ≈ 0.5, 10 MB = 1. */
  repositorySizeDecades: 4,
  /** An empty repository still names what it is about; size only scales the rest. */
  repositorySizeFloor: 0.25,
  repositorySizeUnknown: 0.5,
  /** A fork is mostly someone else's work. */
  forkedRepository: 0.1,
  archivedRepository: 0.8,
  /** A language's value: languageShareMax × (1 − e^(−Σ weights / languageShareScale)), plus its stars. */
  languageShareMax: 2.4,
  languageShareScale: 1.5,
  /** The same curve for a language that only implies a skill (Go → concurrency). */
  impliedShareMax: 0.5,
  /** A repository's name or description naming the skill, times the repository's weight, plus its stars. */
  repositoryText: 0.4,
  repositoryTopic: 0.5,
  /**
   * A repository reading worth less than this (an old fork, a tiny repository pushed a decade
   * before the capture) is noise: not listed, not counted, and it cannot meet a must-have.
   */
  repositoryEvidenceMin: 0.05,
  /** Only the strongest few repositories per skill are listed; more would add almost nothing. */
  repositoryItemsPerSkill: 3,
  /** All original public repositories as open-source evidence: the same curve, plus their stars. */
  publicRepositoriesMax: 0.8,
  publicRepositoriesScale: 4,

  // ---- merged pull requests to other people's repositories ----
  // Times the count factor (1 PR ½, 4+ in full) and the recency of the latest merge.
  /** For each skill the repository's owner or name stands for. */
  mergedPullRequestSkill: 0.8,
  /** For open source, per repository. */
  mergedPullRequestOpenSource: 0.7,
} as const;
