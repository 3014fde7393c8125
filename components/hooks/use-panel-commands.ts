import { useEffect } from 'react';
import { type PanelCommand, isPanelCommand, neighbour } from '@/lib/commands';
import { getActivePostingId, getTabState, loadTopMatchRows } from '@/lib/services';
import { useUiStore } from '@/lib/store/ui-store';
import { addToActiveShortlist } from '../matches/ShortlistsPanel';

/** Everyone of the active posting best first, for next/previous before the matches list was ever shown. */
const FALLBACK_ORDER = 1_000;

/** The person the panel is about: the one opened from the matches list, else the one on the current tab. */
async function personInView(): Promise<string | undefined> {
  const { openedCandidateKey, watchedTab } = useUiStore.getState();
  if (openedCandidateKey) return openedCandidateKey;
  return watchedTab ? (await getTabState(watchedTab.id))?.candidateKey : undefined;
}

export async function runPanelCommand(command: PanelCommand): Promise<void> {
  const postingId = await getActivePostingId();
  const current = await personInView();
  if (command === 'shortlist-person') {
    if (current) await addToActiveShortlist(postingId, [current]);
    return;
  }
  let order = useUiStore.getState().matchOrder;
  if (order.length === 0) order = (await loadTopMatchRows(postingId, FALLBACK_ORDER)).map((row) => row.candidateKey);
  const next = neighbour(order, current, command === 'next-candidate' ? 1 : -1);
  if (next) useUiStore.getState().openCandidate(next);
}

/** The keyboard commands the panel answers while it is open (the browser opens it with its own command). */
export function usePanelCommands(): void {
  useEffect(() => {
    const onCommand = (name: string) => {
      if (isPanelCommand(name)) void runPanelCommand(name).catch(console.warn);
    };
    browser.commands.onCommand.addListener(onCommand);
    return () => browser.commands.onCommand.removeListener(onCommand);
  }, []);
}
