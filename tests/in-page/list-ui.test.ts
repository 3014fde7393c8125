// @vitest-environment happy-dom
/**
 * The list-page UI (lib/in-page/list-ui.ts) on hand-written GitHub list fixtures (see
 * tests/sites/github-lists.test.ts: they are modelled on GitHub's markup, not saved pages), with fake messaging.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  BADGE_HOST_ATTRIBUTE,
  mountListUi,
  progressText,
  TOOLBAR_HOST_ATTRIBUTE,
  unmountListUi,
  type ListUiDeps,
} from '@/lib/in-page/list-ui';
import type { CaptureAllProgress, CaptureAllRequest, ListedScore } from '@/lib/schema/list-page';
import { extractPeople, type ListPage } from '@/lib/sites/github/lists';
import { bandOf } from '@/lib/scoring/bands';

const SEARCH_URL = 'https://github.com/search?q=location%3ABerlin&type=users';
const SEARCH_LOGINS = ['defunkt', 'mojombo', 'jane_acme', 'Octo-Cat'];
const POSTING = 'Senior Rust Engineer';

function loadFixture(name: string): void {
  // A path, not new URL(…, import.meta.url): happy-dom's URL does not resolve file: URLs.
  const html = readFileSync(join(import.meta.dirname, '../fixtures/github/lists', name), 'utf8');
  // Test setup only: the page under test is GitHub's markup; happy-dom never runs scripts set this way.
  document.body.innerHTML = html.match(/<body[^>]*>([\s\S]*)<\/body>/)![1]!;
}

function listPage(url = SEARCH_URL): ListPage {
  const page = extractPeople(document, url);
  if (!page) throw new Error('not a list page');
  return page;
}

const idle: CaptureAllProgress = { state: 'idle', done: 0, total: 0, failed: 0 };

/** Fake background: scores by login, and a capture-all job the test moves along with `progress`. */
function fakeDeps(scores: ListedScore[] = []) {
  const job = { progress: idle };
  const deps = {
    listScores: vi.fn(async (logins: string[]) => scores.filter((s) => logins.some((l) => l.toLowerCase() === s.login.toLowerCase()))),
    captureAll: vi.fn(async (request: CaptureAllRequest) => {
      job.progress = { state: 'running', done: 0, total: request.logins.length, failed: 0, pageUrl: request.pageUrl };
      return job.progress;
    }),
    captureAllProgress: vi.fn(async () => job.progress),
    cancelCaptureAll: vi.fn(async () => {
      job.progress = { ...job.progress, state: 'cancelled' };
      return job.progress;
    }),
    openPanel: vi.fn(async (_candidateKey: string) => ({ ok: true })),
  } satisfies ListUiDeps;
  return { deps, job };
}

const SCORES: ListedScore[] = [
  { login: 'defunkt', total: 72.4, postingTitle: POSTING },
  { login: 'jane_acme', total: 41, capped: true, postingTitle: POSTING },
  { login: 'octo-cat', total: 90, postingTitle: POSTING }, // the background may answer in another case
  { login: 'someone-else', total: 12 }, // not on the page
];

const badgeHosts = () => Array.from(document.querySelectorAll<HTMLElement>(`[${BADGE_HOST_ATTRIBUTE}]`));
const toolbarHosts = () => Array.from(document.querySelectorAll<HTMLElement>(`[${TOOLBAR_HOST_ATTRIBUTE}]`));

function badgeOf(login: string): HTMLElement {
  const host = document.querySelector(`[${BADGE_HOST_ATTRIBUTE}="${login}"]`);
  const badge = host?.shadowRoot?.querySelector<HTMLElement>('.badge');
  if (!badge) throw new Error(`no badge for ${login}`);
  return badge;
}

function toolbar() {
  const root = toolbarHosts()[0]?.shadowRoot;
  if (!root) throw new Error('no toolbar');
  const [capture, cancel] = [root.querySelector<HTMLButtonElement>('button.primary')!, root.querySelector<HTMLButtonElement>('button:not(.primary)')!];
  return { root, capture, cancel, progress: () => root.querySelector('.progress')!.textContent };
}

