import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contributionsLogin, launchWithExtension, readFile, serveGithub, type ExtensionBrowser } from './browser';
import { SidePanel } from './pages/sidepanel';
import { expectNoSeriousViolations, formatViolations, seriousViolations } from './axe';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);
const PAGES: Record<string, string> = {
  '/defunkt': 'Sheik0808github__github_profile.html',
  '/mayowa-ojo': 'Mayowa-Ojoetchy__test__files__github_profile.html',
  '/dingaanmanjate': 'dingaanmanjateProfile__github_profile.html',
};

const POSTING = `# Frontend Engineer

## Requirements
- Strong experience with React and TypeScript
- You write accessible, semantic HTML and CSS

## Nice to have
- Next.js is a plus
`;

const SCHEMES = ['light', 'dark'] as const;

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function launch(): Promise<ExtensionBrowser> {
  const launched = await launchWithExtension();
  context = launched.context;
  await serveGithub(context, (url) => {
    if (contributionsLogin(url) === 'defunkt') return html('Sheik0808github__fragment.html');
    const path = url.pathname.toLowerCase();
    if (path === '/defunkt/dotjs') return '<!doctype html><title>defunkt/dotjs</title><main><h1>dotjs</h1><p>~/.js</p></main>';
    if (path === '/someone-new') return '<!doctype html><title>Someone</title><main><p>A layout nobody has seen before.</p></main>';
    const file = PAGES[path];
    return file ? html(file) : undefined;
  });
  return launched;
}

/**
 * Runs axe on the view as it is now, in the light and the dark scheme; what fails is kept for the end.
 * AXE_SUMMARY=1 prints one line per view and scheme; AXE_ALL=1 also fails on moderate and minor findings.
 */
class Audit {
  readonly failures: string[] = [];
  readonly counts: string[] = [];

