import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import type { Posting } from '@/lib/schema/posting';
import { onExport, type ExportKind } from './export-actions';
import { useBlindReview } from '../hooks/use-blind-review';
import { useLongJob } from '../hooks/use-long-job';
import { JobProgress } from '../common/JobProgress';
import { isJobCancelled } from '@/lib/long-job';

/** Most exports take well under a second: their progress would only flash. */
export const EXPORT_PROGRESS_AFTER_MS = 1_000;

const KINDS: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'csv', label: 'CSV', hint: 'a spreadsheet, one row per candidate' },
  { kind: 'json', label: 'JSON', hint: 'a full copy another Talent Lens can import' },
  { kind: 'html', label: 'HTML', hint: 'a printable report' },
];

/** "Export CSV / JSON / HTML" of a list of candidates, in the order given. */
export function ExportButtons({ label, title, candidateKeys, posting }: { label: string; title: string; candidateKeys: readonly string[]; posting: Posting }) {
  const blindReview = useBlindReview();
  const [blindChosen, setBlind] = useState(false);
  const blind = blindReview || blindChosen;
  const job = useLongJob({ showAfterMs: EXPORT_PROGRESS_AFTER_MS });
  const [message, setMessage] = useState<{ text: string; cancelled: boolean } | null>(null);

  const run = async (kind: ExportKind) => {
    setMessage(null);
    try {
      await job.run((control) => onExport(kind, title, candidateKeys, { posting, blind, job: control }));
    } catch (cause) {
      setMessage(isJobCancelled(cause) ? { text: 'Export cancelled; nothing was downloaded.', cancelled: true } : { text: messageOf(cause), cancelled: false });
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label={label}>
      <span className="export-buttons__label">Export</span>
      {KINDS.map(({ kind, label: text, hint }) => (
        <button
          key={kind}
          type="button"
          title={`${candidateKeys.length.toLocaleString('en')} as ${hint}`}
          disabled={job.running || candidateKeys.length === 0}
          onClick={() => void run(kind)}
        >
          {text}
        </button>
      ))}
      <label
        className="export-buttons__blind"
        title={
          blindReview
            ? 'Blind review is on (Options): the CSV and HTML report show pseudonyms, no profile links or email'
            : 'Pseudonyms instead of names, no profile links or email, in the CSV and HTML report'
        }
      >
        <input type="checkbox" checked={blind} disabled={blindReview} onChange={(event) => setBlind(event.target.checked)} /> Blind
      </label>
      {job.shown && <JobProgress label="Export progress" progress={job.progress} onCancel={job.cancel} />}
      {message && (
        <span className={message.cancelled ? undefined : 'error'} role={message.cancelled ? 'status' : 'alert'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
