import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addNote, deleteNote, describeStorageError, listConflicts, listNotes, updateNote } from '@/lib/services';
import { NOTE_MAX_LENGTH, type Note } from '@/lib/schema/candidate';
import { formatTime } from '../common/format';
import { useAction } from '../hooks/use-action';
import { NoteConflicts } from './NoteConflicts';

export function NotesPanel({ candidateKey }: { candidateKey: string }) {
  const notes = useLiveQuery(() => listNotes(candidateKey), [candidateKey]);
  const conflicts = useLiveQuery(() => listConflicts(candidateKey), [candidateKey]);
  const [draft, setDraft] = useState('');
  const [shared, setShared] = useState(false);
  const { error, run } = useAction(messageOf);

  const save = () =>
    run(async () => {
      const saved = draft;
      await addNote(candidateKey, saved, { visibility: shared ? 'shared' : 'private' });
      // Whatever was typed while the note saved stays in the box.
      setDraft((current) => (current === saved ? '' : current));
      // Private is the default for every note: sharing one must not silently share the next.
      setShared(false);
    });

  return (
    <section className="notes" aria-label="Notes">
      <h2>Notes</h2>
      {conflicts && conflicts.length > 0 && <NoteConflicts conflicts={conflicts} notes={notes ?? []} />}
      <textarea
        aria-label="New note"
        placeholder="What stood out, when you reached out, what they said…"
        value={draft}
        maxLength={NOTE_MAX_LENGTH}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void save();
        }}
      />
      <div className="notes__add">
        <label className="notes__share">
          <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} /> Share with reviewers
        </label>
        <button onClick={() => void save()} disabled={!draft.trim()}>
          Add note
        </button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <ul className="notes__list">
        {notes?.map((note) => <NoteItem key={note.id} note={note} />)}
      </ul>
      {notes?.length === 0 && <p className="notes__empty">No notes yet.</p>}
    </section>
  );
}

function NoteItem({ note }: { note: Note }) {
  /** The text being edited and the revision it was started from: a save from an older one is refused. */
  const [editing, setEditing] = useState<{ text: string; rev: string } | null>(null);
  const { error, run } = useAction(messageOf);
  const shared = note.visibility === 'shared';
  const changedMeanwhile = editing !== null && editing.rev !== note.rev;

  return (
    <li className={`note note--${note.visibility}`} data-testid="note">
      {editing === null ? (
        <p className="note__text" dir="auto">{note.text}</p>
      ) : (
        <>
          {changedMeanwhile && (
            <p className="note__changed" role="status">
              Changed meanwhile to: <q dir="auto">{note.text}</q>
            </p>
          )}
          <textarea aria-label="Edit note" value={editing.text} maxLength={NOTE_MAX_LENGTH} onChange={(event) => setEditing({ ...editing, text: event.target.value })} />
        </>
      )}
      <p className="note__meta">
        <span className={`badge badge--${note.visibility}`} title={shared ? 'Goes into files shared with reviewers' : 'Never leaves this browser'}>
          {shared ? 'Shared' : 'Private'}
        </span>{' '}
        {note.author ? <bdi>{note.author}</bdi> : 'You'}, {formatTime(note.createdAt)}
        {note.updatedAt !== note.createdAt && (
          <>
            {' · edited '}
            {note.editedBy && (
              <>
                by <bdi>{note.editedBy}</bdi>{' '}
              </>
            )}
            {formatTime(note.updatedAt)}
          </>
        )}
      </p>
      <div className="note__actions">
        {editing === null ? (
          <>
            <button onClick={() => setEditing({ text: note.text, rev: note.rev })}>Edit</button>
            <button onClick={() => void run(() => updateNote(note.id, { visibility: shared ? 'private' : 'shared', expectedRev: note.rev }))}>
              {shared ? 'Make private' : 'Share'}
            </button>
          </>
        ) : (
          <>
            <button
              onClick={() =>
                void run(async () => {
                  await updateNote(note.id, { text: editing.text, expectedRev: editing.rev });
                  setEditing(null);
                })
              }
            >
              Save
            </button>
            {changedMeanwhile && (
              <button
                onClick={() =>
                  void run(async () => {
                    await updateNote(note.id, { text: editing.text, expectedRev: note.rev });
                    setEditing(null);
                  })
                }
              >
                Save over it
              </button>
            )}
            <button onClick={() => setEditing(null)}>Cancel</button>
          </>
        )}
        <button onClick={() => void run(() => deleteNote(note.id, { expectedRev: editing?.rev ?? note.rev }))}>Delete</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </li>
  );
}

const messageOf = (cause: unknown) => describeStorageError(cause, 'The note');
