import { onMessage } from '@/lib/messaging';
import { applyRetention, clearTabs, ensureSeedPosting, forgetTab } from '@/lib/services';
import { handleListScores, handleOpenPanel, handlePageRead, handlePersonMarker, handleRefreshEnrichment, handleRescore, type Sender } from '@/lib/services/handlers';
import { capturePersonFromApi, coreBudget, enrichCandidate } from '@/lib/services/capture/enrich-github';
import { enrichInBackground } from '@/lib/services/capture/enrichers';
import { syncOptionalSites, type OptionalSitesApi } from '@/lib/services/optional-sites';
import { cancelCaptureAll, runCaptureAll, startCaptureAll, type CaptureAllDeps } from '@/lib/services/capture/run-capture-all';
import { rescoreEveryPosting } from '@/lib/services/rescore';
import { getCaptureAllJob, progressOf } from '@/lib/services';
import { catchUpWithTeam } from '@/lib/team/catch-up';

const CAPTURE_ALL_ALARM = 'capture-all';
/** Daily sweep of the retention rule (a no-op while it is off, the default). */
const RETENTION_ALARM = 'retention';
/** While no panel is open, shared shortlists catch up with the team server this often. */
const TEAM_CATCH_UP_ALARM = 'team-catch-up';
const TEAM_CATCH_UP_MINUTES = 5;
/** Seconds between people in "capture all": well under GitHub's secondary limits. */
const CAPTURE_ALL_SPACING_MS = 1_000;

const captureAllDeps: CaptureAllDeps = {
  capture: (login) => capturePersonFromApi(login),
  remainingBudget: () => coreBudget(),
  wakeAt: (at) => void browser.alarms.create(CAPTURE_ALL_ALARM, { when: Math.max(at.getTime(), Date.now() + 1_000) }),
  pause: () => new Promise((resolve) => setTimeout(resolve, CAPTURE_ALL_SPACING_MS)),
};

/** Firefox's sidebar API, absent from the Chrome-shaped types. */
interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void>; open(): Promise<void> };
  browserAction?: { onClicked: { addListener(callback: () => void): void } };
}

export default defineBackground(() => {
  openPanelFromToolbar();
  browser.runtime.onInstalled.addListener(({ reason }) => void afterInstall(reason).catch(console.warn));
  browser.runtime.onStartup.addListener(() => void clearTabs());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  onMessage('pageRead', ({ data, sender }) => handlePageRead(data, sender, browser.runtime.id, enrichInBackground, (login) => capturePersonFromApi(login)));
  onMessage('refreshEnrichment', ({ data, sender }) =>
    handleRefreshEnrichment(data, sender, browser.runtime.getURL('/'), (key) => enrichCandidate(key, { force: true })),
  );
  onMessage('rescore', ({ data, sender }) => handleRescore(data, sender, browser.runtime.getURL('/')));
  onMessage('listScores', ({ data, sender }) => handleListScores(data, sender, browser.runtime.id));
  onMessage('personMarker', ({ data, sender }) => handlePersonMarker(data, sender, browser.runtime.id));
  onMessage('openPanel', ({ data, sender }) => {
    // First, while the marker's click still counts as the recruiter's gesture; then whom to show.
    if (isOurs(sender)) openPanelBeside(sender.tab);
    return handleOpenPanel(data, sender, browser.runtime.id);
  });
  onMessage('captureAll', ({ data, sender }) => (isOurs(sender) ? startCaptureAll(data, captureAllDeps) : progressOf(undefined)));
  onMessage('captureAllProgress', async ({ sender }) => progressOf(isOurs(sender) ? await getCaptureAllJob() : undefined));
  onMessage('cancelCaptureAll', ({ sender }) => (isOurs(sender) ? cancelCaptureAll() : progressOf(undefined)));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CAPTURE_ALL_ALARM) void runCaptureAll(captureAllDeps);
    if (alarm.name === RETENTION_ALARM) sweepRetention();
    if (alarm.name === TEAM_CATCH_UP_ALARM) void catchUpWithTeam().catch((error: unknown) => console.warn('team catch-up failed', error));
  });
  browser.runtime.onInstalled.addListener(scheduleAlarms);
  browser.runtime.onStartup.addListener(scheduleAlarms);
  const syncSites = () => void syncOptionalSites(browser as unknown as OptionalSitesApi).catch(console.warn);
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  browser.runtime.onInstalled.addListener(syncSites);
  // A service worker stopped mid-job picks it up again.
  void runCaptureAll(captureAllDeps);
});

/** An update may bring a new scorer: the schema upgrade marked old scores stale, and this re-scores them. */
async function afterInstall(reason: string): Promise<void> {
  await ensureSeedPosting();
  if (reason === 'update') await rescoreEveryPosting();
}

function scheduleAlarms(): void {
  void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  void browser.alarms.create(TEAM_CATCH_UP_ALARM, { delayInMinutes: 1, periodInMinutes: TEAM_CATCH_UP_MINUTES });
}

function sweepRetention(): void {
  applyRetention().catch((error: unknown) => console.warn('retention sweep failed', error instanceof Error ? error.message : error));
}

function isOurs(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
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

/** Opens the panel beside the page a marker was clicked on (Chrome's side panel, Firefox's sidebar). */
function openPanelBeside(tab: Sender['tab'] & { windowId?: number }): void {
  const failed = (error: unknown) => console.warn('The panel could not be opened from the page', error instanceof Error ? error.message : error);
  if (browser.sidePanel && tab?.id !== undefined) {
    browser.sidePanel.open({ tabId: tab.id }).catch(failed);
    return;
  }
  const firefox = browser as unknown as FirefoxSidebar;
  firefox.sidebarAction?.open().catch(failed);
}
