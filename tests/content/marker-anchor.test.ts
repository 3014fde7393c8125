import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites';
import { nameElement } from '@/lib/content/site-reader';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../real-fixtures';
import { handMadePages, realPages } from '../support/profile-pages';

/** The marker goes beside the name the extractor reads (else the login), on every page the extractors are tested on. */
function anchorAndProfile(html: string, url: string) {
  const { document: page } = parseHTML(html);
  const adapter = adapterFor(url)!;
  const result = adapter.extract(page as unknown as Document, url);
  if (result.status !== 'profile') throw new Error(`${url}: ${result.reason}`);
  return { anchor: nameElement(page as unknown as Document, adapter.selectors), profile: result.profile };
}

describe('where the marker goes', () => {
  it.each(handMadePages)('%s: beside the person’s name', (file, url) => {
    const { anchor, profile } = anchorAndProfile(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'), url);
    expect(anchor?.textContent?.trim().replace(/\s+/g, ' ')).toContain(profile.name ?? profile.login);
  });

  describe.skipIf(!hasRealFixtures)('real pages', () => {
    if (!hasRealFixtures) console.warn(SKIP_REASON);
    it.each(realPages)('%s: beside the person’s name', (file, url) => {
      const { anchor, profile } = anchorAndProfile(readRealFixture(file), url);
      expect(anchor?.textContent?.trim().replace(/\s+/g, ' ')).toContain(profile.name ?? profile.login);
    });
  });
});
