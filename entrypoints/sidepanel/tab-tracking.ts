import { useEffect } from 'react';
import type { Browser } from 'wxt/browser';
import { useUiStore } from '@/lib/store/ui-store';

type Tab = Browser.tabs.Tab;

/**
 * Keeps the store's watched tab on the tab the recruiter is looking at in this window.
 * When the panel itself is open as a tab (tests, or a pinned panel), it follows the most
 * recently used web tab instead of itself.
 */
export function useTabTracking(): void {
  useEffect(() => {
    const ownOrigin = browser.runtime.getURL('/');
    const isWebTab = (tab: Tab) => tab.id !== undefined && !tab.url?.startsWith(ownOrigin);
    const watch = (tab: Tab | undefined) =>
      useUiStore.getState().watchTab(tab?.id !== undefined ? { id: tab.id, url: tab.url } : null);
    let windowId: number | undefined;

    async function watchInitialTab() {
      windowId = (await browser.windows.getCurrent()).id;
      const tabs = (await browser.tabs.query({ windowId })).filter(isWebTab);
      const active = tabs.find((tab) => tab.active);
      const recent = [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      watch(active ?? recent);
    }

    const onActivated = async ({ tabId, windowId: inWindow }: { tabId: number; windowId: number }) => {
      if (inWindow !== windowId) return;
      const tab = await browser.tabs.get(tabId);
      if (isWebTab(tab)) watch(tab);
    };
    // Without the "tabs" permission, a move to a non-GitHub site shows no URL: treat any load as a possible move.
    const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: Tab) => {
      const watched = useUiStore.getState().watchedTab;
      if (tabId !== watched?.id || (change.url === undefined && change.status !== 'loading')) return;
      if (tab.url !== watched.url) watch(tab);
    };
    const onRemoved = (tabId: number) => {
      if (tabId === useUiStore.getState().watchedTab?.id) void watchInitialTab();
    };

    void watchInitialTab();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);
}
