import type { JobProgressState } from '../hooks/use-long-job';

const VERBS = { reading: 'Reading the file', checking: 'Checking', loading: 'Loading', writing: 'Writing' } as const;

/** "Checking 4,000 of 10,000…" */
export function progressText(progress: JobProgressState | undefined): string {
  if (!progress) return 'Starting…';
  const { phase, done, total } = progress;
  if (total === 0) return `${VERBS[phase]}…`;
  return `${VERBS[phase]} ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`;
}

/** A long job's progress bar, what it is doing, and its Cancel button. */
export function JobProgress({ label, progress, onCancel }: { label: string; progress?: JobProgressState; onCancel: () => void }) {
  const known = progress !== undefined && progress.total > 0;
  return (
    <div className="job-progress" data-testid="job-progress">
      {/* No value while the total is unknown: an indeterminate bar. */}
      <progress aria-label={label} max={known ? progress.total : undefined} value={known ? progress.done : undefined} />
      <span role="status">{progressText(progress)}</span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
