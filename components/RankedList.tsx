import { useLiveQuery } from 'dexie-react-hooks';
import { countCandidates, listRanked } from '@/lib/db/repo';
import { useUiStore } from '@/lib/store/ui-store';

export function RankedList() {
  const candidates = useLiveQuery(() => listRanked(), []);
  const total = useLiveQuery(() => countCandidates(), []);
  const openCandidate = useUiStore((state) => state.openCandidate);

  if (!candidates) return null;
  if (candidates.length === 0) {
    return <p className="ranked__empty">Nobody captured yet. Open GitHub profiles and they appear here, best match first.</p>;
  }
  return (
    <section className="ranked" aria-label="Ranked candidates">
      <h2>
        Everyone captured <span className="ranked__count">({total ?? candidates.length})</span>
      </h2>
      <ol className="ranked__list">
        {candidates.map((candidate, index) => (
          <li key={candidate.key} data-testid="ranked-row">
            <button className="ranked__row" onClick={() => openCandidate(candidate.key)}>
              <span className="ranked__rank">{index + 1}</span>
              <span className="ranked__who">
                <span className="ranked__name">{candidate.name ?? candidate.login}</span>
                <span className="ranked__login">@{candidate.login}</span>
              </span>
              {candidate.score.mustHavesMissing.length > 0 && (
                <span className="ranked__missing" title={candidate.score.mustHavesMissing.join(', ')}>
                  {candidate.score.mustHavesMissing.length} must-have{candidate.score.mustHavesMissing.length > 1 ? 's' : ''} missing
                </span>
              )}
              <span className="ranked__score">{candidate.scoreTotal}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
