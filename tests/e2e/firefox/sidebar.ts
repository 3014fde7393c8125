import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage } from './launch';

/**
 * The Firefox sidebar page (sidebar_action.default_panel), opened as a tab: BiDi cannot open the
 * real sidebar (it needs a user gesture). Like the Chromium side panel opened as a tab, it follows
 * the most recently used web tab of its window.
 *
 * Reads go through page.evaluate and return null while the page is still loading: Firefox sends no
 * load event for moz-extension:// pages over BiDi, so tests poll.
 */
export class Sidebar {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, path: string): Promise<Sidebar> {
    return new Sidebar(await openExtensionPage(browser, path));
  }

  /** textContent of the first element matching the selector, or null if there is none (yet). */
  async text(selector: string): Promise<string | null> {
    return this.page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector).catch(() => null);
  }

  /** textContent of every element matching the selector. */
  async texts(selector: string): Promise<string[]> {
    return this.page
      .evaluate((s) => [...document.querySelectorAll(s)].map((element) => element.textContent ?? ''), selector)
      .catch(() => []);
  }

  /** The page's address as the page itself sees it (page.url() stays about:blank without a load event). */
  async location(): Promise<string | null> {
    return this.page.evaluate(() => location.href).catch(() => null);
  }

  name(): Promise<string | null> { return this.text('[data-testid="candidate-name"]'); }
  band(): Promise<string | null> { return this.text('[data-testid="score-band"]'); }
  status(): Promise<string | null> { return this.text('[data-testid="page-status"] h2'); }
  notes(): Promise<string[]> { return this.texts('[data-testid="note"] .note__text'); }
  requirements(): Promise<string[]> { return this.texts('[data-testid="requirement"]'); }

  async score(): Promise<number | null> {
    const text = await this.text('[data-testid="score-total"] .score-summary__number');
    return text === null || text.trim() === '' ? null : Number(text);
  }

  /** The addresses the evidence links point at. */
  async evidenceLinks(): Promise<string[]> {
    return this.page
      .evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="evidence"] a')].map((a) => a.href))
      .catch(() => []);
  }

  /** Types a note the way a recruiter does and presses "Add note". */
  async addNote(text: string): Promise<void> {
    await this.page.locator('textarea[aria-label="New note"]').fill(text);
    await this.page.locator('button::-p-text(Add note)').click();
  }
}
