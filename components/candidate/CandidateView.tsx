import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { shownName } from '@/lib/people/blind';
import { useBlindReview } from '../hooks/use-blind-review';
import { getCandidate, getScore } from '@/lib/services';
import { useActivePosting } from '../hooks/use-active-posting';
import { ScoreSummary } from './ScoreSummary';
import { ScoreBreakdown } from './ScoreBreakdown';
import { NotesPanel } from '../notes/NotesPanel';
import { PageStatus } from '../common/PageStatus';
import { SafeLink } from '../common/SafeLink';
import { EnrichmentStatus } from './EnrichmentStatus';
import { LinkedProfiles } from './LinkedProfiles';
import { ContactDetails } from './ContactDetails';
import { EveryPosting } from './EveryPosting';
import { CandidateWorkflow } from './CandidateWorkflow';
import { FeedbackList } from '../review/FeedbackList';
import { ForgetPerson } from './ForgetPerson';
import { profileHandle, profileSummary } from '@/lib/people/summary';
import { profileKey } from '@/lib/people/links';

export function CandidateView({ candidateKey }: { candidateKey: string }) {
  const candidate = useLiveQuery(async () => (await getCandidate(candidateKey)) ?? null, [candidateKey]);
  const posting = useActivePosting();
  const score = useLiveQuery(() => (posting ? getScore(candidateKey, posting.id) : undefined), [candidateKey, posting?.id]);
  const blindReview = useBlindReview();
  const [revealed, setRevealed] = useState<string | null>(null);
  if (candidate === undefined || posting === undefined) return <PageStatus tone="waiting" title="Loading…" />;
  if (candidate === null) return <PageStatus tone="info" title="Nobody is kept under this profile">They were erased (Forget this person), or never captured. Open their profile page to read it again.</PageStatus>;

  const { headline, facts } = profileSummary(candidate.profile);
  const current = posting.requirements.length > 0 && score && score.postingUpdatedAt === posting.updatedAt ? score : undefined;
  const blind = blindReview && revealed !== candidateKey;
  const githubProfile = [candidate.profile, ...candidate.linked.map((linked) => linked.profile)].find((profile) => profile.site === 'github');
  return (
    <article className="candidate" data-testid="candidate">
      <header className="candidate__header">
        <h1 data-testid="candidate-name">{shownName(candidate, blind)}</h1>
        {blind ? (
          <p className="candidate__blind" data-testid="blind-note">
            Blind review: name, handle and profile links hidden.{' '}
            <button type="button" className="link-button" onClick={() => setRevealed(candidateKey)}>
              Show who this is
            </button>
          </p>
        ) : (
          <SafeLink href={candidate.profileUrl} className="candidate__login">
            {profileHandle(candidate.profile)}
          </SafeLink>
        )}
        {headline && <p className="candidate__bio">{headline}</p>}
        <p className="candidate__meta">
          Read {new Date(candidate.updatedAt).toLocaleString()}
          {facts.map((fact) => ` · ${fact}`).join('')}
        </p>
      </header>
      <p className="candidate__posting">
        For <strong>{posting.title}</strong>
      </p>
      {posting.requirements.length === 0 ? (
        <PageStatus tone="info" title="This posting has no requirements yet">
          Add requirements in Postings to score people against it.
        </PageStatus>
      ) : current ? (
        <ScoreSummary score={current.result} />
      ) : (
        <PageStatus tone="waiting" title="Scoring against this posting…" />
      )}
      <EveryPosting candidateKey={candidate.key} activePostingId={posting.id} />
      <CandidateWorkflow candidateKey={candidate.key} posting={posting} />
      {current && <ScoreBreakdown score={current.result} />}
      {githubProfile && <EnrichmentStatus candidateKey={profileKey(githubProfile)} />}
      {!blind && <LinkedProfiles candidate={candidate} />}
      {!blind && <ContactDetails candidate={candidate} />}
      <FeedbackList candidateKey={candidate.key} posting={posting} />
      <NotesPanel candidateKey={candidate.key} />
      <ForgetPerson candidateKey={candidate.key} name={shownName(candidate, blind)} />
    </article>
  );
}
