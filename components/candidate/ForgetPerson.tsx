import { useState } from 'react';
import { describeStorageError, forgetCandidate } from '@/lib/services';

/** "Forget this person", with an inline confirmation: erases everything held about them. */
export function ForgetPerson({ candidateKey, name, onForgotten }: { candidateKey: string; name: string; onForgotten?: () => void }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const erase = async () => {
    try {
      await forgetCandidate(candidateKey);
      setStep('done');
      onForgotten?.();
    } catch (cause) {
      setError(describeStorageError(cause, 'The erase'));
    }
  };
  if (step === 'done') return <p role="status">Erased. Nothing about this person is kept any more.</p>;
  return (
    <section className="forget" aria-label="Forget this person">
      {step === 'idle' ? (
        <button className="forget__start" onClick={() => setStep('confirm')}>
          Forget this person
        </button>
      ) : (
        <p role="alert">
          Erase all data about <bdi>{name}</bdi>: profiles, notes, feedback, scores, stages, tags and cached API answers? This cannot be undone.{' '}
          <button onClick={() => void erase()}>Erase</button> <button onClick={() => setStep('idle')}>Cancel</button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
