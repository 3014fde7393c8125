import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobControl, JobPhase } from '@/lib/long-job';

export interface JobProgressState {
  phase: JobPhase;
  done: number;
  total: number;
}

/**
 * Runs one long job at a time for a view: its progress (shown only once the job has run `showAfterMs`,
 * so a fast one does not flash) and a cancel.
 */
export function useLongJob({ showAfterMs = 0 } = {}) {
  const [progress, setProgress] = useState<JobProgressState>();
  const [shown, setShown] = useState(false);
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const run = useCallback(
    async <T>(work: (job: JobControl) => Promise<T>): Promise<T> => {
      const abort = new AbortController();
      controller.current = abort;
      setRunning(true);
      setProgress(undefined);
      setShown(showAfterMs <= 0);
      const timer = setTimeout(() => mounted.current && setShown(true), showAfterMs);
      try {
        return await work({ signal: abort.signal, onProgress: (done, total, phase) => mounted.current && setProgress({ done, total, phase }) });
      } finally {
        clearTimeout(timer);
        controller.current = null;
        if (mounted.current) {
          setRunning(false);
          setShown(false);
          setProgress(undefined);
        }
      }
    },
    [showAfterMs],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { run, cancel, running, shown: running && shown, progress };
}
