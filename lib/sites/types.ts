import type { Extraction } from '@/lib/schema/profile';

/** One supported site: where it runs, how it recognises a profile, and how it reads one. */
export interface SiteAdapter {
  id: 'github';
  /** WebExtension match patterns of the pages the adapter may read. */
  matches: string[];
  /** Every CSS selector the adapter uses; each entry lists layout variants, tried in order. */
  selectors: Readonly<Record<string, readonly string[]>>;
  /** True when the URL alone looks like a person's profile (the page may still turn out otherwise). */
  isProfileUrl(url: URL): boolean;
  extract(doc: Document, url: string): Extraction;
}
