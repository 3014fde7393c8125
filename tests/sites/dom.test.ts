import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { allMatches, childTexts, firstMatch, httpLink, httpUrl, parseCount, text, toArray } from '@/lib/sites/dom';
import { TRUNCATION_MARK, truncate } from '@/lib/text';

const parse = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
const element = (html: string) => parse(html).body.firstElementChild!;

describe('text', () => {
  it.each([
    ['collapses whitespace and trims', '<p>\n  Hello \t\n  world  </p>', 'Hello world'],
    ['is undefined when empty', '<p>  \n </p>', undefined],
    ['skips script, style and noscript source', '<p>a<script>alert(1)</script>b<style>p{}</style><noscript>n</noscript>c</p>', 'abc'],
    ['removes zero-width and bidi-control characters', '<p>Ad\u200Bmin\u202Egnp.exe\u202C\u2066x\u2069\uFEFF</p>', 'Admingnp.exex'],
    ['keeps ZWJ emoji sequences whole', '<p>👨🏻‍💻 dev</p>', '👨🏻‍💻 dev'],
    ['reads entities as text, not markup', '<p>&lt;b&gt;bold&lt;/b&gt;</p>', '<b>bold</b>'],
  ])('%s', (_case, html, expected) => {
    expect(text(element(html))).toBe(expected);
  });

  it('is undefined for a missing element or a script element itself', () => {
    expect(text(undefined)).toBeUndefined();
    expect(text(null)).toBeUndefined();
    expect(text(element('<script>alert(1)</script>'))).toBeUndefined();
  });

  it('caps long text with a visible mark', () => {
    const capped = text(element(`<p>${'x'.repeat(500)}</p>`), 100);
    expect(capped).toHaveLength(100);
    expect(capped?.endsWith(TRUNCATION_MARK)).toBe(true);
  });

  // Speed is the benchmark's business; here only the result counts.
  it('caps a megabyte and still marks the cut when whitespace shrank it', () => {
    const capped = text(element(`<p>${'a '.repeat(500_000)}</p>`), 2_000);
    expect(capped).toHaveLength(2_000);
    expect(capped?.endsWith(TRUNCATION_MARK)).toBe(true);
  });
});

describe('childTexts', () => {
  it('gives the text of each child element, skipping empty ones', () => {
    const list = element('<div><h2> Title </h2><p></p><p>one\n two</p><ul><li>a</li><li>b</li></ul></div>');
    expect(childTexts(list, 1_000)).toEqual(['Title', 'one two', 'ab']);
  });

  it('skips script and style source, in a child or as a child', () => {
    const list = element('<div><p>a<script>alert(1)</script>b</p><style>p{}</style><template>t</template><p>c</p></div>');
    expect(childTexts(list, 1_000)).toEqual(['ab', 'c']);
  });

  it('reads the same as text() of each child', () => {
    const list = element('<div><p>x\u200By</p><p>  </p><noscript>n</noscript><p>&lt;b&gt;</p></div>');
    expect(childTexts(list, 1_000)).toEqual(toArray(list.children).map((child) => text(child, 1_000)).filter(Boolean));
  });

  it('stops once the texts pass the cap, and caps each text', () => {
    const list = element(`<div><p>${'x'.repeat(50)}</p><p>${'y'.repeat(50)}</p><p>never read</p></div>`);
    expect(childTexts(list, 60)).toEqual(['x'.repeat(50), 'y'.repeat(50)]);
    expect(childTexts(element(`<div><p>${'z'.repeat(100)}</p></div>`), 60)).toEqual([`${'z'.repeat(60 - TRUNCATION_MARK.length)}${TRUNCATION_MARK}`]);
  });
});

describe('truncate', () => {
  it('leaves short strings alone', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('exactly10!', 10)).toBe('exactly10!');
  });

  it('cuts to the limit, mark included', () => {
    expect(truncate('x'.repeat(50), 20)).toBe(`${'x'.repeat(20 - TRUNCATION_MARK.length)}${TRUNCATION_MARK}`);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(20), 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toMatch(/^(😀)+… \(truncated\)$/u);
  });
});

describe('firstMatch and allMatches', () => {
  const doc = parse('<div class="new">new</div><div class="old">old 1</div><div class="old">old 2</div>');

  it('try layout variants in order', () => {
    expect(firstMatch(doc, ['.missing', '.old', '.new'])?.textContent).toBe('old 1');
    expect(firstMatch(doc, ['.missing'])).toBeUndefined();
  });

  it('toArray copies a DOM list in order', () => {
    const copy = toArray(doc.querySelectorAll('div'));
    expect(Array.isArray(copy)).toBe(true);
    expect(copy.map((el) => el.textContent)).toEqual(['new', 'old 1', 'old 2']);
  });

  it('allMatches returns the elements of the first variant that matches, not a union', () => {
    expect(allMatches(doc, ['.missing', '.old', '.new']).map((el) => el.textContent)).toEqual(['old 1', 'old 2']);
    expect(allMatches(doc, ['.missing'])).toEqual([]);
  });
});

describe('httpUrl', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com', 'http://example.com/'],
    ['/defunkt', 'https://github.com/defunkt'],
    ['defunkt?tab=repositories', 'https://github.com/defunkt?tab=repositories'],
    ['//cdn.example/x', 'https://cdn.example/x'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
    ['javascript:alert(1)', undefined],
    ['  JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['mailto:a@example.com', undefined],
    ['ftp://example.com/file', undefined],
    ['https://', undefined],
    ['', undefined],
    [null, undefined],
  ])('httpUrl(%j) → %j', (href, expected) => {
    expect(httpUrl(href)).toBe(expected);
    expect(httpLink(href)?.href).toBe(expected);
  });

  it('httpLink gives the parsed URL', () => {
    expect(httpLink('/atom/atom')).toMatchObject({ hostname: 'github.com', pathname: '/atom/atom' });
  });

  it('drops URLs longer than the cap instead of cutting them', () => {
    expect(httpUrl(`https://example.com/${'a'.repeat(3_000)}`, undefined, 2_000)).toBeUndefined();
  });
});

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['4', 4],
    [' 215 ', 215],
    ['12,345', 12_345],
    ['1,234,567', 1_234_567],
    ['1.2k', 1_200],
    ['22.6k', 22_600],
    ['17.3K', 17_300],
    ['61k', 61_000],
    ['3m', 3_000_000],
    ['1.5m', 1_500_000],
    ['', undefined],
    ['many', undefined],
    ['-3', undefined],
    ['1,23', undefined],
    ['99999999999999999999999k', undefined],
    [undefined, undefined],
  ])('parseCount(%j) → %j', (input, expected) => {
    expect(parseCount(input)).toBe(expected);
  });
});
