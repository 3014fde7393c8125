import { useLiveQuery } from 'dexie-react-hooks';
import { getRescoreProgress } from '@/lib/services';

/** Shown while the background re-scores everyone after a posting changed. */
export function RescoreProgress() {
  const progress = useLiveQuery(() => getRescoreProgress(), []);
  if (!progress) return null;
  return (
    <p className="rescore" role="status" data-testid="rescore-progress">
      Re-scoring {progress.done.toLocaleString()} of {progress.total.toLocaleString()}…
      <progress max={progress.total} value={progress.done} />
    </p>
  );
}
