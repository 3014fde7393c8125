import { onMessage } from '@/lib/messaging';
import { clearTabs, ensureSeedPosting, forgetTab } from '@/lib/db/repo';
import { handlePageRead, handleRefreshEnrichment, handleRescore } from './router';
import { enrichCandidate } from './enrich';

/** Firefox's sidebar API, absent from the Chrome-shaped types. */
interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
  browserAction?: { onClicked: { addListener(callback: () => void): void } };
}

export default defineBackground(() => {
  openPanelFromToolbar();
  browser.runtime.onInstalled.addListener(() => void ensureSeedPosting());
  browser.runtime.onStartup.addListener(() => void clearTabs());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  onMessage('pageRead', ({ data, sender }) => handlePageRead(data, sender, browser.runtime.id, enrichInBackground));
  onMessage('refreshEnrichment', ({ data, sender }) =>
    handleRefreshEnrichment(data, sender, browser.runtime.getURL('/'), (key) => enrichCandidate(key, { force: true })),
  );
  onMessage('rescore', ({ data, sender }) => handleRescore(data, sender, browser.runtime.getURL('/')));
});

function enrichInBackground(key: string): void {
  enrichCandidate(key).catch((error: unknown) => console.warn('GitHub enrichment failed', error instanceof Error ? error.message : error));
}

/** Chrome opens the side panel on the toolbar button; Firefox gets the same panel as a sidebar. */
function openPanelFromToolbar(): void {
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);
    return;
  }
  const firefox = browser as unknown as FirefoxSidebar;
  const toggle = firefox.sidebarAction?.toggle;
  if (toggle) firefox.browserAction?.onClicked.addListener(() => void toggle());
}
