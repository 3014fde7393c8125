import type { Extraction, SiteId } from '@/lib/schema/profile';

/** One supported site: where it runs, how it recognises a profile, and how it reads one. */
export interface SiteAdapter {
  id: SiteId;
  /** WebExtension match patterns of the pages the adapter may read. */
  matches: string[];
  /** Every CSS selector the adapter uses; each entry lists layout variants, tried in order. */
  selectors: Readonly<Record<string, readonly string[]>>;
  /** True when the URL alone looks like a person's profile (the page may still turn out otherwise). */
  isProfileUrl(url: URL): boolean;
  /**
   * The person's id on this site ("defunkt", "22656", "jeffweiner08") when the URL is one of this
   * site's profile URLs, however it is written (trailing slash, tab, locale). Links between
   * profiles are recognised with it.
   */
  profileIdOf(url: URL): string | undefined;
  extract(doc: Document, url: string): Extraction;
}
