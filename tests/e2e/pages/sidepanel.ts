import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The side panel, opened as a tab: Playwright cannot open Chrome's real side panel (it needs a user gesture). */
export class SidePanel {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<SidePanel> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanel(page);
  }

  get name(): Locator { return this.page.getByTestId('candidate-name'); }
  get scoreTotal(): Locator { return this.page.getByTestId('score-total'); }
  get status(): Locator { return this.page.getByTestId('page-status'); }
  get requirements(): Locator { return this.page.getByTestId('requirement'); }
  get evidence(): Locator { return this.page.getByTestId('evidence'); }
  get notes(): Locator { return this.page.getByTestId('note'); }
  get matchRows(): Locator { return this.page.getByTestId('ranked-row'); }

  async addNote(text: string): Promise<void> {
    await this.page.getByLabel('New note').fill(text);
    await this.page.getByRole('button', { name: 'Add note' }).click();
  }

  /** The Matches tab (it was "Ranked"). */
  async showMatches(): Promise<void> {
    await this.page.getByRole('button', { name: 'Matches', exact: true }).click();
  }

  async score(): Promise<number> {
    const text = (await this.scoreTotal.locator('.score-summary__number').textContent()) ?? '';
    return Number(text);
  }
}
