/**
 * The in-page UI on GitHub list pages: a score badge after each listed person and a "Capture all" toolbar before
 * the list. Every piece lives in its own shadow root, styled with GitHub's CSS variables so it follows the page's
 * light or dark theme, and built with createElement/textContent only: nothing here is ever parsed as HTML.
 * No React and no zod: this ships in the content script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LIMITS } from '@/lib/schema/limits';
import type { CaptureAllProgress, CaptureAllRequest, ListedScore } from '@/lib/schema/list-page';
import type { ListPage } from '@/lib/sites/github/lists';
import { TOOLBAR_CSS } from './styles';
import { createMarker, cut, openPanelOn, renderMarker, renderUnavailable } from './marker';

export const BADGE_HOST_ATTRIBUTE = 'data-talent-lens-badge';
export const TOOLBAR_HOST_ATTRIBUTE = 'data-talent-lens-toolbar';
const HOSTS = `[${BADGE_HOST_ATTRIBUTE}], [${TOOLBAR_HOST_ATTRIBUTE}]`;
const POLL_EVERY_MS = 1_000;

/** What the UI asks the background; the content script passes `sendMessage('listScores', …)` and friends. */
export interface ListUiDeps {
  listScores(logins: string[]): Promise<ListedScore[]>;
  captureAll(request: CaptureAllRequest): Promise<CaptureAllProgress>;
  captureAllProgress(): Promise<CaptureAllProgress>;
  cancelCaptureAll(): Promise<CaptureAllProgress>;
  /** A captured person's marker was clicked. */
  openPanel(candidateKey: string): Promise<unknown>;
}

/** The part of WXT's ContentScriptContext the UI uses: intervals that stop, and cleanup, when the script is invalidated. */
export type ListUiContext = Pick<ContentScriptContext, 'setInterval' | 'onInvalidated' | 'isInvalid'>;

export interface ListUiOptions {
  /** The list page's address, sent with capture-all. Defaults to location.href. */
  pageUrl?: string;
  /** 'closed' (the default) keeps GitHub's own scripts from reading the scores; tests use 'open' to look inside. */
  shadowMode?: ShadowRootMode;
  /** How often to ask for capture-all progress while a job runs. */
  pollMs?: number;
}

/** What one mounted list UI keeps track of between the background's answers. */
interface ListUiState {
  /** False once unmounted: late answers are dropped. */
  alive: boolean;
  /** A score request is under way, and whether another is wanted when it ends. */
  scoring: boolean;
  scoreAgain: boolean;
  /** Capture-all: the progress poll, whether a poll or a start is under way, and the last progress shown. */
  pollId?: number;
  polling: boolean;
  starting: boolean;
  lastDone?: number;
  current?: CaptureAllProgress;
  /** Requests asked and the newest one shown: an older answer arriving late is dropped. */
  asked: number;
  shown: number;
}

const newListUiState = (): ListUiState => ({ alive: true, scoring: false, scoreAgain: false, polling: false, starting: false, asked: 0, shown: 0 });

let unmountCurrent: (() => void) | undefined;

/**
 * Puts a badge after each person's anchor and the toolbar before the list. Any UI mounted before (by this or an
 * earlier, invalidated instance of the script) is removed first, so mounting again never duplicates anything.
 * Returns the cleanup, which also runs when the content script is invalidated.
 */
