import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import { importBundleFile, type BundleImport } from '@/lib/services';
import { JobProgress } from '../common/JobProgress';
import { useLongJob } from '../hooks/use-long-job';

type Status = { tone: 'good' | 'bad' | 'info'; text: string };

function statusOf(result: BundleImport): Status {
  if (result.outcome === 'cancelled') return { tone: 'info', text: 'Import cancelled; nothing was changed.' };
  if (result.outcome === 'refused') return { tone: 'bad', text: `${result.error} Nothing was imported.` };
  const { added, updated, unchanged, notesAdded } = result.counts;
  const imported = `Imported: ${added} added, ${updated} updated, ${unchanged} unchanged, ${notesAdded} notes added.`;
  return { tone: 'good', text: result.cancelTooLate ? `${imported} The cancel came too late: the import had already finished.` : imported };
}

/** "Import bundle": a JSON bundle exported from this extension (any browser profile) brought into this one. */
export function ImportBundle() {
  const [status, setStatus] = useState<Status>();
  const job = useLongJob();

  const importFile = async (file: File) => {
    setStatus(undefined);
    try {
      setStatus(statusOf(await job.run((control) => importBundleFile(file, control))));
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
          disabled={job.running}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {job.shown && <JobProgress label="Import progress" progress={job.progress} onCancel={job.cancel} />}
      {status && (
        <p role="status" data-testid="import-status" className={`import-bundle__status import-bundle__status--${status.tone}`}>
          {status.text}
        </p>
      )}
    </div>
  );
}
