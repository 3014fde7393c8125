import { useEffect, useState, type FormEvent } from 'react';
import { getAuthorName, setAuthorName } from '@/lib/services';
import { AUTHOR_MAX_LENGTH } from '@/lib/schema/candidate';

/** The name on this person's notes and feedback, as others see it in shared files. */
export function AuthorNameSetting() {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    // What was typed before the stored name arrived stays.
    void getAuthorName().then((stored) => setName((typed) => typed || stored));
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const stored = await setAuthorName(name);
    setName(stored);
    setSaved(stored ? `Saved: new notes and feedback are signed “${stored}”.` : 'Cleared: new notes and feedback carry no name.');
  };

  return (
    <form onSubmit={save}>
      <h2>Your name on notes and feedback</h2>
      <p>Shown on every note and feedback item you write, to the people you share a shortlist with. It never leaves this browser otherwise.</p>
      <label htmlFor="author-name">Display name</label>
      <div className="options__row">
        <input id="author-name" value={name} maxLength={AUTHOR_MAX_LENGTH} onChange={(event) => setName(event.target.value)} placeholder="e.g. Ana Ruiz, recruiter" />
        <button type="submit">Save name</button>
      </div>
      {saved && (
        <p className="options__status options__status--good" role="status" data-testid="author-status">
          {saved}
        </p>
      )}
    </form>
  );
}