export function mountListUi(ctx: ListUiContext, page: ListPage, deps: ListUiDeps, options: ListUiOptions = {}): () => void {
  const first = page.people[0];
  unmountListUi(first?.anchor.ownerDocument ?? globalThis.document);
  if (!first || ctx.isInvalid) return () => {};

  const doc = first.anchor.ownerDocument;
  const mode = options.shadowMode ?? 'closed';
  const pageUrl = options.pageUrl ?? doc.location?.href ?? '';
  const people = page.people.slice(0, LIMITS.listPeople);
  const logins = people.map((person) => person.login);
  const hosts: Element[] = [];
  const badges = new Map<string, HTMLButtonElement>();

  for (const person of people) {
    const { host, marker } = createMarker(doc, mode, BADGE_HOST_ATTRIBUTE, person.login);
    marker.addEventListener('click', () => openPanelOn(marker, deps));
    person.anchor.after(host);
    hosts.push(host);
    badges.set(person.login.toLowerCase(), marker);
  }
  const toolbar = createToolbar(doc, people.length, mode);
  (page.list ?? first.anchor).before(toolbar.host);
  hosts.push(toolbar.host);

  const state = newListUiState();

  const refreshScores = async (): Promise<void> => {
    if (state.scoring) {
      state.scoreAgain = true;
      return;
    }
    state.scoring = true;
    try {
      do {
        state.scoreAgain = false;
        const scores = await deps.listScores([...logins]);
        if (!state.alive) return;
        applyScores(badges, scores);
      } while (state.scoreAgain && state.alive);
    } catch {
      if (state.alive) for (const badge of badges.values()) if (badge.dataset.state === 'loading') renderUnavailable(badge);
    } finally {
      state.scoring = false;
    }
  };

  const stopPolling = () => {
    if (state.pollId !== undefined) clearInterval(state.pollId);
    state.pollId = undefined;
  };

  const show = (progress: CaptureAllProgress) => {
    state.current = progress;
    const active = isActive(progress.state);
    const otherPage = active && progress.pageUrl !== undefined && progress.pageUrl !== pageUrl;
    toolbar.capture.disabled = active || state.starting;
    toolbar.cancel.hidden = !active;
    toolbar.progress.textContent = otherPage ? `Another page’s capture is running · ${progressText(progress)}` : progressText(progress);
  };

  const handle = (progress: CaptureAllProgress) => {
    if (!state.alive) return;
    show(progress);
    if (state.lastDone !== undefined && progress.done !== state.lastDone) void refreshScores();
    state.lastDone = progress.done;
    if (isActive(progress.state)) {
      state.pollId ??= ctx.setInterval(() => void poll(), options.pollMs ?? POLL_EVERY_MS);
    } else if (state.pollId !== undefined) {
      stopPolling();
      void refreshScores(); // the last people's scores, and anyone the job finished between two polls
    }
  };

  /** Asks the background; an answer older than one already shown (a slow first read, a late poll) is dropped. */
  const ask = async (request: () => Promise<CaptureAllProgress>): Promise<void> => {
    const turn = ++state.asked;
    const progress = await request();
    if (turn < state.shown) return;
    state.shown = turn;
    handle(progress);
  };

  const poll = async () => {
    if (state.polling || !state.alive) return;
    state.polling = true;
    try {
      await ask(() => deps.captureAllProgress());
    } catch {
      // The background may be restarting; the next tick asks again.
    } finally {
      state.polling = false;
    }
  };

  toolbar.capture.addEventListener('click', () => {
    if (state.starting || (state.current && isActive(state.current.state))) return;
    state.starting = true;
    toolbar.capture.disabled = true;
    toolbar.progress.textContent = 'Starting…';
    ask(() => deps.captureAll({ logins: [...logins], pageUrl }))
      .catch(() => {
        if (state.alive) toolbar.progress.textContent = 'Talent Lens could not start the capture. Try again.';
      })
      .finally(() => {
        state.starting = false;
        if (state.alive) toolbar.capture.disabled = state.current !== undefined && isActive(state.current.state);
      });
  });

  toolbar.cancel.addEventListener('click', () => {
    toolbar.cancel.disabled = true;
    ask(() => deps.cancelCaptureAll())
      .catch(() => {
        if (state.alive) toolbar.progress.textContent = 'Talent Lens could not cancel the capture. Try again.';
      })
      .finally(() => {
        if (state.alive) toolbar.cancel.disabled = false;
      });
  });

  const cleanup = () => {
    if (!state.alive) return;
    state.alive = false;
    stopPolling();
    removeInvalidatedListener();
    for (const host of hosts) host.remove();
    if (unmountCurrent === cleanup) unmountCurrent = undefined;
  };
  const removeInvalidatedListener = ctx.onInvalidated(cleanup);
  unmountCurrent = cleanup;

  void refreshScores();
  // A job may already be running (started on this page before a reload, or on another list).
  ask(() => deps.captureAllProgress()).catch(() => {});
  return cleanup;
}

/** Removes the list UI: the mounted one's polling and every badge or toolbar host left in `root`. */
export function unmountListUi(root: ParentNode = document): void {
  unmountCurrent?.();
  for (const host of Array.from(root.querySelectorAll(HOSTS))) host.remove();
}

/** The toolbar's progress line, e.g. "Captured 12 of 40 · 1 failed"; the background's own sentence when it gives one. */
export function progressText(progress: CaptureAllProgress): string {
  if (progress.message) return cut(progress.message);
  const counts = `${progress.done} of ${progress.total}${progress.failed > 0 ? ` · ${progress.failed} failed` : ''}`;
  switch (progress.state) {
    case 'idle':
      return '';
    case 'running':
      return `Captured ${counts}`;
    case 'waiting-for-budget':
      return `Captured ${counts} · waiting for the GitHub API budget`;
    case 'done':
      return `Done: captured ${counts}`;
    case 'cancelled':
      return `Cancelled: captured ${counts}`;
    case 'failed':
      return `Capture failed: captured ${counts}`;
  }
}

function isActive(state: CaptureAllProgress['state']): boolean {
  return state === 'running' || state === 'waiting-for-budget';
}

function applyScores(badges: Map<string, HTMLButtonElement>, scores: readonly ListedScore[]): void {
  const byLogin = new Map<string, ListedScore>();
  for (const score of Array.isArray(scores) ? scores : []) {
    if (typeof score?.login === 'string') byLogin.set(score.login.toLowerCase(), score);
  }
  for (const [login, badge] of badges) renderMarker(badge, byLogin.get(login) ?? {});
}

interface Toolbar {
  host: HTMLElement;
  capture: HTMLButtonElement;
  cancel: HTMLButtonElement;
  progress: HTMLElement;
}

function createToolbar(doc: Document, count: number, mode: ShadowRootMode): Toolbar {
  const host = doc.createElement('div');
  host.setAttribute(TOOLBAR_HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode });
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Talent Lens');
  const brand = doc.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'Talent Lens';
  const capture = doc.createElement('button');
  capture.type = 'button';
  capture.className = 'primary';
  capture.textContent = `Capture all ${count} on this page`;
  const progress = doc.createElement('span');
  progress.className = 'progress';
  progress.setAttribute('role', 'status');
  progress.setAttribute('aria-live', 'polite');
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  cancel.hidden = true;
  bar.append(brand, capture, progress, cancel);
  root.append(styleElement(doc, TOOLBAR_CSS), bar);
  return { host, capture, cancel, progress };
}

function styleElement(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = css;
  return style;
}

/**
 * The host sits in GitHub's own flow next to a link: inline, centred on the text, never positioned or floated.
 * !important on :host wins over any page rule that matches the host element.
 */
