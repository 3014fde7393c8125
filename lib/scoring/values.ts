/**
 * Must-haves make this share of a total and pluses the rest (a posting without must-haves gives
 * its pluses all of it): a perfect set of pluses never outweighs a must-have.
 */
export const MUST_HAVE_SHARE = 75;

/** A must-have is met when its strength reaches this: one 1 KB repository or a lone word is not enough. */
export const MUST_MET_STRENGTH = 0.2;

/**
 * A requirement this strong is fully shown: it earns all its points, and a must-have counts in full
 * toward the must-haves shown together (see mustCoverage in score.ts). Strength is 1 − e^(−Σ values).
 */
export const FULL_STRENGTH = 0.5;

/** The highest total with one must-have missing (top of "Possible"), and with two or more (top of "Weak"). */
export const MUST_HAVE_CAP = 45;
export const MUST_HAVES_CAP = 24;

/**
 * What one piece of evidence adds to its requirement. A requirement's strength is
 * 1 - e^(-sum), so a second and third piece add less than the first and nothing reaches 1.
 */
export const SIGNAL_VALUES = {
  /** A pinned repository's language (page only: its size and history are unknown). */
  ownRepoLanguage: 0.5,
  contributedRepoLanguage: 0.35,
  gistLanguage: 0.3,
  repoText: 0.4,
  gistText: 0.25,
  readme: 0.5,
  bio: 0.35,
  company: 0.25,
  skillOrganization: 0.6,
  ownPublicRepo: 0.15,
  contributedRepo: 0.4,
  organizationMembership: 0.15,
  /** At most this many memberships count as open-source evidence: ten company orgs are not ten projects. */
  organizationMembershipsCounted: 3,
  /** Per tenfold of (contributions / 10). */
  contributionsPerDecade: 0.2,
  /** Per tenfold of followers. */
  followersPerDecade: 0.1,
  readmeMinWords: 30,
  readmeWordsForMax: 500,
  readmeLengthMax: 0.6,
  /** A text of the person's own written in a language ("English": see written-language.ts). */
  writtenReadme: 0.5,
  writtenAbout: 0.5,
  writtenRepositories: 0.4,
  writtenBio: 0.3,

  // ---- repositories from the API ----
  // Each repository gets a weight in 0..1: kind × recency (see repositories.ts). A language's code
  // in it counts by its amount (bytes, or the repository's size when only the main language is known)
  // and by how much the repository looks like production work.
  /** A repository pushed this many years before the capture counts half. */
  repositoryHalfLifeYears: 2,
  /** Old work still shows the skill was learned: recency never goes below this. */
  repositoryRecencyFloor: 0.1,
  /** Neither pushedAt nor a capture time to compare it with. */
  repositoryRecencyUnknown: 0.5,
  /** Code credit is log10(1 + KB) / this, up to 1: 1 KB ≈ 0.08, 100 KB ≈ 0.5, 10 MB = 1. */
  codeSizeDecades: 4,
  /** Nothing is so small it shows nothing, but a 1 KB repository is close. */
  codeSizeFloor: 0.05,
  /** A repository whose size the API does not give (GitLab): the credit of about 30 KB. */
  codeSizeUnknown: 0.4,
  /** The REST size counts history and assets too: this share of it is taken as the main language's code… */
  mainLanguageShareOfSize: 0.5,
  /** …and at most this many KB of it per repository. */
  mainLanguageMaxKb: 10_000,
  /** With bytes per language: a language under this share of a repository's code, and under secondaryLanguageBytes, is a helper script, not work in it. */
  secondaryLanguageShare: 0.1,
  secondaryLanguageBytes: 50_000,
  /** A fork the person pushed to after forking: they changed it, but most of its code is someone else's. */
  changedFork: 0.25,
  archivedRepository: 0.8,
  /** How much a repository looks like production work: this, plus productionMarkValue per mark seen. */
  productionBase: 0.7,
  productionMarkValue: 0.1,
  /** When the repository's files were not read (no token): neither credit nor penalty for marks. */
  productionUnknown: 0.85,
  /** A language's value: languageMax × (1 − e^(−Σ code / languageScale)) × continuity. */
  languageMax: 3.2,
  languageScale: 2.5,
  /** Work in a language spread over this many years counts fully; one month of it, continuityFloor. */
  continuityYears: 3,
  continuityFloor: 0.8,
  /** A repository's name, description or topic naming the skill, times the repository's weight. */
  repositoryText: 0.4,
  repositoryTopic: 0.5,
  /** Production files (go.mod with dependencies, tests, CI, Dockerfile, releases) as evidence of their own. */
  repositoryContents: 0.35,
  /**
   * A repository reading worth less than this (an unchanged fork, a tiny repository pushed a decade
   * before the capture) is noise: not listed, not counted, and it cannot meet a must-have.
   */
  repositoryEvidenceMin: 0.05,
  /** Only the strongest few repositories per skill are listed; more would add almost nothing. */
  repositoryItemsPerSkill: 3,
  /** All original public repositories as open-source evidence (own projects in the open). */
  publicRepositoriesMax: 0.2,
  publicRepositoriesScale: 4,
  /** Stars and forks by others on original repositories: adoption, for open source only. Per tenfold of units. */
  adoptionPerDecade: 0.35,
  adoptionMax: 1.2,
  /** A handful of stars is friends and bookmarks: adoption is counted in units of this many stars. */
  adoptionUnit: 5,
  /** A fork by someone else says more than a star: it counts this many stars. */
  adoptionForkStars: 2,

  // ---- work on other people's projects (GraphQL contributions by repository) ----
  /** For the repository's language and the skills it names, times the count factor of the commits. */
  contributedRepositorySkill: 0.6,
  /** For open source, per repository. */
  contributedRepositoryOpenSource: 0.6,

  // ---- merged pull requests to other people's repositories ----
  // Times the count factor (1 PR ½, 4+ in full) and the recency of the latest merge.
  /** For each skill the repository's owner or name stands for. */
  mergedPullRequestSkill: 0.8,
  /** For open source, per repository. */
  mergedPullRequestOpenSource: 0.7,
} as const;
