import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { escapeHtml, REPORT_CSP, toHtmlReport } from '@/lib/files';
import { CandidateSchema } from '@/lib/schema/candidate';
import { pseudonym } from '@/lib/people/blind';
import { BANDS, bandOf, bandRange } from '@/lib/scoring/bands';
import { exportInput, jonas, mara, maraEntry, maraScore, note } from './fixtures';

const dom = (html: string) => parseHTML(html).document;

/** Every element of the document, head included. */
const elements = (document: Document) => [...document.querySelectorAll('*')];

/** The DOM-level safety rules every report must pass. */
function expectInert(html: string) {
  const document = dom(html);
  expect(document.querySelectorAll('script')).toHaveLength(0);
  for (const element of elements(document)) {
    const handlers = [...element.attributes].map((attribute) => attribute.name).filter((name) => /^on/i.test(name));
    expect(handlers, element.tagName).toEqual([]);
  }
  for (const anchor of document.querySelectorAll('a[href]')) {
    expect(anchor.getAttribute('href')).toMatch(/^https?:\/\//);
  }
  // Nothing loads: no src, no stylesheet or preload links, no frames, objects or base.
  expect(document.querySelectorAll('[src], link, iframe, object, embed, base, img, video, audio, form')).toHaveLength(0);
  expect(html).not.toMatch(/<script/i);
  // Every "<" in the output opens a real tag (text has it escaped): no tag carries a handler.
  expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
  expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  expect(html).not.toMatch(/url\(/i);
  expect(html).not.toMatch(/@import/i);
  return document;
}

describe('toHtmlReport', () => {
  it('is one self-contained document: doctype, charset, CSP, inline print styles', () => {
    const html = toHtmlReport(exportInput());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const document = expectInert(html);
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    const style = document.querySelector('style')?.textContent ?? '';
    expect(style).toContain('@media print');
    expect(style).toMatch(/break-before: page/);
    expect(style).toMatch(/a\[href\]:not\(\.bare\)::after \{ content: " \(" attr\(href\) "\)"/);
    expect(document.querySelectorAll('details')).toHaveLength(0);
  });

  it('shows the header: title, posting, date and count', () => {
    const document = dom(toHtmlReport(exportInput()));
    expect(document.querySelector('h1')?.textContent).toBe('Go backend – round 1');
    const header = document.querySelector('header')?.textContent ?? '';
    expect(header).toContain('Posting: Senior Go backend engineer');
    expect(header).toContain('Exported 2026-11-25 14:03 UTC');
    expect(header).toContain('2 candidates');
  });

  it('shows each candidate: name, score, profile links, requirements with evidence links, status, tags, notes with dates', () => {
    const document = expectInert(toHtmlReport(exportInput()));
    const [first, second] = [...document.querySelectorAll('article.candidate')];
    expect(first?.querySelector('h2')?.textContent).toBe(`1. Mara Testwood${bandOf(71).label} · 71/100`);
    expect(second?.querySelector('h2')?.textContent).toBe('2. jbeispiel—');
    expect(second?.textContent).toContain('Not scored for this posting.');

    const hrefs = [...first!.querySelectorAll('a[href]')].map((anchor) => anchor.getAttribute('href'));
    expect(hrefs).toEqual(['https://github.com/maratest', 'https://stackoverflow.com/users/4242/mara', 'https://github.com/maratest/scheduler']);
    const evidence = first!.querySelector('.evidence a');
    expect(evidence?.textContent).toBe('pinned repository maratest/scheduler');

    const textContent = first!.textContent ?? '';
    expect(textContent).toContain('GitHub: https://github.com/maratest');
    expect(textContent).toContain('Stack Overflow: https://stackoverflow.com/users/4242/mara');
    expect(textContent).toContain('“scheduler — a job queue written in Go”');
    expect(textContent).toContain('64.3 / 71.4');
    expect(textContent).toContain('Kubernetes (plus) — not found');
    expect(textContent).toContain('All must-haves met.');
    expect(textContent).toContain('Confidence: medium — No repository list: page only');
    expect(textContent).toContain('Status: shortlisted');
    expect([...first!.querySelectorAll('.tags span')].map((tag) => tag.textContent)).toEqual(['go', 'remote']);
    expect([...first!.querySelectorAll('.notes li')].map((item) => item.textContent)).toEqual([
      '2026-11-22 10:00 UTCCall went well',
      '2026-11-20 09:00 UTCAsked about on-call',
    ]);
  });

  it('names each score’s band beside the number, says what it means, and lists every band’s range in the header', () => {
    const document = dom(toHtmlReport(exportInput()));
    const band = bandOf(71);
    const first = document.querySelector('article.candidate')!;
    expect(first.querySelector('.score')?.textContent).toBe(`${band.label} · 71/100`);
    expect(first.querySelector('.band')?.textContent).toBe(`${band.label} (${bandRange(band)}): ${band.meaning}`);
    expect(document.querySelector('header .bands')?.textContent).toBe(`Score bands: ${BANDS.map((b) => `${b.label} ${bandRange(b)}`).join(' · ')}`);
  });

  it('says which must-haves are missing and that the score was capped', () => {
    const capped = { ...maraScore, result: { ...maraScore.result, mustHavesMissing: ['Go'], capped: true } };
    const document = dom(toHtmlReport(exportInput({ candidates: [maraEntry({ score: capped })] })));
    expect(document.querySelector('.warn')?.textContent).toBe('Must-haves missing: Go (score capped)');
  });

  it('renders a hostile candidate as inert text', () => {
    const hostileText = '<script>alert(1)</script>';
    const candidate = CandidateSchema.parse({
      ...mara,
      name: hostileText,
      profile: { ...mara.profile, bio: '"><img src=x onerror=alert(2)>' },
    });
    // Bypass the schema as a tampered database or bundle would.
    candidate.linked[0]!.profile.url = 'javascript:alert(3)';
    const result = structuredClone(maraScore.result);
    const evidence = result.requirements[0]!.evidence;
    evidence[0]!.url = 'javascript:alert(1)';
    evidence.push({ ...evidence[0]!, url: ' JaVaScRiPt:alert(4)', where: '<a href="javascript:alert(5)">x</a>' });
    evidence.push({ ...evidence[0]!, url: 'data:text/html,<script>alert(6)</script>', quote: "' onmouseover='alert(7)" });
    evidence.push({ ...evidence[0]!, url: 'https://example.org/"onmouseover="alert(8)', where: 'quoted url' });
    result.requirements[0]!.label = '</style><script>alert(9)</script>';
    const entry = maraEntry({
      candidate,
      score: { ...maraScore, result },
      status: '<b onclick=alert(10)>hired</b>',
      tags: ['<svg onload=alert(11)>'],
      notes: [note(mara.key, 'n', '<img src=x onerror=alert(1)>')],
    });
    const input = exportInput({ title: '<iframe src="https://evil.example">', candidates: [entry] });
    const html = toHtmlReport(input);
    const document = expectInert(html);

    const article = document.querySelector('article.candidate')!;
    expect(article.querySelector('h2')?.textContent).toContain(hostileText);
    expect(article.querySelector('.notes li')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('h1')?.textContent).toBe('<iframe src="https://evil.example">');
    expect(article.textContent).toContain('javascript:alert(1)');
    const hrefs = [...document.querySelectorAll('a[href]')].map((anchor) => anchor.getAttribute('href'));
    expect(hrefs).toEqual(['https://github.com/maratest', 'https://example.org/%22onmouseover=%22alert(8)']);
  });

  it('blind mode: the panel’s pseudonyms, no names, no profile links', () => {
    const html = toHtmlReport(exportInput({ blind: true }));
    const document = expectInert(html);
    expect(html).not.toContain('Mara Testwood');
    expect(html).not.toContain('mara@example.org');
    expect([...document.querySelectorAll('article h2 > span:first-child')].map((name) => name.textContent)).toEqual([`1. ${pseudonym(mara.key)}`, `2. ${pseudonym(jonas.key)}`]);
    expect(document.querySelector('a[href="https://github.com/maratest"]')).toBeNull();
    expect(document.body.textContent).toContain('Hidden in blind review.');
    // The evidence stays, as quotes, but links nowhere that names the person.
    expect(document.querySelectorAll('.evidence li').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.evidence a').length).toBe(0);
    expect(document.querySelector('.evidence')?.textContent).not.toContain('maratest');
  });

  it('cuts long texts with a visible marker', () => {
    const long = 'A'.repeat(1_000_000);
    const candidate = CandidateSchema.parse({ ...mara, name: long });
    const html = toHtmlReport(exportInput({ candidates: [maraEntry({ candidate, notes: [note(mara.key, 'n', 'x'.repeat(10_000))], tags: [long] })] }));
    expect(html.length).toBeLessThan(30_000);
    const document = dom(html);
    const note0 = document.querySelector('.notes li')?.textContent ?? '';
    expect(note0.endsWith('… (truncated)')).toBe(true);
    expect(note0.length).toBeLessThanOrEqual(2_000 + '2026-11-20 09:00 UTC'.length);
    expect(document.querySelector('article h2')?.textContent).toContain('… (truncated)');
  });

  it('handles an empty list and an unreadable date', () => {
    const document = expectInert(toHtmlReport(exportInput({ candidates: [], exportedAt: 'soon<b>' })));
    expect(document.querySelector('header')?.textContent).toContain('Exported soon<b> · 0 candidates');
    expect(document.querySelector('main')?.textContent).toContain('No candidates.');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('Zoë 👩🏽‍💻 مريم')).toBe('Zoë 👩🏽‍💻 مريم');
  });
});
