import { useState } from 'react';
import { changesNothing, describeStorageError, importSharedFile, type SharedImportReport } from '@/lib/services';
import { readSharedFile, type SharedFile } from '@/lib/files/share';
import { isJobCancelled, stopIfCancelled, type JobControl } from '@/lib/long-job';
import { JobProgress } from '../common/JobProgress';
import { useLongJob } from '../hooks/use-long-job';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'applying' }
  | { step: 'cancelled' }
  | { step: 'preview'; shared: SharedFile; report: SharedImportReport; fileName: string }
  | { step: 'done'; report: SharedImportReport }
  | { step: 'error'; text: string };

/** A shared shortlist holds up to 5,000 people: reading, comparing and importing it can take seconds. */
const PROGRESS_AFTER_MS = 1_000;

/** The dry run writes and rolls back: to the person it is checking the file against what is here. */
const comparing = (job: JobControl): JobControl => ({ signal: job.signal, onProgress: (done, total) => job.onProgress?.(done, total, 'checking') });

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "Sam Manager's feedback on “Round 1”" or "“Round 1” shared by Ana". */
export function titleOf(report: SharedImportReport): string {
  const from = report.from || 'someone unnamed';
  return report.kind === 'share' ? `“${report.shortlist.name}”, shared by ${from}` : `Feedback from ${from} on “${report.shortlist.name}”`;
}

/** One line per kind of record: what was (or would be) added, updated, deleted or left in conflict. */
export function reportLines(report: SharedImportReport): string[] {
  const { candidates, notes, feedback } = report;
  const lines: string[] = [];
  if (report.kind === 'share') lines.push(`Candidates: ${candidates.added} new, ${candidates.updated} updated, ${candidates.unchanged} unchanged`);
  lines.push(`Shared notes: ${notes.added} new, ${notes.updated} updated, ${notes.deleted} deleted, ${notes.unchanged} unchanged, ${plural(notes.conflicts, 'conflict')}`);
  lines.push(`Feedback: ${feedback.added} new, ${feedback.updated} updated, ${feedback.unchanged} unchanged, ${plural(feedback.conflicts, 'conflict')}`);
  if (report.skipped) lines.push(`${plural(report.skipped, 'item')} about people not held here left out`);
  if (report.kind === 'feedback' && report.shortlist.outcome === 'absent') lines.push('That shortlist is not here any more; the feedback still shows on each candidate.');
  return lines;
}

/**
 * Opens a shortlist someone shared or the feedback on one: checks the file, shows what it would
 * change (a rolled-back dry run), and applies it only when the person says so.
 */
export function ImportShared({ label = 'Open shared file' }: { label?: string }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const job = useLongJob({ showAfterMs: PROGRESS_AFTER_MS });

  const preview = async (file: File, control: JobControl): Promise<State> => {
    const read = await readSharedFile(file);
    stopIfCancelled(control);
    if (!read.ok) return { step: 'error', text: `${read.error} Nothing was imported.` };
    try {
      const report = await importSharedFile(read.shared, { dryRun: true, job: comparing(control) });
      return { step: 'preview', shared: read.shared, report, fileName: file.name };
    } catch (cause) {
      if (isJobCancelled(cause)) throw cause;
      return { step: 'error', text: `Could not read the database to compare (${messageOf(cause)}). Nothing was imported.` };
    }
  };

  const open = async (file: File) => {
    setState({ step: 'reading' });
    try {
      setState(await job.run((control) => preview(file, control)));
    } catch (cause) {
      setState(isJobCancelled(cause) ? { step: 'cancelled' } : { step: 'error', text: messageOf(cause) });
    }
  };

  const apply = async (shared: SharedFile) => {
    setState({ step: 'applying' });
    try {
      setState({ step: 'done', report: await job.run((control) => importSharedFile(shared, { job: control })) });
    } catch (cause) {
      setState(isJobCancelled(cause) ? { step: 'cancelled' } : { step: 'error', text: messageOf(cause) });
    }
  };

  return (
    <div className="import-shared">
      <label className="button-like">
        {label}
        <input
          type="file"
          accept="application/json,.json"
          disabled={job.running}
          data-testid="import-shared-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void open(file);
          }}
        />
      </label>
      {job.shown && <JobProgress label="Import progress" progress={job.progress} onCancel={job.cancel} />}
      {!job.shown && state.step === 'reading' && <p role="status">Reading the file…</p>}
      {!job.shown && state.step === 'applying' && <p role="status">Importing…</p>}
      {state.step === 'cancelled' && (
        <p role="status" className="import-shared__status" data-testid="import-shared-status">
          Import cancelled; nothing was changed.
        </p>
      )}
      {state.step === 'error' && (
        <p role="alert" className="import-shared__status import-shared__status--bad" data-testid="import-shared-status">
          {state.text}
        </p>
      )}
      {state.step === 'preview' && (
        <div className="import-shared__preview" role="region" aria-label="Import preview" data-testid="import-preview">
          <p>
            <strong><bdi>{titleOf(state.report)}</bdi></strong> ({state.fileName})
          </p>
          {changesNothing(state.report) ? <p>Nothing new: everything in this file is here already.</p> : <ReportList report={state.report} />}
          {state.report.notes.conflicts + state.report.feedback.conflicts > 0 && (
            <p className="import-shared__warn">Where both sides changed the same note, yours stays and theirs is kept beside it for you to choose.</p>
          )}
          <button onClick={() => void apply(state.shared)}>Import</button> <button onClick={() => setState({ step: 'idle' })}>Cancel</button>
        </div>
      )}
      {state.step === 'done' && (
        <div role="status" className="import-shared__status import-shared__status--good" data-testid="import-shared-status">
          <p>
            Imported <bdi>{titleOf(state.report)}</bdi>.
          </p>
          <ReportList report={state.report} />
        </div>
      )}
    </div>
  );
}

function ReportList({ report }: { report: SharedImportReport }) {
  return (
    <ul className="import-shared__lines">
      {reportLines(report).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

const messageOf = (cause: unknown) => describeStorageError(cause, 'The import');
