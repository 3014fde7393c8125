import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { contributionsLogin, launchWithExtension, readFile, serveGithub } from './browser';
import { SidePanel } from './pages/sidepanel';
import { saveDocsScreenshot } from './screenshots';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);

const FRONTEND_POSTING = `# Frontend Engineer

## Requirements
- Strong experience with React and TypeScript
- You write accessible, semantic HTML and CSS

## Nice to have
- Next.js is a plus
`;

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe.skipIf(!hasRealFixtures)('postings in the side panel (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('turns a pasted posting into a rubric, re-ranks everyone, imports and exports', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    await serveGithub(context, (url) => {
      if (contributionsLogin(url)) return undefined;
      if (url.pathname === '/defunkt') return html('Sheik0808github__github_profile.html');
      if (url.pathname === '/Mayowa-Ojo') return html('Mayowa-Ojoetchy__test__files__github_profile.html');
      return undefined;
    });
    for (const path of ['/defunkt', '/Mayowa-Ojo']) await (await context.newPage()).goto(`https://github.com${path}`);
    const panel = await SidePanel.open(context, launched.extensionId);
    const page = panel.page;
    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count()).toBe(2);

    // A new posting from pasted text
    await page.getByRole('button', { name: 'Postings' }).click();
    await page.getByRole('button', { name: 'New posting' }).click();
    await page.getByLabel('Job description').fill(FRONTEND_POSTING);
    await page.getByRole('button', { name: 'Propose requirements from the text' }).click();
    // Each proposal shows the sentence it was read from; nothing joins the rubric until accepted
    await expect.poll(() => page.getByTestId('proposal').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('requirement-editor').count()).toBe(0);
    const firstSentence = page.getByTestId('proposal').first().getByTestId('proposal-sentence');
    expect(await firstSentence.locator('mark').count()).toBeGreaterThan(0);
    expect(FRONTEND_POSTING).toContain((await firstSentence.locator('mark').first().textContent())!);
    const proposed = await page.getByTestId('proposal').count();
    const rejected = (await page.getByTestId('proposal').last().locator('strong').textContent())!;
    await page.getByRole('button', { name: `Reject ${rejected}`, exact: true }).click();
    await expect.poll(() => page.getByTestId('proposal').count()).toBe(proposed - 1);
    await page.setViewportSize({ width: 1000, height: 760 });
    await saveDocsScreenshot(page, 'posting-editor');
    await page.setViewportSize({ width: 420, height: 900 });
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.getByTestId('requirement-editor').count()).toBe(proposed - 1);
    expect(await page.getByTestId('proposal').count()).toBe(0);
    expect(await page.getByLabel('Title').inputValue()).toBe('Frontend Engineer');
    const labels = await page.getByLabel('Requirement', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(labels.join(' ')).toMatch(/React/);
    expect(labels).not.toContain(rejected);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('posting-row').count()).toBe(2);

    // Make it active: everyone is re-scored against it
    await page.getByTestId('posting-row').filter({ hasText: 'Frontend Engineer' }).getByRole('button', { name: 'Use' }).click();
    await panel.showMatches();
    await expect.poll(() => page.locator('.matches__title').textContent()).toContain('Matches for Frontend Engineer');
    await expect.poll(() => panel.matchRows.count()).toBe(2);

    // Export it, then import the file back as a copy
    await page.getByRole('button', { name: 'Postings' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('posting-row').filter({ hasText: 'Frontend Engineer' }).getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('posting-frontend-engineer.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'talent-lens.posting', version: 1, posting: { title: 'Frontend Engineer' } });
    await page.getByLabel('Import a posting file').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.getByTestId('postings-message').textContent()).toBe('Imported “Frontend Engineer”.');
    await expect.poll(() => page.getByTestId('posting-row').count()).toBe(3);

    // A bad file says which field is wrong and changes nothing
    const broken = JSON.parse(exported);
    broken.posting.requirements[0].weight = 42;
    await page.getByLabel('Import a posting file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => page.getByTestId('postings-message').textContent()).toContain('posting.requirements.0.weight');
    expect(await page.getByTestId('posting-row').count()).toBe(3);

    // A posting with nothing recognisable says so, and still saves
    await page.getByRole('button', { name: 'New posting' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Vague role');
    await page.getByLabel('Job description').fill('We are a friendly team with great snacks and a dog.');
    await page.getByRole('button', { name: 'Propose requirements from the text' }).click();
    await expect.poll(() => page.getByTestId('editor-notice').first().textContent()).toMatch(/no .*requirement/i);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('posting-row').count()).toBe(4);
  });
});
