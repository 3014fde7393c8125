import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import { setBlindReview } from '@/lib/services';
import { useBlindReview } from '../hooks/use-blind-review';

/** Turns blind review on and off for the whole extension: every list, card and export follows. */
export function BlindReviewToggle({ label = 'Blind review' }: { label?: string }) {
  const blind = useBlindReview();
  const [error, setError] = useState<string>();
  const change = (on: boolean) =>
    setBlindReview(on).then(
      () => setError(undefined),
      (cause: unknown) => setError(messageOf(cause)),
    );
  return (
    <label className="blind-toggle" title="Pseudonyms instead of names; no handles, profile links or email, in lists and exports">
      <input type="checkbox" checked={blind} onChange={(event) => void change(event.target.checked)} /> {label}
      {error && (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </label>
  );
}
