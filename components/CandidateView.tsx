import { useLiveQuery } from 'dexie-react-hooks';
import { getCandidate } from '@/lib/db/repo';
import { ScoreSummary } from './ScoreSummary';
import { ScoreBreakdown } from './ScoreBreakdown';
import { NotesPanel } from './NotesPanel';
import { PageStatus } from './PageStatus';
import { SafeLink } from './SafeLink';

export function CandidateView({ candidateKey }: { candidateKey: string }) {
  const candidate = useLiveQuery(() => getCandidate(candidateKey), [candidateKey]);
  if (candidate === undefined) return <PageStatus tone="waiting" title="Loading…" />;

  const { profile } = candidate;
  return (
    <article className="candidate" data-testid="candidate">
      <header className="candidate__header">
        <h1 data-testid="candidate-name">{candidate.name ?? candidate.login}</h1>
        <SafeLink href={candidate.profileUrl} className="candidate__login">
          @{candidate.login}
        </SafeLink>
        {profile.bio && <p className="candidate__bio">{profile.bio}</p>}
        <p className="candidate__meta">
          Read {new Date(candidate.updatedAt).toLocaleString()}
          {profile.contributions && ` · ${profile.contributions.lastYear.toLocaleString()} contributions in the last year`}
        </p>
      </header>
      <ScoreSummary score={candidate.score} />
      <ScoreBreakdown score={candidate.score} />
      <NotesPanel candidateKey={candidate.key} />
    </article>
  );
}
