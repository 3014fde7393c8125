import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { exportShareFile, listShortlistFeedback, summarizeFeedback } from '@/lib/services';
import { fileNameFor } from '@/lib/files';
import type { Shortlist } from '@/lib/schema/pipeline';
import { downloadText } from '../common/download';
import { isJobCancelled, stopIfCancelled } from '@/lib/long-job';
import { JobProgress } from '../common/JobProgress';
import { useLongJob } from '../hooks/use-long-job';

/** A shortlist of thousands takes a second or more to read and write; a small one would only flash. */
const PROGRESS_AFTER_MS = 1_000;

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The recruiter's side of a shortlist: share it for review. */
export function ShareActions({ list }: { list: Shortlist }) {
  const [status, setStatus] = useState<{ tone: 'good' | 'bad' | 'info'; text: string }>();
  const job = useLongJob({ showAfterMs: PROGRESS_AFTER_MS });

  const share = async () => {
    setStatus(undefined);
    try {
      const now = new Date();
      const result = await job.run(async (control) => {
        const file = await exportShareFile(list.id, now, control);
        stopIfCancelled(control);
        return file;
      });
      const fileName = fileNameFor('json', `share ${list.name}`, now.toISOString());
      downloadText(fileName, result.text);
      setStatus({
        tone: 'good',
        text: `Saved ${fileName}: ${plural(result.candidates, 'candidate')}, ${plural(result.sharedNotes, 'shared note')}${result.privateNotes ? ` (${plural(result.privateNotes, 'private note')} stayed here)` : ''}. Send it to the hiring manager.`,
      });
    } catch (cause) {
      setStatus(isJobCancelled(cause) ? { tone: 'info', text: 'Share cancelled; nothing was downloaded.' } : { tone: 'bad', text: messageOf(cause) });
    }
  };

  return (
    <div className="share-actions">
      <button type="button" onClick={() => void share()} disabled={job.running || list.candidateKeys.length === 0} title="A file with these candidates, their evidence and your shared notes; private notes, stages and tags stay here">
        Share for review
      </button>
      {job.shown && <JobProgress label="Share progress" progress={job.progress} onCancel={job.cancel} />}
      {status && (
        <p role="status" className={`share-actions__status share-actions__status--${status.tone}`} data-testid="share-status">
          {status.text}
        </p>
      )}
    </div>
  );
}

/** The verdicts that came back on the shortlist's members, at a glance. */
export function FeedbackSummaryLine({ list }: { list: Shortlist }) {
  const feedback = useLiveQuery(() => listShortlistFeedback(list.id), [list.id]);
  if (!feedback || feedback.length === 0) return null;
  const summary = summarizeFeedback(feedback, list.candidateKeys);
  return (
    <p className="feedback-summary" data-testid="feedback-summary">
      Feedback from <bdi>{summary.reviewers.join(', ')}</bdi>: {summary.advance} advance · {summary.hold} hold · {summary.reject} reject
      {summary.undecided ? ` · ${summary.undecided} without a verdict` : ''}
    </p>
  );
}
