import { useLiveQuery } from 'dexie-react-hooks';
import { getCaptureAllJob } from '@/lib/services';
import { sendMessage } from '@/lib/messaging';

/** "Capture all" from a GitHub list page, followed in the panel: progress, the budget wait, cancel. */
export function CaptureAllStatus() {
  const job = useLiveQuery(() => getCaptureAllJob(), []);
  if (!job) return null;
  const active = job.state === 'running' || job.state === 'waiting-for-budget';
  const counts = `Captured ${(job.done - job.failed).toLocaleString()} of ${job.total.toLocaleString()}${job.failed ? ` · ${job.failed} failed` : ''}`;
  return (
    <div className="capture-all" role="status" data-testid="capture-all-status">
      <p>
        {active ? counts : (job.message ?? counts)}
        {active && <progress max={job.total} value={job.done} />}
      </p>
      {active && job.message && <p className="capture-all__wait">{job.message}</p>}
      {active && (
        <button type="button" onClick={() => void sendMessage('cancelCaptureAll', undefined)}>
          Cancel
        </button>
      )}
    </div>
  );
}
