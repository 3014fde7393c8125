import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getPanelRequest } from '@/lib/services';
import { useUiStore } from '@/lib/store/ui-store';

/** A click that opened the panel is this recent at most when the panel first reads it. */
const OPENED_BY_CLICK_MS = 15_000;

/** A marker clicked on a page opens that person here: at once if the panel is open, or as it opens. */
export function usePanelRequest(): void {
  const request = useLiveQuery(() => getPanelRequest(), []);
  const handledAt = useRef<string | null>(null);
  useEffect(() => {
    if (!request) return;
    const first = handledAt.current === null;
    if (!first && request.at <= handledAt.current!) return;
    handledAt.current = request.at;
    if (first && Date.now() - Date.parse(request.at) > OPENED_BY_CLICK_MS) return;
    useUiStore.getState().openCandidate(request.candidateKey);
  }, [request]);
}
