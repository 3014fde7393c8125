import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { exportFeedbackFile, getAuthorName, getCandidate, getMyFeedback, getPosting, getScore, reviewableShortlists, saveMyFeedback, setAuthorName, type FeedbackEdit } from '@/lib/services';
import { fileNameFor } from '@/lib/files';
import { AUTHOR_MAX_LENGTH } from '@/lib/schema/candidate';
import { FEEDBACK_COMMENT_MAX, RATING_MAX, RATING_MIN, VERDICTS, type Verdict } from '@/lib/schema/feedback';
import type { Shortlist } from '@/lib/schema/pipeline';
import { TeamStatusLine } from '../team/TeamShortlist';
import type { Posting } from '@/lib/schema/posting';
import { profileHandle } from '@/lib/people/summary';
import { useUiStore } from '@/lib/store/ui-store';
import { downloadText } from '../common/download';
import { PageStatus } from '../common/PageStatus';
import { SafeLink } from '../common/SafeLink';
import { useBlindReview } from '../hooks/use-blind-review';
import { shownName } from '@/lib/people/blind';
import { ScoreSummary } from '../candidate/ScoreSummary';
import { ScoreBreakdown } from '../candidate/ScoreBreakdown';
import { NotesPanel } from '../notes/NotesPanel';
import { ImportShared } from './ImportShared';
import { VERDICT_LABELS } from './FeedbackList';

/** The hiring manager's view: a shared shortlist, each candidate's evidence and shared notes, and their feedback. */
export function ReviewView() {
  const lists = useLiveQuery(reviewableShortlists, []);
  const chosenId = useUiStore((state) => state.reviewShortlistId);
  const choose = useUiStore((state) => state.reviewShortlist);
  const list = lists?.find((item) => item.id === chosenId) ?? lists?.[0];
  const posting = useLiveQuery(() => (list ? getPosting(list.postingId) : undefined), [list?.postingId]);

  return (
    <section className="review" aria-label="Review">
      <div className="review__head">
        <h2>Review a shortlist</h2>
        <ImportShared />
      </div>
      <AuthorName />
      {lists === undefined ? null : !list ? (
        <PageStatus tone="info" title="Nothing to review yet">
          Open the shortlist file a recruiter sent you (Open shared file). Your verdicts and comments stay in this browser until you send them back with Send feedback.
        </PageStatus>
      ) : (
        <>
          <label className="review__choose">
            Shortlist{' '}
            <select aria-label="Shortlist to review" value={list.id} onChange={(event) => choose(event.target.value)}>
              {lists.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                  {item.sharedBy ? ` (from ${item.sharedBy})` : ''}
                </option>
              ))}
            </select>
          </label>
          {list.sharedBy && (
            <p className="review__from">
              Shared by <bdi>{list.sharedBy}</bdi>
              {list.receivedAt && `, opened ${new Date(list.receivedAt).toLocaleString()}`}
            </p>
          )}
          <TeamStatusLine shortlistId={list.id} />
          {posting ? <ReviewList list={list} posting={posting} /> : <PageStatus tone="problem" title="The posting of this shortlist is missing" />}
        </>
      )}
    </section>
  );
}

/** Feedback carries the reviewer's name: asked here, where a hiring manager starts, as well as in Options. */
function AuthorName() {
  const stored = useLiveQuery(getAuthorName, []);
  const [draft, setDraft] = useState<string | null>(null);
  if (stored === undefined) return null;
  if (stored && draft === null)
    return (
      <p className="review__me">
        Your feedback is signed <bdi>{stored}</bdi>.{' '}
        <button className="link-button" onClick={() => setDraft(stored)}>
          Change
        </button>
      </p>
    );
  return (
    <form
      className="review__me"
      onSubmit={(event) => {
        event.preventDefault();
        void setAuthorName(draft ?? '').then(() => setDraft(null));
      }}
    >
      <label>
        Your name on notes and feedback{' '}
        <input aria-label="Your name" value={draft ?? ''} maxLength={AUTHOR_MAX_LENGTH} onChange={(event) => setDraft(event.target.value)} placeholder="e.g. Sam Lee, engineering manager" />
      </label>{' '}
      <button type="submit" disabled={!draft?.trim()}>
        Save name
      </button>
    </form>
  );
}

