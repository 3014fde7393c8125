import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addNote, deleteNote, listNotes, updateNote } from '@/lib/db/repo';
import { NOTE_MAX_LENGTH, type Note } from '@/lib/schema/candidate';

export function NotesPanel({ candidateKey }: { candidateKey: string }) {
  const notes = useLiveQuery(() => listNotes(candidateKey), [candidateKey]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    try {
      await addNote(candidateKey, draft);
      setDraft('');
      setError(null);
    } catch (cause) {
      setError(messageOf(cause));
    }
  };

  return (
    <section className="notes" aria-label="Notes">
      <h2>Notes</h2>
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
      <button onClick={() => void save()} disabled={!draft.trim()}>
        Add note
      </button>
      {error && <p className="error" role="alert">{error}</p>}
      <ul className="notes__list">
        {notes?.map((note) => <NoteItem key={note.id} note={note} />)}
      </ul>
      {notes?.length === 0 && <p className="notes__empty">No notes yet.</p>}
    </section>
  );
}

function NoteItem({ note }: { note: Note }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      setError(null);
    } catch (cause) {
      setError(messageOf(cause));
    }
  };

  return (
    <li className="note" data-testid="note">
      {editing === null ? (
        <p className="note__text">{note.text}</p>
      ) : (
        <textarea aria-label="Edit note" value={editing} maxLength={NOTE_MAX_LENGTH} onChange={(e) => setEditing(e.target.value)} />
      )}
      <p className="note__meta">
        Added {formatTime(note.createdAt)}
        {note.updatedAt !== note.createdAt && ` · edited ${formatTime(note.updatedAt)}`}
      </p>
      <div className="note__actions">
        {editing === null ? (
          <button onClick={() => setEditing(note.text)}>Edit</button>
        ) : (
          <>
            <button onClick={() => void run(async () => { await updateNote(note.id, editing); setEditing(null); })}>Save</button>
            <button onClick={() => setEditing(null)}>Cancel</button>
          </>
        )}
        <button onClick={() => void run(() => deleteNote(note.id))}>Delete</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </li>
  );
}

const formatTime = (iso: string) => new Date(iso).toLocaleString();
const messageOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));
