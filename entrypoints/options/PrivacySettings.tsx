import { messageOf } from '@/lib/error-message';
import { useEffect, useState } from 'react';
import { BlindReviewToggle } from '@/components/common/BlindReviewToggle';
import { downloadText } from '@/components/common/download';
import { allDataFileName, applyRetention, expiredCandidates, exportAllData, getRetentionDays, RETENTION_CHOICES, setRetentionDays } from '@/lib/services';

type Status = { tone: 'good' | 'bad'; text: string } | undefined;

const counted = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
const people = (count: number) => counted(count, 'person', 'people');

/** Blind review, the retention rule and "export all my data". */
export function PrivacySettings() {
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        <BlindReviewToggle label="Blind review: show pseudonyms instead of names, and hide handles, profile links and email, in every list and in CSV and HTML exports" />
      </p>
      <RetentionSetting />
      <ExportAllData />
    </section>
  );
}

function RetentionSetting() {
  const [days, setDays] = useState<number | null | undefined>(undefined);
  const [wouldErase, setWouldErase] = useState<number>();
  const [status, setStatus] = useState<Status>();

  useEffect(() => void getRetentionDays().then(setDays), []);
  useEffect(() => {
    if (days === undefined || days === null) return setWouldErase(undefined);
    void expiredCandidates(days).then((keys) => setWouldErase(keys.length));
  }, [days]);

  const save = async () => {
    try {
      await setRetentionDays(days ?? null);
      const erased = await applyRetention();
      setWouldErase(days ? 0 : undefined);
      setStatus({ tone: 'good', text: days ? `Saved. Erased ${people(erased)} now; checked again every day.` : 'Saved: nobody is erased automatically.' });
    } catch (cause) {
      setStatus({ tone: 'bad', text: messageOf(cause) });
    }
  };

  if (days === undefined) return null;
  return (
    <div>
      <h3>Keep people for</h3>
      <p>Erases everything about a person (as Forget this person does) once nobody has captured, noted, staged, tagged or reviewed them for this long.</p>
      <div className="options__row">
        <select aria-label="Erase people untouched for" value={days ?? ''} onChange={(event) => setDays(event.target.value ? Number(event.target.value) : null)}>
          <option value="">Forever (off)</option>
          {RETENTION_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice} days untouched
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void save()}>
          Save retention
        </button>
      </div>
      {wouldErase !== undefined && wouldErase > 0 && (
        <p className="options__status options__status--bad" data-testid="retention-preview">
          Saving erases {people(wouldErase)} untouched for longer than {days} days.
        </p>
      )}
      {status && (
        <p className={`options__status options__status--${status.tone}`} role="status" data-testid="retention-status">
          {status.text}
        </p>
      )}
    </div>
  );
}

function ExportAllData() {
  const [status, setStatus] = useState<Status>();
  const run = async () => {
    try {
      const now = new Date();
      const file = await exportAllData(now);
      downloadText(allDataFileName(now), JSON.stringify(file, null, 2));
      setStatus({ tone: 'good', text: `Saved ${people(file.counts.candidates ?? 0)}, ${counted(file.counts.notes ?? 0, 'note', 'notes')} and every other table. The GitHub token is never included.` });
    } catch (cause) {
      setStatus({ tone: 'bad', text: messageOf(cause) });
    }
  };
  return (
    <div>
      <h3>Export all my data</h3>
      <p>One JSON file with every table this extension keeps: people, profiles, scores, notes with their history, stages, tags, shortlists, feedback, postings and settings.</p>
      <button type="button" onClick={() => void run()}>
        Export all my data
      </button>
      {status && (
        <p className={`options__status options__status--${status.tone}`} role="status" data-testid="export-all-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
