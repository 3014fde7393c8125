import { db } from '../../db/db';
import type { TabState } from '../../schema/candidate';

export async function recordTabState(state: Omit<TabState, 'updatedAt'>, now = new Date()): Promise<void> {
  await db.tabs.put({ ...state, updatedAt: now.toISOString() });
}

export async function forgetTab(tabId: number): Promise<void> {
  await db.tabs.delete(tabId);
}

/** Tab ids do not survive a browser restart. */
export async function clearTabs(): Promise<void> {
  await db.tabs.clear();
}

export function getTabState(tabId: number): Promise<TabState | undefined> {
  return db.tabs.get(tabId);
}