/** Lets pending promise callbacks run without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers();
  ctx = new ContentScriptContext('test');
  vi.spyOn(console, 'log').mockImplementation(() => {}); // WXT logs the invalidation
});

afterEach(() => {
  unmountListUi();
  ctx.notifyInvalidated();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('score badges', () => {
  it('puts a badge right after each listed person, with the score, or — when not captured', async () => {
    loadFixture('user-search.html');
    const page = listPage();
    const { deps } = fakeDeps(SCORES);
    mountListUi(ctx, page, deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    expect(badgeOf('defunkt').textContent).toBe('…'); // until the scores arrive
    await settle();

    expect(deps.listScores).toHaveBeenCalledWith(SEARCH_LOGINS);
    for (const person of page.people) {
      expect(person.anchor.nextElementSibling?.getAttribute(BADGE_HOST_ATTRIBUTE)).toBe(person.login);
    }
    expect(badgeOf('defunkt').textContent).toBe(`72 ${bandOf(72).label}`);
    expect(badgeOf('defunkt').title).toBe(`Talent Lens score (${bandOf(72).label}) for ${POSTING}`);
    expect(badgeOf('defunkt').getAttribute('aria-label')).toBe(`72 ${bandOf(72).label}: Talent Lens score for ${POSTING}`);
    expect(badgeOf('defunkt').dataset.state).toBe('scored');
    expect(badgeOf('Octo-Cat').textContent).toBe(`90 ${bandOf(90).label}`);
    expect(badgeOf('mojombo').textContent).toBe('—');
    expect(badgeOf('mojombo').title).toBe('Not captured yet');
    expect(badgeOf('mojombo').dataset.state).toBe('none');
  });

  it('marks a score capped by a missing must-have', async () => {
    loadFixture('user-search.html');
    mountListUi(ctx, listPage(), fakeDeps(SCORES).deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    const capped = badgeOf('jane_acme');
    expect(capped.textContent).toBe(`41 ${bandOf(41).label}`);
    expect(capped.dataset.state).toBe('capped');
    expect(capped.title).toMatch(new RegExp(`^Talent Lens score \\(${bandOf(41).label}\\) for ${POSTING} — capped`));
    expect(badgeOf('defunkt').dataset.state).not.toBe('capped');
  });

  it('shows — with a reason when the scores cannot be loaded', async () => {
    loadFixture('user-search.html');
    const { deps } = fakeDeps();
    deps.listScores.mockRejectedValue(new Error('Could not establish connection'));
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    expect(badgeOf('defunkt').textContent).toBe('—');
    expect(badgeOf('defunkt').title).toBe('Talent Lens could not load the score');
  });

  it('works on every kind of list page', async () => {
    const cases = [
      ['org-people.html', 'https://github.com/orgs/acme/people'],
      ['contributors.html', 'https://github.com/acme/rocket/graphs/contributors'],
      ['followers.html', 'https://github.com/defunkt?tab=followers'],
      ['stargazers.html', 'https://github.com/acme/rocket/stargazers'],
    ] as const;
    for (const [file, url] of cases) {
      loadFixture(file);
      const page = listPage(url);
      mountListUi(ctx, page, fakeDeps().deps, { shadowMode: 'open', pageUrl: url });
      await settle();
      expect(badgeHosts().map((host) => host.getAttribute(BADGE_HOST_ATTRIBUTE)), file).toEqual(page.people.map((p) => p.login));
      expect(toolbarHosts(), file).toHaveLength(1);
      expect(toolbarHosts()[0]!.nextElementSibling, file).toBe(page.list);
    }
  });

  it('never duplicates anything when mounted again on the same page', async () => {
    loadFixture('user-search.html');
    const { deps } = fakeDeps(SCORES);
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    // The content script reads the page again (a Turbo visit back, a retry) and mounts again.
    const again = listPage();
    expect(again.people.map((p) => p.login)).toEqual(SEARCH_LOGINS);
    mountListUi(ctx, again, deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    expect(badgeHosts()).toHaveLength(SEARCH_LOGINS.length);
    expect(toolbarHosts()).toHaveLength(1);
    for (const person of again.people) {
      expect(person.anchor.nextElementSibling?.getAttribute(BADGE_HOST_ATTRIBUTE)).toBe(person.login);
      expect(person.anchor.nextElementSibling?.nextElementSibling?.hasAttribute(BADGE_HOST_ATTRIBUTE) ?? false).toBe(false);
    }
  });

  it('keeps its shadow roots closed by default, so the page cannot read the scores', () => {
    loadFixture('user-search.html');
    mountListUi(ctx, listPage(), fakeDeps(SCORES).deps, { pageUrl: SEARCH_URL });
    expect(badgeHosts()).toHaveLength(SEARCH_LOGINS.length);
    for (const host of [...badgeHosts(), ...toolbarHosts()]) expect(host.shadowRoot).toBeNull();
  });

  it('styles itself inside the shadow root with GitHub’s variables, inline and never positioned', () => {
    loadFixture('user-search.html');
    mountListUi(ctx, listPage(), fakeDeps().deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    const css = badgeHosts()[0]!.shadowRoot!.querySelector('style')!.textContent!;
    expect(css).toContain('var(--fgColor-muted, #59636e)');
    expect(css).toContain('var(--fgColor-danger, #d1242f)');
    expect(css).toMatch(/display: inline-flex/);
    expect(css).toMatch(/vertical-align: middle/);
    expect(css).toMatch(/font: inherit/);
    const toolbarCss = toolbar().root.querySelector('style')!.textContent!;
    for (const sheet of [css, toolbarCss]) expect(sheet).not.toMatch(/position:\s*(absolute|fixed)/);
    expect(document.head.querySelector('style')).toBeNull(); // nothing leaks into the page's own styles
  });
});

describe('the capture-all toolbar', () => {
  function mountSearch(scores = SCORES) {
    loadFixture('user-search.html');
    const fake = fakeDeps(scores);
    const cleanup = mountListUi(ctx, listPage(), fake.deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    return { ...fake, cleanup };
  }

  it('sits right before the list and offers to capture everyone on the page', async () => {
    const { deps } = mountSearch();
    await settle();
    expect(toolbarHosts()[0]!.nextElementSibling?.getAttribute('data-testid')).toBe('results-list');
    expect(toolbar().capture.textContent).toBe('Capture all 4 on this page');
    expect(toolbar().cancel.hidden).toBe(true);
    expect(deps.captureAllProgress).toHaveBeenCalledTimes(1); // asks once whether a job is already running
  });

  it('sends the logins in page order with the page URL', async () => {
    const { deps } = mountSearch();
    await settle();
    toolbar().capture.click();
    await settle();
    expect(deps.captureAll).toHaveBeenCalledExactlyOnceWith({ logins: SEARCH_LOGINS, pageUrl: SEARCH_URL });
    expect(toolbar().capture.disabled).toBe(true);
    expect(toolbar().cancel.hidden).toBe(false);
    expect(toolbar().progress()).toBe('Captured 0 of 4');
    toolbar().capture.click(); // disabled while running: no second job
    await settle();
    expect(deps.captureAll).toHaveBeenCalledTimes(1);
  });

  it('polls every second, shows the progress, refreshes the scores as people complete, and stops when done', async () => {
    const { deps, job } = mountSearch();
    await settle();
    toolbar().capture.click();
    await settle();
    const scoreReads = deps.listScores.mock.calls.length;

    job.progress = { state: 'running', done: 2, total: 4, failed: 1, pageUrl: SEARCH_URL };
    await vi.advanceTimersByTimeAsync(1_000);
    expect(toolbar().progress()).toBe('Captured 2 of 4 · 1 failed');
    expect(deps.listScores.mock.calls.length).toBe(scoreReads + 1);

    job.progress = { ...job.progress, state: 'waiting-for-budget', message: 'Waiting for the GitHub API budget until 14:05' };
    await vi.advanceTimersByTimeAsync(1_000);
    expect(toolbar().progress()).toBe('Waiting for the GitHub API budget until 14:05');
    expect(toolbar().cancel.hidden).toBe(false);
    expect(deps.listScores.mock.calls.length).toBe(scoreReads + 1); // nobody new completed

    job.progress = { state: 'done', done: 3, total: 4, failed: 1, pageUrl: SEARCH_URL };
    await vi.advanceTimersByTimeAsync(1_000);
    expect(toolbar().progress()).toBe('Done: captured 3 of 4 · 1 failed');
    expect(toolbar().capture.disabled).toBe(false);
    expect(toolbar().cancel.hidden).toBe(true);
    expect(deps.listScores.mock.calls.length).toBeGreaterThan(scoreReads + 1);

    const polls = deps.captureAllProgress.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(deps.captureAllProgress.mock.calls.length).toBe(polls); // stopped
  });

  it('Cancel asks the background to stop, and polling ends once the job is cancelled', async () => {
    const { deps } = mountSearch();
    await settle();
    toolbar().capture.click();
    await settle();
    toolbar().cancel.click();
    await settle();
    expect(deps.cancelCaptureAll).toHaveBeenCalledTimes(1);
    expect(toolbar().progress()).toBe('Cancelled: captured 0 of 4');
    expect(toolbar().cancel.hidden).toBe(true);
    expect(toolbar().capture.disabled).toBe(false);
    const polls = deps.captureAllProgress.mock.calls.length;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(deps.captureAllProgress.mock.calls.length).toBe(polls);
  });

  it('keeps polling after Cancel while the background finishes the current person', async () => {
    const { deps, job } = mountSearch();
    await settle();
    toolbar().capture.click();
    await settle();
    deps.cancelCaptureAll.mockImplementationOnce(async () => job.progress); // still running
    toolbar().cancel.click();
    await settle();
    job.progress = { ...job.progress, state: 'cancelled', done: 1 };
    await vi.advanceTimersByTimeAsync(1_000);
    expect(toolbar().progress()).toBe('Cancelled: captured 1 of 4');
  });

  it('picks up a job that was already running when the page was opened', async () => {
    loadFixture('user-search.html');
    const { deps, job } = fakeDeps();
    job.progress = { state: 'running', done: 1, total: 4, failed: 0, pageUrl: SEARCH_URL };
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    expect(toolbar().progress()).toBe('Captured 1 of 4');
    expect(toolbar().capture.disabled).toBe(true);
    job.progress = { ...job.progress, done: 4, state: 'done' };
    await vi.advanceTimersByTimeAsync(1_000);
    expect(toolbar().progress()).toBe('Done: captured 4 of 4');
  });

  it('says when the running job belongs to another list page', async () => {
    loadFixture('user-search.html');
    const { deps, job } = fakeDeps();
    job.progress = { state: 'running', done: 3, total: 30, failed: 0, pageUrl: 'https://github.com/orgs/acme/people' };
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    expect(toolbar().progress()).toBe('Another page’s capture is running · Captured 3 of 30');
  });

  it('ignores an answer that arrives after a newer one', async () => {
    loadFixture('user-search.html');
    const { deps } = fakeDeps();
    let answerFirstRead: (p: CaptureAllProgress) => void = () => {};
    deps.captureAllProgress.mockImplementationOnce(() => new Promise((resolve) => (answerFirstRead = resolve)));
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    toolbar().capture.click();
    await settle();
    answerFirstRead(idle); // the slow first read comes back after the job started
    await settle();
    expect(toolbar().progress()).toBe('Captured 0 of 4');
    expect(toolbar().cancel.hidden).toBe(false);
  });

  it('says so when the capture cannot start', async () => {
    const { deps } = mountSearch();
    deps.captureAll.mockRejectedValueOnce(new Error('boom'));
    await settle();
    toolbar().capture.click();
    await settle();
    expect(toolbar().progress()).toBe('Talent Lens could not start the capture. Try again.');
    expect(toolbar().capture.disabled).toBe(false);
  });
});

describe('cleanup and safety', () => {
  it('the returned cleanup and unmountListUi remove every host and stop polling', async () => {
    loadFixture('user-search.html');
    const { deps, job } = fakeDeps();
    job.progress = { state: 'running', done: 0, total: 4, failed: 0, pageUrl: SEARCH_URL };
    const cleanup = mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    cleanup();
    expect(badgeHosts()).toHaveLength(0);
    expect(toolbarHosts()).toHaveLength(0);
    const polls = deps.captureAllProgress.mock.calls.length;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(deps.captureAllProgress.mock.calls.length).toBe(polls);

    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    unmountListUi();
    expect(badgeHosts()).toHaveLength(0);
  });

  it('removes itself when the content script is invalidated (extension reloaded or updated)', async () => {
    loadFixture('user-search.html');
    const { deps, job } = fakeDeps();
    job.progress = { state: 'running', done: 0, total: 4, failed: 0, pageUrl: SEARCH_URL };
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    ctx.notifyInvalidated();
    expect(badgeHosts()).toHaveLength(0);
    const polls = deps.captureAllProgress.mock.calls.length;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(deps.captureAllProgress.mock.calls.length).toBe(polls);
    // Mounting with an invalidated context does nothing.
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    expect(badgeHosts()).toHaveLength(0);
  });

  it('mounts nothing for a list with nobody on it, and clears what an earlier page left', () => {
    loadFixture('user-search.html');
    mountListUi(ctx, listPage(), fakeDeps().deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    const cleanup = mountListUi(ctx, { kind: 'contributors', people: [] }, fakeDeps().deps, { shadowMode: 'open' });
    expect(badgeHosts()).toHaveLength(0);
    expect(toolbarHosts()).toHaveLength(0);
    expect(cleanup).toBeTypeOf('function');
  });

  it('shows text from the page and the background as text, never parsing it', async () => {
    loadFixture('hostile.html');
    const page = listPage(SEARCH_URL);
    expect(page.people.map((p) => p.login)).toEqual(['eve-h', 'real-person', 'bigname']);
    const evil = '<img src=x onerror="window.__pwned = 1">';
    const { deps, job } = fakeDeps([{ login: 'eve-h', total: 50, postingTitle: `${evil} Engineer` }]);
    mountListUi(ctx, page, deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    toolbar().capture.click();
    await settle();
    job.progress = { ...job.progress, message: `${evil} until 14:05` };
    await vi.advanceTimersByTimeAsync(1_000);

    expect(badgeOf('eve-h').title).toBe(`Talent Lens score (${bandOf(50).label}) for ${evil} Engineer`);
    expect(toolbar().progress()).toBe(`${evil} until 14:05`);
    for (const host of [...badgeHosts(), ...toolbarHosts()]) {
      const elements = Array.from(host.shadowRoot!.querySelectorAll('*')).map((el) => el.localName);
      expect(elements.every((name) => ['style', 'span', 'div', 'button'].includes(name)), elements.join()).toBe(true);
      expect(host.shadowRoot!.querySelector('img')).toBeNull();
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('cuts a huge posting title or message before showing it', async () => {
    loadFixture('user-search.html');
    const { deps } = fakeDeps([{ login: 'defunkt', total: 1, postingTitle: 'P'.repeat(100_000) }]);
    mountListUi(ctx, listPage(), deps, { shadowMode: 'open', pageUrl: SEARCH_URL });
    await settle();
    expect(badgeOf('defunkt').title.length).toBeLessThan(300);
    expect(progressText({ state: 'running', done: 0, total: 1, failed: 0, message: 'M'.repeat(100_000) }).length).toBeLessThanOrEqual(200);
  });
});

describe('progressText', () => {
  it.each([
    [{ state: 'idle', done: 0, total: 0, failed: 0 }, ''],
    [{ state: 'running', done: 12, total: 40, failed: 1 }, 'Captured 12 of 40 · 1 failed'],
    [{ state: 'running', done: 12, total: 40, failed: 0 }, 'Captured 12 of 40'],
    [{ state: 'waiting-for-budget', done: 12, total: 40, failed: 0 }, 'Captured 12 of 40 · waiting for the GitHub API budget'],
    [
      { state: 'waiting-for-budget', done: 12, total: 40, failed: 0, message: 'Waiting for the GitHub API budget until 14:05' },
      'Waiting for the GitHub API budget until 14:05',
    ],
    [{ state: 'done', done: 39, total: 40, failed: 1 }, 'Done: captured 39 of 40 · 1 failed'],
    [{ state: 'cancelled', done: 5, total: 40, failed: 0 }, 'Cancelled: captured 5 of 40'],
    [{ state: 'failed', done: 5, total: 40, failed: 2 }, 'Capture failed: captured 5 of 40 · 2 failed'],
  ] satisfies [CaptureAllProgress, string][])('%o → %s', (progress, expected) => {
    expect(progressText(progress)).toBe(expected);
  });
});
