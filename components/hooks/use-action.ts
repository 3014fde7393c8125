import { useCallback, useState } from 'react';
import { messageOf } from '@/lib/error-message';

/**
 * Runs what a button asks for and keeps the outcome to show: no error after a success, the failure's
 * sentence after a failure. `messageFor` turns a failure into that sentence (storage faults, for one).
 */
export function useAction(messageFor: (cause: unknown) => string = messageOf) {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        setError(null);
        return true;
      } catch (cause) {
        setError(messageFor(cause));
        return false;
      }
    },
    [messageFor],
  );
  return { error, setError, run };
}