function ReviewList({ list, posting }: { list: Shortlist; posting: Posting }) {
  const blind = useBlindReview();
  const [status, setStatus] = useState<{ tone: 'good' | 'bad'; text: string }>();
  const send = async () => {
    try {
      const now = new Date();
      const result = await exportFeedbackFile(list.id, now);
      const fileName = fileNameFor('json', `feedback ${list.name}`, now.toISOString());
      downloadText(fileName, result.text);
      setStatus({
        tone: 'good',
        text: `Saved ${fileName}: ${result.verdicts} verdicts, ${result.ratings} ratings, ${result.comments} comments, ${result.sharedNotes} shared notes. Send it back to ${list.sharedBy ?? 'the recruiter'}.`,
      });
    } catch (cause) {
      setStatus({ tone: 'bad', text: messageOf(cause) });
    }
  };
  return (
    <>
      <p className="review__posting">
        For <strong>{posting.title}</strong> · {list.candidateKeys.length} candidates
      </p>
      <ol className="review__list">
        {list.candidateKeys.map((key) => (
          <ReviewCard key={key} candidateKey={key} list={list} posting={posting} blind={blind} />
        ))}
      </ol>
      <div className="review__send">
        <button onClick={() => void send()}>Send feedback</button>
        {status && (
          <p role="status" className={`review__status review__status--${status.tone}`} data-testid="feedback-status">
            {status.text}
          </p>
        )}
      </div>
    </>
  );
}

function ReviewCard({ candidateKey, list, posting, blind }: { candidateKey: string; list: Shortlist; posting: Posting; blind: boolean }) {
  const candidate = useLiveQuery(async () => (await getCandidate(candidateKey)) ?? null, [candidateKey]);
  const score = useLiveQuery(() => getScore(candidateKey, posting.id), [candidateKey, posting.id]);
  const mine = useLiveQuery(() => getMyFeedback(list.id, candidateKey), [list.id, candidateKey]);
  const [comment, setComment] = useState<string | null>(null);
  /** Shown at once, before the saved feedback comes back through the live query. */
  const [verdictShown, setVerdictShown] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (candidate === undefined) return <li className="review-card">Loading…</li>;
  if (candidate === null) return <li className="review-card">Not in this browser: {candidateKey}</li>;

  const save = (edit: FeedbackEdit) =>
    void saveMyFeedback(list.id, posting.id, candidateKey, edit).then(
      () => setError(null),
      (cause: unknown) => setError(messageOf(cause)),
    );
  const ratingOf = (id: string) => mine?.ratings.find((rating) => rating.requirementId === id)?.rating;
  const name = shownName(candidate, blind);

  return (
    <li className="review-card" data-testid="review-card" aria-label={`Review of ${name}`}>
      <header className="review-card__head">
        <h3 dir="auto">{name}</h3>
        {blind ? <span className="review-card__blind">Blind review: profile hidden</span> : <SafeLink href={candidate.profileUrl}>{profileHandle(candidate.profile)}</SafeLink>}
      </header>
      {score && <ScoreSummary score={score.result} />}
      {score && (
        <details className="review-card__evidence">
          <summary>Evidence behind the score</summary>
          <ScoreBreakdown score={score.result} />
        </details>
      )}
      <fieldset className="review-card__verdict">
        <legend>Your verdict</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict}>
            <input
              type="radio"
              name={`verdict-${list.id}-${candidateKey}`}
              checked={(verdictShown ?? mine?.verdict) === verdict}
              onChange={() => {
                setVerdictShown(verdict);
                save({ verdict });
              }}
            /> {VERDICT_LABELS[verdict]}
          </label>
        ))}
      </fieldset>
      {posting.requirements.length > 0 && (
        <fieldset className="review-card__ratings">
          <legend>How well each requirement is met ({RATING_MIN}–{RATING_MAX})</legend>
          {posting.requirements.map((requirement) => (
            <label key={requirement.id} className="review-card__rating">
              <span>{requirement.label}</span>
              <select
                aria-label={`Rating for ${requirement.label}`}
                value={ratingOf(requirement.id) ?? ''}
                onChange={(event) => save({ rating: { requirementId: requirement.id, rating: event.target.value ? Number(event.target.value) : null } })}
              >
                <option value="">–</option>
                {Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, index) => RATING_MIN + index).map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <label className="review-card__comment">
        Comment
        <textarea
          aria-label={`Comment on ${name}`}
          value={comment ?? mine?.comment ?? ''}
          maxLength={FEEDBACK_COMMENT_MAX}
          onChange={(event) => setComment(event.target.value)}
          onBlur={() => {
            if (comment !== null && comment !== (mine?.comment ?? '')) save({ comment });
            setComment(null);
          }}
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <NotesPanel candidateKey={candidateKey} />
    </li>
  );
}
