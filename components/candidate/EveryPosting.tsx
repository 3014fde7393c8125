import { useLiveQuery } from 'dexie-react-hooks';
import { scoresForEveryPosting, setActivePosting } from '@/lib/services';
import { ScoreWithBand } from '../common/ScoreBand';
import { useAction } from '../hooks/use-action';

/** The person against every posting side by side, best first; choosing one makes it the active posting. */
export function EveryPosting({ candidateKey, activePostingId }: { candidateKey: string; activePostingId: string }) {
  const rows = useLiveQuery(() => scoresForEveryPosting(candidateKey), [candidateKey]);
  const { error, run } = useAction();
  if (!rows || rows.length < 2) return null;
  return (
    <section className="every-posting" aria-label="Every posting">
      <h2>Every posting</h2>
      <ol className="every-posting__list">
        {rows.map(({ posting, total, stale }) => (
          <li key={posting.id} data-testid="every-posting-row" aria-current={posting.id === activePostingId ? 'true' : undefined}>
            <ScoreWithBand total={total} note={stale ? 'The posting changed since: re-scoring' : undefined} />{' '}
            {posting.id === activePostingId ? (
              <strong>{posting.title}</strong>
            ) : (
              <button type="button" className="link-button" onClick={() => void run(() => setActivePosting(posting.id))}>
                {posting.title}
              </button>
            )}
            {stale && <span className="every-posting__stale"> (updating)</span>}
          </li>
        ))}
      </ol>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
