import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../real-fixtures';
import { handMadePages, realPages } from '../support/profile-pages';

/**
 * Whatever a site shows in place of a value ("Sign in to view email", "See more", an empty skill) is
 * never a field value, and no list keeps an empty item: checked on every page the extractors are tested on.
 */
const PLACEHOLDER = /\b(?:sign|log)\s*in\s+to\s+(?:view|see)\b|^(?:see|show)\s+(?:more|less|all)\b|^…?see\s+\d+\+?\s*more$|^(?:n\/a|none|hidden|private|—|-)$/i;

function problemsIn(value: unknown, path: string): string[] {
  if (typeof value === 'string') {
    if (!value.trim()) return [`${path}: empty`];
    return PLACEHOLDER.test(value.trim()) ? [`${path}: placeholder “${value}”`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => problemsIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => problemsIn(item, `${path}.${key}`));
  return [];
}

function profileFrom(html: string, url: string) {
  const result = adapterFor(url)!.extract(parseHTML(html).document as unknown as Document, url);
  if (result.status !== 'profile') throw new Error(`${url}: ${result.status}: ${result.reason}`);
  return result.profile;
}

describe('no placeholder is a value, no empty item is kept', () => {
  it.each(handMadePages)('%s', (file, url) => {
    const html = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
    expect(problemsIn(profileFrom(html, url), 'profile')).toEqual([]);
  });

  describe.skipIf(!hasRealFixtures)('real pages', () => {
    if (!hasRealFixtures) console.warn(SKIP_REASON);
    it.each(realPages)('%s', (file, url) => {
      expect(problemsIn(profileFrom(readRealFixture(file), url), 'profile')).toEqual([]);
    });
  });

  it('the check itself finds a placeholder and an empty skill', () => {
    expect(problemsIn({ email: 'Sign in to view email', skills: ['Go', ' '] }, 'profile')).toEqual([
      'profile.email: placeholder “Sign in to view email”',
      'profile.skills[1]: empty',
    ]);
  });
});
