import { useLiveQuery } from 'dexie-react-hooks';
import { useUiStore } from '@/lib/store/ui-store';
import { getTabState } from '@/lib/services';
import { CandidateView } from './CandidateView';
import { PageStatus } from '../common/PageStatus';

const withoutHash = (url: string | undefined) => url?.split('#')[0];

export function CurrentTabView() {
  const tab = useUiStore((state) => state.watchedTab);
  const tabState = useLiveQuery(() => (tab ? getTabState(tab.id) : undefined), [tab?.id]);

  if (!tab) {
    return <PageStatus tone="info" title="No page to read">Open a developer's GitHub profile in this window.</PageStatus>;
  }
  const stateIsForThisPage = tabState && withoutHash(tabState.url) === withoutHash(tab.url);
  if (!stateIsForThisPage) {
    return tab.url?.startsWith('https://github.com/') ? (
      <PageStatus tone="waiting" title="Reading this page…">
        If this stays, reload the GitHub tab: pages opened before the extension was installed are not read.
      </PageStatus>
    ) : (
      <PageStatus tone="info" title="Not a profile page">
        Talent Lens reads GitHub user profiles (github.com/username).
      </PageStatus>
    );
  }
  if (tabState.status === 'not-profile') {
    return <PageStatus tone="info" title="Not a profile page">{tabState.reason}</PageStatus>;
  }
  if (tabState.status === 'not-saved') {
    return (
      <PageStatus tone="problem" title="Could not save this profile">
        {tabState.reason}
      </PageStatus>
    );
  }
  if (tabState.status === 'unreadable' || !tabState.candidateKey) {
    return (
      <PageStatus tone="problem" title="Could not read this page">
        {tabState.reason ?? 'The page did not look like a profile.'} Nothing was scored.
      </PageStatus>
    );
  }
  return (
    <>
      {tabState.reason && (
        <p className="notice" role="status" data-testid="read-from-api">
          {tabState.reason}
        </p>
      )}
      <CandidateView candidateKey={tabState.candidateKey} />
    </>
  );
}
