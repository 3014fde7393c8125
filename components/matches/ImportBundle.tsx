import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import { parseBundle } from '@/lib/files';
import { importCandidates } from '@/lib/services';

/** Larger files are refused before they are read: a bundle of 10,000 candidates is about 40 MB. */
export const BUNDLE_MAX_BYTES = 100 * 1024 * 1024;

/** "Import bundle": a JSON bundle exported from this extension (any browser profile) brought into this one. */
export function ImportBundle() {
  const [status, setStatus] = useState<{ tone: 'good' | 'bad' | 'info'; text: string }>();

  const importFile = async (file: File) => {
    if (file.size > BUNDLE_MAX_BYTES) return setStatus({ tone: 'bad', text: `That file is ${Math.round(file.size / 1024 / 1024)} MB; a bundle can be at most 100 MB. Nothing was imported.` });
    setStatus({ tone: 'info', text: 'Importing…' });
    const start = performance.now();
    const parsed = parseBundle(await file.text());
    performance.measure('talent-lens:import-parse', { start, end: performance.now() });
    if (!parsed.ok) return setStatus({ tone: 'bad', text: `${parsed.error} Nothing was imported.` });
    const { bundle } = parsed;
    try {
      const writeStart = performance.now();
      const counts = await importCandidates(bundle.posting, bundle.candidates);
      performance.measure('talent-lens:import-write', { start: writeStart, end: performance.now() });
      setStatus({ tone: 'good', text: `Imported: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.notesAdded} notes added.` });
    } catch (cause) {
      setStatus({ tone: 'bad', text: `The import failed and nothing was changed (${messageOf(cause)}).` });
    }
  };

  return (
    <div className="import-bundle">
      <label className="button-like">
        Import bundle
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {status && (
        <p role="status" data-testid="import-status" className={`import-bundle__status import-bundle__status--${status.tone}`}>
          {status.text}
        </p>
      )}
    </div>
  );
}
