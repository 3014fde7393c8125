import type { ScoreResult } from '@/lib/schema/score';

export function ScoreSummary({ score }: { score: ScoreResult }) {
  return (
    <section className="score-summary" aria-label="Score">
      <div className="score-summary__total" data-testid="score-total">
        <span className="score-summary__number">{score.total}</span>
        <span className="score-summary__of">/ 100</span>
      </div>
      <div className="score-summary__side">
        <p className={`confidence confidence--${score.confidence}`} title={score.confidenceReasons.join('\n')}>
          {score.confidence} confidence
        </p>
        {score.confidenceReasons.length > 0 && (
          <ul className="score-summary__reasons">
            {score.confidenceReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </div>
      {score.mustHavesMissing.length > 0 && (
        <p className="must-missing" role="alert" data-testid="must-missing">
          <strong>Missing must-haves:</strong> {score.mustHavesMissing.join(', ')}
          {score.capped && ' (score capped)'}
        </p>
      )}
    </section>
  );
}
