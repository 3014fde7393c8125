import { useLiveQuery } from 'dexie-react-hooks';
import { listConflicts, listFeedback, resolveConflict } from '@/lib/services';
import type { Posting } from '@/lib/schema/posting';
import { formatTime } from '../common/format';

export const VERDICT_LABELS = { advance: 'Advance', hold: 'Hold', reject: 'Reject' } as const;

/** What reviewers said about this candidate: verdict, a rating per requirement, a comment. */
export function FeedbackList({ candidateKey, posting }: { candidateKey: string; posting: Posting }) {
  const items = useLiveQuery(() => listFeedback(candidateKey), [candidateKey]);
  const conflicts = useLiveQuery(async () => (await listConflicts(candidateKey)).filter((conflict) => conflict.kind === 'feedback'), [candidateKey]);
  if (!items || items.length === 0) return null;
  const labelOf = (id: string) => posting.requirements.find((requirement) => requirement.id === id)?.label ?? id;
  return (
    <section className="feedback" aria-label="Reviewers' feedback">
      <h2>Reviewers' feedback</h2>
      {conflicts?.map((conflict) => (
        <div key={conflict.id} className="conflicts" role="alert" data-testid="feedback-conflict">
          <p>
            Two versions of <bdi>{conflict.theirs.author || 'a reviewer'}</bdi>'s feedback: the one shown below, and one from <bdi>{conflict.from || 'a file'}</bdi> (
            {conflict.kind === 'feedback' && conflict.theirs.verdict ? VERDICT_LABELS[conflict.theirs.verdict] : 'no verdict'}
            {conflict.kind === 'feedback' && conflict.theirs.comment ? `: “${conflict.theirs.comment}”` : ''}).
          </p>
          <button onClick={() => void resolveConflict(conflict.id, 'mine')}>Keep the one shown</button>{' '}
          <button onClick={() => void resolveConflict(conflict.id, 'theirs')}>Use the other</button>
        </div>
      ))}
      <ul className="feedback__list">
        {items.map((item) => (
          <li key={item.id} className="feedback__item" data-testid="feedback-item">
            <p className="feedback__head">
              <bdi className="feedback__author">{item.author || 'Unnamed reviewer'}</bdi>
              {item.verdict && <span className={`verdict verdict--${item.verdict}`}>{VERDICT_LABELS[item.verdict]}</span>}
              <span className="feedback__time">{formatTime(item.updatedAt)}</span>
            </p>
            {item.ratings.length > 0 && (
              <ul className="feedback__ratings">
                {item.ratings.map((rating) => (
                  <li key={rating.requirementId}>
                    {labelOf(rating.requirementId)}: {rating.rating}/5
                  </li>
                ))}
              </ul>
            )}
            {item.comment && (
              <p className="feedback__comment" dir="auto">
                {item.comment}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
