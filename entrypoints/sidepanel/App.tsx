import { useTabTracking } from './tab-tracking';
import { useUiStore } from '@/lib/store/ui-store';
import { CurrentTabView } from '@/components/candidate/CurrentTabView';
import { CandidateView } from '@/components/candidate/CandidateView';
import { MatchesView } from '@/components/matches/MatchesView';
import { PostingsView } from '@/components/postings/PostingsView';
import { ReviewView } from '@/components/review/ReviewView';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { usePanelCommands } from '@/components/hooks/use-panel-commands';
import { usePanelRequest } from '@/components/hooks/use-panel-request';
import { useTeamSync } from '@/components/hooks/use-team-sync';

export function App() {
  useTabTracking();
  usePanelCommands();
  usePanelRequest();
  useTeamSync();
  const view = useUiStore((state) => state.view);
  const openedKey = useUiStore((state) => state.openedCandidateKey);
  const showView = useUiStore((state) => state.showView);
  const followCurrentTab = useUiStore((state) => state.followCurrentTab);

  return (
    <div className="app">
      <nav className="tabs" aria-label="Views">
        <button aria-pressed={view === 'profile'} onClick={() => (openedKey ? followCurrentTab() : showView('profile'))}>
          This page
        </button>
        <button aria-pressed={view === 'matches'} onClick={() => showView('matches')}>
          Matches
        </button>
        <button aria-pressed={view === 'postings'} onClick={() => showView('postings')}>
          Postings
        </button>
        <button aria-pressed={view === 'review'} onClick={() => showView('review')}>
          Review
        </button>
      </nav>
      <main>
        <ErrorBoundary resetKey={`${view}:${openedKey ?? ''}`}>
        {view === 'matches' ? (
          <MatchesView />
        ) : view === 'postings' ? (
          <PostingsView />
        ) : view === 'review' ? (
          <ReviewView />
        ) : openedKey ? (
          <>
            <p className="back-links">
              <button className="link-button" onClick={followCurrentTab}>
                ← Back to the current tab
              </button>
              <button className="link-button" onClick={() => showView('matches')}>
                ← Back to matches
              </button>
            </p>
            <CandidateView candidateKey={openedKey} />
          </>
        ) : (
          <CurrentTabView />
        )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