  async check(page: Page, view: string): Promise<void> {
    // Collapsed parts are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      const failing = await seriousViolations(page, process.env.AXE_ALL === '1' ? { failOn: ['minor', 'moderate', 'serious', 'critical'] } : {});
      const label = `${view} (${colorScheme})`;
      this.counts.push(`${label}: ${failing.map((v) => `${v.id}/${v.impact}×${v.nodes.length}`).join(', ') || 'none'}`);
      if (failing.length) this.failures.push(`${label}:\n${formatViolations(failing)}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  expectClean(): void {
    if (process.env.AXE_SUMMARY === '1') console.log(this.counts.join('\n'));
    if (this.failures.length) throw new Error(`axe found serious or critical violations:\n\n${this.failures.join('\n\n')}`);
  }
}

/** Relative luminance and contrast ratio (WCAG 2) of computed `rgb()`/`rgba()` colours. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => Number(part) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

interface FocusStop {
  what: string;
  focusVisible: boolean;
  outline: string;
  outlineColor: string;
  ringWidth: number;
  background: string;
}

/** Where the keyboard is after one more Tab, and the ring drawn around it. */
async function tabToNext(page: Page): Promise<FocusStop | 'same' | null> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    // Tab goes through a date field's day, month and year: one element, one stop.
    if (element?.dataset.tabStopSeen === 'last') return 'same' as const;
    document.querySelector<HTMLElement>('[data-tab-stop-seen="last"]')?.setAttribute('data-tab-stop-seen', 'yes');
    // Back at an element seen before: the whole page has been gone through.
    if (!element || element === document.body || element.dataset.tabStopSeen) return null;
    element.dataset.tabStopSeen = 'last';
    // A file input is drawn as its label ("Import JSON…"): the label carries the ring.
    const ringed = element.matches('input[type="file"]') ? (element.closest('label') ?? element) : element;
    const style = getComputedStyle(ringed);
    const shadowSpread = [...style.boxShadow.matchAll(/(-?[\d.]+)px/g)].map((match) => Number(match[1]));
    const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    // What the ring is seen against: the nearest ancestor with a background (the page's, in the end).
    let behind: Element | null = ringed.parentElement;
    let background = getComputedStyle(document.body).backgroundColor;
    while (behind) {
      const color = getComputedStyle(behind).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') {
        background = color;
        break;
      }
      behind = behind.parentElement;
    }
    const labels = (element as HTMLInputElement).labels;
    const name = element.getAttribute('aria-label') ?? (labels?.[0] ?? element).textContent?.trim().slice(0, 40) ?? '';
    const type = element.getAttribute('type');
    return {
      what: `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''}${type ? `[type=${type}]` : ''} "${name}"`,
      // A date field's focus is inside its parts: the field itself is only :focus-within.
      focusVisible: element.matches(':focus-visible') || element.matches('input[type="date"]:focus-within'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      outlineColor: style.outlineColor,
      ringWidth: Math.max(outlineWidth, shadowSpread.length >= 4 ? shadowSpread[3]! : 0),
      background,
    };
  });
}

/** Tabs from the top of the page through up to `limit` stops; every one must show a ring of 2px or more at 3:1 or better. */
async function expectVisibleFocus(page: Page, where: string, limit: number): Promise<FocusStop[]> {
  await page.bringToFront();
  // Start from the top: focusing the body moves the sequential focus starting point there.
  await page.evaluate(() => {
    for (const seen of document.querySelectorAll<HTMLElement>('[data-tab-stop-seen]')) delete seen.dataset.tabStopSeen;
    window.scrollTo(0, 0);
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const stops: FocusStop[] = [];
  for (let presses = 0; stops.length < limit && presses < limit * 3; presses++) {
    const stop = await tabToNext(page);
    if (!stop) break;
    if (stop !== 'same') stops.push(stop);
  }
  const bad = stops.filter((stop) => !stop.focusVisible || stop.ringWidth < 2 || contrast(stop.outlineColor, stop.background) < 3);
  const show = (stop: FocusStop) => `${stop.what}: ${stop.outline} ${stop.outlineColor} on ${stop.background} (${contrast(stop.outlineColor, stop.background).toFixed(2)}:1)${stop.focusVisible ? '' : ', not :focus-visible'}`;
  expect(bad.map(show), `focus rings in ${where}`).toEqual([]);
  return stops;
}

describe.skipIf(!hasRealFixtures)('accessibility of the panel and Options (real Chromium, axe-core)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('every view, light and dark, has no serious or critical axe violation', async () => {
    const { extensionId } = await launch();
    const audit = new Audit();
    const tab = await context!.newPage();
    await tab.goto('https://github.com/defunkt/dotjs');
    const panel = await SidePanel.open(context!, extensionId);
    const page = panel.page;

    // This page: not a profile, then a page that could not be read.
    await expect.poll(() => panel.status.locator('h2').textContent()).toBe('Not a profile page');
    await audit.check(page, 'This page: not a profile');
    await tab.bringToFront();
    await tab.goto('https://github.com/someone-new');
    await expect.poll(() => panel.status.locator('h2').textContent(), { timeout: 10_000 }).toBe('Could not read this page');
    await audit.check(page, 'This page: could not read');

    // This page: a real profile, scored, with a private and a shared note.
    await tab.goto('https://github.com/defunkt');
    await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');
    await page.getByLabel('New note').fill('Founded GitHub; ask about Go at scale.');
    await page.getByLabel('Share with reviewers').check();
    await page.getByRole('button', { name: 'Add note' }).click();
    await panel.addNote('Salary expectation high, keep to myself.');
    await expect.poll(() => panel.notes.count()).toBe(2);
    await audit.check(page, 'This page: scored candidate with notes');

    // Matches: three candidates, filters open, one ticked (the bulk bar), two on a shortlist shown.
    for (const path of ['/Mayowa-Ojo', '/dingaanmanjate']) await (await context!.newPage()).goto(`https://github.com${path}`);
    await page.bringToFront();
    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count(), { timeout: 15_000 }).toBe(3);
    await page.getByRole('button', { name: 'Add Chris Wanstrath to the shortlist' }).click();
    await page.getByRole('button', { name: 'Add Mayowa Ojo to the shortlist' }).click();
    await page.getByRole('button', { name: 'Show members (2)' }).click();
    await page.getByLabel('Select Chris Wanstrath').click();
    await expect.poll(() => page.getByRole('region', { name: 'Bulk actions' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'Edit stages' }).click();
    await audit.check(page, 'Matches: rows, filters, stages, bulk bar, shortlist');

    // Postings: the list, the editor with proposals to review, the editor with a rubric.
    await page.getByRole('button', { name: 'Postings', exact: true }).click();
    await expect.poll(() => page.getByTestId('posting-row').count()).toBeGreaterThanOrEqual(1);
    await audit.check(page, 'Postings: list');
    await page.getByRole('button', { name: 'New posting' }).click();
    await page.getByLabel('Job description').fill(POSTING);
    await page.getByRole('button', { name: 'Propose requirements from the text' }).click();
    await expect.poll(() => page.getByTestId('proposal').count()).toBeGreaterThanOrEqual(3);
    await audit.check(page, 'Postings: editor with proposals');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.getByTestId('requirement-editor').count()).toBeGreaterThanOrEqual(3);
    await audit.check(page, 'Postings: editor with a rubric');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('posting-row').count()).toBe(2);

    // Matches compared with the new posting, in a column.
    await panel.showMatches();
    await page.getByLabel('Add a column for another posting').selectOption({ label: 'Frontend Engineer' });
    await expect.poll(() => page.getByTestId('compare-score').count()).toBeGreaterThan(0);
    await audit.check(page, 'Matches: compare column');

    // A candidate opened from Matches: back links, workflow, every posting.
    await panel.matchRows.filter({ hasText: 'Chris Wanstrath' }).first().click();
    await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');
    await audit.check(page, 'Candidate opened from Matches');

    // Review: the shortlist, each card with its evidence, notes and feedback form.
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect.poll(() => page.getByTestId('review-card').count()).toBe(2);
    await page.getByLabel('Your name').fill('Sam Manager');
    await page.getByRole('button', { name: 'Save name' }).click();
    const chris = page.getByRole('listitem', { name: 'Review of Chris Wanstrath' });
    await chris.getByLabel('Advance').check();
    await chris.getByRole('combobox', { name: /^Rating for / }).first().selectOption('4');
    await page.getByRole('listitem', { name: 'Review of Mayowa Ojo' }).getByLabel('Reject').check();
    await audit.check(page, 'Review');

    // The feedback file comes back: its preview, then the verdicts on the candidate.
    const [feedback] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Send feedback' }).click()]);
    await panel.showMatches();
    await page.getByTestId('import-shared-input').setInputFiles((await feedback.path())!);
    await expect.poll(() => page.getByTestId('import-preview').count()).toBe(1);
    await audit.check(page, 'Matches: preview of a feedback file');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByTestId('import-shared-status').count()).toBe(1);
    await panel.matchRows.filter({ hasText: 'Chris Wanstrath' }).first().click();
    await expect.poll(() => page.getByTestId('feedback-item').count()).toBeGreaterThan(0);
    await panel.notes.first().getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Forget this person' }).click();
    await audit.check(page, 'Candidate with reviewers’ feedback, a note in edit, the erase question');
    await page.getByRole('button', { name: 'Cancel' }).first().click();

    // Matches in blind review, naming a new shortlist.
    await panel.showMatches();
    const blind = page.getByLabel('Blind review');
    await blind.click(); // saved, then shown: not a plain check()
    await expect.poll(() => blind.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'New list' }).click();
    await audit.check(page, 'Matches: blind review, new shortlist form');
    await blind.click();
    await expect.poll(() => blind.isChecked()).toBe(false);

    // Options.
    const options = await context!.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.getByLabel('Display name').count()).toBe(1);
    await options.getByLabel('Token', { exact: true }).fill('not a token!');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.getByTestId('token-status').count()).toBe(1);
    await audit.check(options, 'Options');

    audit.expectClean();
  }, 180_000);
  it('shows where the keyboard is, at every Tab stop, in the light and the dark scheme', async () => {
    const { extensionId } = await launch();
    await (await context!.newPage()).goto('https://github.com/defunkt');
    const panel = await SidePanel.open(context!, extensionId);
    const page = panel.page;
    await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');
    await panel.addNote('Ask about Go.');
    await expect.poll(() => panel.notes.count()).toBe(1);
    const options = await context!.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.getByLabel('Display name').count()).toBe(1);

    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await options.emulateMedia({ colorScheme });
      // Opened from Matches, the candidate stays while other tabs come to the front.
      await panel.showMatches();
      await panel.matchRows.first().click();
      await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');
      const candidateStops = await expectVisibleFocus(page, `a candidate (${colorScheme})`, 80);
      // The views, the score's <summary>, links, the note box and its buttons all took the focus.
      const kinds = new Set(candidateStops.map((stop) => stop.what.split(/[ "[]/)[0]));
      for (const kind of ['button', 'summary', 'a', 'textarea', 'input']) expect(kinds, `${kind} among the stops`).toContain(kind);

      await panel.showMatches();
      await expect.poll(() => panel.matchRows.count()).toBe(1);
      await page.getByRole('button', { name: 'Filters' }).click();
      const matchStops = await expectVisibleFocus(page, `Matches (${colorScheme})`, 60);
      expect(matchStops.map((stop) => stop.what)).toContain('div[role=listbox] "Candidates"');
      expect(matchStops.some((stop) => stop.what.startsWith('input[type=date]'))).toBe(true);
      expect(matchStops.some((stop) => stop.what.startsWith('select'))).toBe(true);
      await page.getByRole('button', { name: /^Filters/ }).click();

      await page.getByRole('button', { name: 'Postings', exact: true }).click();
      await expect.poll(() => page.getByTestId('posting-row').count()).toBeGreaterThan(0);
      const postingStops = await expectVisibleFocus(page, `Postings (${colorScheme})`, 30);
      expect(postingStops.map((stop) => stop.what)).toContain('input[type=file] "Import a posting file"');

      const optionStops = await expectVisibleFocus(options, `Options (${colorScheme})`, 40);
      expect(optionStops.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('follows the system colour scheme: dark page and light text in dark, the reverse in light', async () => {
    const { extensionId } = await launch();
    const panel = await SidePanel.open(context!, extensionId);
    const options = await context!.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    for (const page of [panel.page, options]) {
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const colours = await page.evaluate(() => {
          const body = getComputedStyle(document.body);
          const button = getComputedStyle(document.querySelector('button')!);
          return { background: body.backgroundColor, text: body.color, button: button.backgroundColor, buttonText: button.color, scheme: getComputedStyle(document.documentElement).colorScheme };
        });
        const where = `${new URL(page.url()).pathname} (${colorScheme})`;
        expect(colours.scheme, where).toBe('light dark');
        if (colorScheme === 'dark') {
          expect(luminance(colours.background), `${where} background ${colours.background}`).toBeLessThan(0.05);
          expect(luminance(colours.text), `${where} text ${colours.text}`).toBeGreaterThan(0.6);
        } else {
          expect(luminance(colours.background), `${where} background ${colours.background}`).toBeGreaterThan(0.9);
          expect(luminance(colours.text), `${where} text ${colours.text}`).toBeLessThan(0.05);
        }
        expect(contrast(colours.background, colours.text), where).toBeGreaterThanOrEqual(7);
        expect(contrast(colours.button, colours.buttonText), `${where} button`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
  it('the axe helper runs under a site’s strict CSP and reaches into an open shadow root (as the in-page markers need)', async () => {
    await launch();
    await context!.route('https://example.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "default-src 'none'; script-src 'none'" },
        body: '<!doctype html><html lang="en"><title>Host page</title><main><h1>A site</h1><div id="marker-host"></div></main>',
      }),
    );
    const page = await context!.newPage();
    await page.goto('https://example.com/');
    // What a content script does (here through CDP, as the page's own scripts are forbidden): UI in a shadow root.
    await page.evaluate(() => {
      const root = document.getElementById('marker-host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<button class="marker"><svg width="10" height="10"></svg></button>';
    });
    const inShadow = { include: [{ fromShadowDom: ['#marker-host', '.marker'] as [string, string] }] };
    const failing = await seriousViolations(page, { context: inShadow });
    expect(failing.map((violation) => violation.id)).toContain('button-name');
    await expect(expectNoSeriousViolations(page, { context: inShadow, label: 'the marker' })).rejects.toThrow(/the marker:[\s\S]*button-name[\s\S]*#marker-host >>> button/);

    await page.evaluate(() => document.getElementById('marker-host')!.shadowRoot!.querySelector('.marker')!.setAttribute('aria-label', 'Talent Lens: 72, Strong'));
    await expectNoSeriousViolations(page, { context: inShadow });
    await expectNoSeriousViolations(page);
  });
});
