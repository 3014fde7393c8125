import type { ScoreResult } from '@/lib/schema/score';
import { bandOf } from '@/lib/scoring/bands';
import { BandLabel, BandLegend } from '../common/ScoreBand';

export function ScoreSummary({ score }: { score: ScoreResult }) {
  const band = bandOf(score.total);
  const raise = score.raiseConfidence ?? [];
  return (
    <section className="score-summary" aria-label="Score">
      <div className="score-summary__total" data-testid="score-total">
        <span className="score-summary__number">{score.total}</span>
        <span className="score-summary__of">/ 100</span>
      </div>
      <div className="score-summary__side">
        <p className="score-summary__band" data-testid="score-band">
          <BandLabel band={band} /> <span className="score-summary__meaning">{band.meaning}</span>
        </p>
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
        {raise.length > 0 && (
          <p className="score-summary__raise" data-testid="raise-confidence">
            What would raise it: {raise.join(' ')}
          </p>
        )}
      </div>
      {score.mustHavesMissing.length > 0 && (
        <p className="must-missing" role="alert" data-testid="must-missing">
          <strong>Missing must-haves:</strong> {score.mustHavesMissing.join(', ')}
          {score.capped && ' (score capped)'}
        </p>
      )}
      <BandLegend />
    </section>
  );
}
