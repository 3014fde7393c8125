import type { ScoreResult } from '@/lib/schema/score';
import { SafeLink } from '../common/SafeLink';

type RequirementResult = ScoreResult['requirements'][number];

export function ScoreBreakdown({ score }: { score: ScoreResult }) {
  const ordered = [...score.requirements].sort((a, b) => rank(a) - rank(b) || b.maxPoints - a.maxPoints);
  return (
    <section className="breakdown" aria-label="Breakdown by requirement">
      <h2>Why this score</h2>
      <ol className="breakdown__list">
        {ordered.map((requirement) => (
          <RequirementRow key={requirement.requirementId} requirement={requirement} />
        ))}
      </ol>
    </section>
  );
}

const rank = (requirement: RequirementResult) => (requirement.kind === 'must' ? 0 : 1);

function RequirementRow({ requirement }: { requirement: RequirementResult }) {
  const state = requirement.met ? 'met' : requirement.kind === 'must' ? 'missing' : 'none';
  return (
    <li className={`requirement requirement--${state}`} data-testid="requirement">
      <div className="requirement__head">
        <span className={`badge badge--${requirement.kind}`}>{requirement.kind === 'must' ? 'must' : 'plus'}</span>
        <span className="requirement__label">{requirement.label}</span>
        <span className="requirement__points">
          {formatPoints(requirement.points)} / {formatPoints(requirement.maxPoints)}
        </span>
      </div>
      <meter min={0} max={1} value={requirement.strength} aria-label={`${requirement.label} strength`} />
      {requirement.evidence.length > 0 && (
        <ul className="evidence">
          {requirement.evidence.map((item, index) => (
            <li key={`${item.url}-${item.quote}-${index}`} data-testid="evidence">
              <SafeLink href={item.url}>{item.quote}</SafeLink>
              <span className="evidence__where"> · {item.where}</span>
              <span className="evidence__points"> +{formatPoints(item.points)}</span>
            </li>
          ))}
        </ul>
      )}
      {requirement.gap ? (
        <p className="requirement__gap" data-testid="requirement-gap">
          {requirement.gap}
        </p>
      ) : (
        requirement.evidence.length === 0 && <p className="requirement__empty">No evidence found on this profile.</p>
      )}
    </li>
  );
}

const formatPoints = (points: number) => (Math.round(points * 10) / 10).toString();
