import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contributionsLogin, launchWithExtension, newUserDataDir, readFile, serveGithub, type ExtensionBrowser } from './browser';
import { SidePanel } from './pages/sidepanel';
import { saveDocsScreenshot } from './screenshots';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);
const PAGES: Record<string, string> = {
  '/defunkt': 'Sheik0808github__github_profile.html',
  '/mayowa-ojo': 'Mayowa-Ojoetchy__test__files__github_profile.html',
  '/dingaanmanjate': 'dingaanmanjateProfile__github_profile.html',
};

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function launch(): Promise<ExtensionBrowser> {
  const launched = await launchWithExtension(newUserDataDir());
  contexts.push(launched.context);
  return launched;
}

async function setName(browser: ExtensionBrowser, name: string) {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByLabel('Display name').fill(name);
  await options.getByRole('button', { name: 'Save name' }).click();
  await expect.poll(() => options.getByTestId('author-status').textContent()).toContain(name);
  await options.close();
}

/** Saves what the page downloads after `click` and returns the file's path. */
async function download(page: Page, click: () => Promise<void>): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { path: (await file.path())!, name: file.suggestedFilename() };
}

async function openFromMatches(panel: SidePanel, name: string) {
  await panel.showMatches();
  await panel.matchRows.filter({ hasText: name }).first().click();
  await expect.poll(() => panel.name.textContent()).toBe(name);
}

