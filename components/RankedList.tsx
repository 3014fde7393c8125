import { profileHandle } from '@/lib/people/summary';
import { useLiveQuery } from 'dexie-react-hooks';
import { countCandidates, listRanked } from '@/lib/db/repo';
import { useUiStore } from '@/lib/store/ui-store';
import { useActivePosting } from './use-active-posting';
import { RescoreProgress } from './RescoreProgress';
import { CaptureAllStatus } from './CaptureAllStatus';

export function RankedList() {
  const posting = useActivePosting();
  const ranked = useLiveQuery(() => (posting ? listRanked(posting.id) : undefined), [posting?.id]);
  const total = useLiveQuery(() => countCandidates(), []);
  const openCandidate = useUiStore((state) => state.openCandidate);

  if (!ranked || !posting) return null;
  return (
    <section className="ranked" aria-label="Ranked candidates">
      <h2>
        Ranked for {posting.title} <span className="ranked__count">({ranked.length} of {total ?? ranked.length})</span>
      </h2>
      <RescoreProgress />
      <CaptureAllStatus />
      {ranked.length === 0 && <p className="ranked__empty">Nobody scored yet. Open GitHub profiles and they appear here, best match first.</p>}
      <ol className="ranked__list">
        {ranked.map(({ candidate, score }, index) => {
          const missing = score.result.mustHavesMissing;
          return (
            <li key={candidate.key} data-testid="ranked-row">
              <button className="ranked__row" onClick={() => openCandidate(candidate.key)}>
                <span className="ranked__rank">{index + 1}</span>
                <span className="ranked__who">
                  <span className="ranked__name">{candidate.name ?? candidate.login}</span>
                  <span className="ranked__login">{profileHandle(candidate.profile)}{candidate.linked.length > 0 ? ` +${candidate.linked.length}` : ''}</span>
                </span>
                {missing.length > 0 && (
                  <span className="ranked__missing" title={missing.join(', ')}>
                    {missing.length} must-have{missing.length > 1 ? 's' : ''} missing
                  </span>
                )}
                <span className="ranked__score">{score.total}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
