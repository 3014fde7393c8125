import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import { resolveConflict, type Resolution } from '@/lib/services';
import type { Note } from '@/lib/schema/candidate';
import type { Conflict } from '@/lib/schema/feedback';
import { formatTime } from '../common/format';

type NoteConflict = Extract<Conflict, { kind: 'note' }>;

/** Notes both sides changed: ours is kept as it is until a person chooses here. */
export function NoteConflicts({ conflicts, notes }: { conflicts: Conflict[]; notes: Note[] }) {
  const noteConflicts = conflicts.filter((conflict): conflict is NoteConflict => conflict.kind === 'note');
  if (noteConflicts.length === 0) return null;
  return (
    <div className="conflicts" role="region" aria-label="Note conflicts">
      <h3>
        {noteConflicts.length} {noteConflicts.length === 1 ? 'note was' : 'notes were'} changed on both sides
      </h3>
      <ul>
        {noteConflicts.map((conflict) => (
          <ConflictItem key={conflict.id} conflict={conflict} mine={notes.find((note) => note.id === conflict.recordId)} />
        ))}
      </ul>
    </div>
  );
}

function ConflictItem({ conflict, mine }: { conflict: NoteConflict; mine: Note | undefined }) {
  const [error, setError] = useState<string | null>(null);
  const { theirs } = conflict;
  const who = conflict.from || 'The other side';
  const settle = (choice: Resolution) =>
    void resolveConflict(conflict.id, choice).then(
      () => setError(null),
      (cause: unknown) => setError(messageOf(cause)),
    );
  return (
    <li className="conflict" data-testid="note-conflict">
      <div className="conflict__side">
        <p className="conflict__label">Here{mine ? '' : ' (deleted here)'}</p>
        {mine ? <p className="conflict__text" dir="auto">{mine.text}</p> : <p className="conflict__text conflict__text--deleted">Deleted</p>}
      </div>
      <div className="conflict__side">
        <p className="conflict__label">
          <bdi>{who}</bdi>, {formatTime(theirs.updatedAt)}
        </p>
        {theirs.deletedAt ? <p className="conflict__text conflict__text--deleted">Deleted by them</p> : <p className="conflict__text" dir="auto">{theirs.text}</p>}
      </div>
      <div className="conflict__actions">
        <button onClick={() => settle('mine')}>{mine ? 'Keep mine' : 'Keep it deleted'}</button>
        <button onClick={() => settle('theirs')}>{theirs.deletedAt ? 'Delete it' : 'Use theirs'}</button>
        {mine && !theirs.deletedAt && <button onClick={() => settle('both')}>Keep both</button>}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </li>
  );
}
