import { messageOf } from '@/lib/error-message';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deletePosting, duplicatePosting, getActivePostingId, listPostings, savePosting, setActivePosting } from '@/lib/services';
import { parsePostingFile, postingFileName, postingToJson } from '@/lib/files/posting';
import { sendMessage } from '@/lib/messaging';
import type { Posting } from '@/lib/schema/posting';
import { useUiStore } from '@/lib/store/ui-store';
import { downloadText } from '../common/download';
import { PostingEditor } from './PostingEditor';
import { RescoreProgress } from '../common/RescoreProgress';

export function PostingsView() {
  const editingId = useUiStore((state) => state.editingPostingId);
  return editingId ? <PostingEditor postingId={editingId} /> : <PostingList />;
}

function PostingList() {
  const postings = useLiveQuery(() => listPostings(), []);
  const activeId = useLiveQuery(() => getActivePostingId(), []);
  const editPosting = useUiStore((state) => state.editPosting);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const run = async (action: () => Promise<string | void>) => {
    try {
      const done = await action();
      setMessage(done ? { tone: 'ok', text: done } : null);
    } catch (cause) {
      setMessage({ tone: 'error', text: messageOf(cause) });
    }
  };

  const activate = (posting: Posting) =>
    run(async () => {
      await setActivePosting(posting.id);
      await sendMessage('rescore', posting.id);
    });

  const importFile = (file: File) =>
    run(async () => {
      const parsed = parsePostingFile(await file.text());
      if (!parsed.ok) throw new Error(parsed.error);
      const saved = await savePosting(parsed.posting);
      if (!saved.ok) throw new Error(saved.error);
      await sendMessage('rescore', saved.posting.id);
      return `Imported “${saved.posting.title}”.`;
    });

  return (
    <section className="postings" aria-label="Postings">
      <div className="postings__actions">
        <button onClick={() => editPosting('new')}>New posting</button>
        <label className="file-button">
          Import JSON…
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import a posting file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'error' : 'ok'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="postings-message">
          {message.text}
        </p>
      )}
      <RescoreProgress />
      <ul className="postings__list">
        {postings?.map((posting) => (
          <li key={posting.id} className="posting-row" data-testid="posting-row" aria-current={posting.id === activeId}>
            <div className="posting-row__title">
              {posting.title}
              {posting.builtIn && <span className="badge">built-in</span>}
              {posting.id === activeId && <span className="badge badge--must">active</span>}
            </div>
            <div className="posting-row__meta">
              {posting.requirements.filter((r) => r.kind === 'must').length} must · {posting.requirements.filter((r) => r.kind === 'plus').length} plus
            </div>
            <div className="posting-row__actions">
              {posting.id !== activeId && <button onClick={() => void activate(posting)}>Use</button>}
              <button onClick={() => editPosting(posting.id)}>{posting.builtIn ? 'View' : 'Edit'}</button>
              <button onClick={() => void run(async () => void editPosting((await duplicatePosting(posting.id)).id))}>Duplicate</button>
              <button onClick={() => downloadText(postingFileName(posting), postingToJson(posting))}>Export</button>
              {!posting.builtIn && (
                <button
                  onClick={() => {
                    if (confirm(`Delete “${posting.title}” and its scores?`)) void run(() => deletePosting(posting.id));
                  }}
                >
                  Delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