describe.skipIf(!hasRealFixtures)('a hiring manager reviews a shared shortlist in another browser profile (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('round-trips the shortlist and the feedback; both edited the same note, and the conflict is shown', async () => {
    // The recruiter's browser: three real profiles read, two shortlisted, notes private and shared.
    const recruiter = await launch();
    await setName(recruiter, 'Ana Recruiter');
    await serveGithub(recruiter.context, (url) => {
      if (contributionsLogin(url) === 'defunkt') return html('Sheik0808github__fragment.html');
      const file = PAGES[url.pathname.toLowerCase()];
      return file ? html(file) : undefined;
    });
    for (const path of ['/defunkt', '/Mayowa-Ojo', '/dingaanmanjate']) await (await recruiter.context.newPage()).goto(`https://github.com${path}`);
    const ana = await SidePanel.open(recruiter.context, recruiter.extensionId);
    await ana.showMatches();
    await expect.poll(() => ana.matchRows.count(), { timeout: 15_000 }).toBe(3);
    await ana.page.getByRole('button', { name: 'Add Chris Wanstrath to the shortlist' }).click();
    await ana.page.getByRole('button', { name: 'Add Mayowa Ojo to the shortlist' }).click();

    await openFromMatches(ana, 'Chris Wanstrath');
    await ana.page.getByLabel('New note').fill('Founded GitHub; ask about Go at scale.');
    await ana.page.getByLabel('Share with reviewers').check();
    await ana.page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => ana.notes.count()).toBe(1);
    await ana.addNote('Salary expectation high, keep to myself.');
    await expect.poll(() => ana.notes.count()).toBe(2);

    await ana.showMatches();
    await ana.page.getByRole('button', { name: 'Show members (2)' }).click();
    const share = await download(ana.page, () => ana.page.getByRole('button', { name: 'Share for review' }).click());
    expect(share.name).toMatch(/^talent-lens_share-shortlist_\d{4}-\d\d-\d\d\.json$/);
    await expect.poll(() => ana.page.getByTestId('share-status').textContent()).toContain('2 candidates, 1 shared note (1 private note stayed here)');
    expect(readFile(share.path)).not.toContain('Salary expectation');

    // The hiring manager's browser: its own profile directory, nothing captured, no GitHub pages at all.
    const manager = await launch();
    const sam = await SidePanel.open(manager.context, manager.extensionId);
    await sam.page.getByRole('button', { name: 'Review', exact: true }).click();
    await sam.page.getByLabel('Your name').fill('Sam Manager');
    await sam.page.getByRole('button', { name: 'Save name' }).click();
    await sam.page.getByTestId('import-shared-input').setInputFiles(share.path);
    const preview = sam.page.getByTestId('import-preview');
    await expect.poll(() => preview.textContent()).toContain('Candidates: 2 new, 0 updated, 0 unchanged');
    expect(await preview.textContent()).toContain('shared by Ana Recruiter');
    expect(await preview.textContent()).toContain('Shared notes: 1 new');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => sam.page.getByTestId('review-card').count()).toBe(2);

    const chris = sam.page.getByRole('listitem', { name: 'Review of Chris Wanstrath' });
    await expect.poll(() => chris.getByTestId('score-total').count()).toBe(1);
    await chris.getByText('Evidence behind the score').click();
    expect(await chris.getByTestId('requirement').count()).toBeGreaterThan(2);
    expect(await chris.getByTestId('note').count()).toBe(1); // the private note never came
    await chris.getByLabel('Advance').check();
    const firstRating = chris.getByRole('combobox', { name: /^Rating for / }).first();
    await firstRating.selectOption('5');
    await chris.getByLabel('Comment on Chris Wanstrath').fill('Strong systems background; move to the technical interview.');
    await chris.getByLabel('Comment on Chris Wanstrath').blur();
    await chris.getByTestId('note').getByRole('button', { name: 'Edit' }).click();
    await chris.getByLabel('Edit note').fill('Founded GitHub; Go at scale confirmed in our call (Sam).');
    await chris.getByTestId('note').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => chris.getByTestId('note').textContent()).toContain('edited by Sam Manager');
    const mayowa = sam.page.getByRole('listitem', { name: 'Review of Mayowa Ojo' });
    await mayowa.getByLabel('Hold').check();
    await sam.page.evaluate(() => window.scrollTo(0, 0));
    await saveDocsScreenshot(sam.page, 'review');

    // Meanwhile the recruiter edits the same shared note.
    await openFromMatches(ana, 'Chris Wanstrath');
    const sharedNote = ana.notes.filter({ hasText: 'Founded GitHub' });
    await sharedNote.getByRole('button', { name: 'Edit' }).click();
    await ana.page.getByLabel('Edit note').fill('Founded GitHub; asked about Go: replied yes.');
    await sharedNote.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sharedNote.textContent()).toContain('asked about Go: replied yes');

    // Send feedback.
    const feedback = await download(sam.page, () => sam.page.getByRole('button', { name: 'Send feedback' }).click());
    expect(feedback.name).toMatch(/^talent-lens_feedback-shortlist_\d{4}-\d\d-\d\d\.json$/);
    await expect.poll(() => sam.page.getByTestId('feedback-status').textContent()).toContain('2 verdicts, 1 ratings, 1 comments, 1 shared notes');

    // The recruiter brings it in: preview, then apply.
    await ana.showMatches();
    await ana.page.getByTestId('import-shared-input').setInputFiles(feedback.path);
    const back = ana.page.getByTestId('import-preview');
    await expect.poll(() => back.textContent()).toContain('Feedback from Sam Manager');
    expect(await back.textContent()).toContain('Feedback: 2 new, 0 updated, 0 unchanged, 0 conflicts');
    expect(await back.textContent()).toContain('1 conflict');
    await back.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => ana.page.getByTestId('import-shared-status').textContent()).toContain('Imported');
    await expect.poll(() => ana.page.getByTestId('feedback-summary').textContent()).toContain('Feedback from Sam Manager: 1 advance · 1 hold · 0 reject');

    await openFromMatches(ana, 'Chris Wanstrath');
    const item = ana.page.getByTestId('feedback-item');
    await expect.poll(() => item.textContent()).toContain('Advance');
    expect(await item.textContent()).toContain('5/5');
    expect(await item.textContent()).toContain('Strong systems background; move to the technical interview.');
    const conflict = ana.page.getByTestId('note-conflict');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('Founded GitHub; asked about Go: replied yes.');
    expect(await conflict.textContent()).toContain('Founded GitHub; Go at scale confirmed in our call (Sam).');
    // Nothing was lost while the conflict waits: our note is as we left it.
    expect(await ana.notes.filter({ hasText: 'Founded GitHub' }).textContent()).toContain('asked about Go: replied yes');

    await conflict.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    const texts = await ana.notes.locator('.note__text').allTextContents();
    expect(texts.sort()).toEqual(['Founded GitHub; Go at scale confirmed in our call (Sam).', 'Founded GitHub; asked about Go: replied yes.', 'Salary expectation high, keep to myself.']);

    // The same file again changes nothing.
    await ana.showMatches();
    await ana.page.getByTestId('import-shared-input').setInputFiles(feedback.path);
    await expect.poll(() => ana.page.getByTestId('import-preview').textContent()).toContain('Nothing new');
  }, 150_000);
});
