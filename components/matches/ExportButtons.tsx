import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import type { Posting } from '@/lib/schema/posting';
import { onExport, type ExportKind } from './export-actions';
import { useBlindReview } from '../hooks/use-blind-review';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: ExportKind) => {
    setBusy(true);
    try {
      await onExport(kind, title, candidateKeys, { posting, blind });
      setError(null);
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setBusy(false);
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
          disabled={busy || candidateKeys.length === 0}
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
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
