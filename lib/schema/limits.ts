/**
 * Caps keep a hostile or huge page from bloating storage or the panel.
 * Zod-free on purpose: the content script imports it without pulling zod into its bundle.
 */
export const LIMITS = {
  shortText: 300,
  bio: 2_000,
  readme: 20_000,
  url: 2_000,
  links: 20,
  organizations: 50,
  pinned: 6,
  repositories: 300,
  topics: 20,
  /** Languages kept per repository, largest first (GraphQL). */
  repositoryLanguages: 10,
  /** Other people's repositories the person had pull requests merged into. */
  pullRequestRepositories: 100,
  /** Stack Overflow top tags. */
  tags: 50,
  /** LinkedIn positions and skills. */
  positions: 30,
  skills: 100,
  /** People read from one GitHub list page (search results, followers, contributors…). */
  listPeople: 100,
} as const;

/** True for an absolute http(s) URL; javascript:, data: and relative strings are not links we follow. */
const EMAIL_ADDRESS = /^[^\s@<>()]{1,64}@[^\s@<>()]{1,190}\.[^\s@<>()]{2,}$/;

/** Looks like an email address: what a page shows in its place ("Sign in to view email") does not. */
export function isEmailAddress(value: string): boolean {
  return EMAIL_ADDRESS.test(value);
}

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
