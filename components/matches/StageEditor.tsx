import { messageOf } from '@/lib/error-message';
import { useRef, useState } from 'react';
import { setStatuses } from '@/lib/services';
import { STATUS_MAX_LENGTH } from '@/lib/schema/pipeline';
import { EnterInput } from '../common/EnterInput';

interface Draft {
  id: number;
  name: string;
}

/** "Edit stages": rename, add, remove and reorder the pipeline stages, saved in one go with setStatuses. */
export function StageEditor({ statuses, onDone }: { statuses: readonly string[]; onDone: () => void }) {
  const nextId = useRef(statuses.length);
  const [draft, setDraft] = useState<Draft[]>(() => statuses.map((name, id) => ({ id, name })));
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string | null>(null);

  const move = (index: number, by: number) => {
    const to = index + by;
    if (to < 0 || to >= draft.length) return;
    const next = [...draft];
    const [stage] = next.splice(index, 1);
    next.splice(to, 0, stage!);
    setDraft(next);
  };
  const add = () => {
    const name = adding.trim();
    if (!name) return;
    setDraft([...draft, { id: nextId.current++, name }]);
    setAdding('');
  };
  const save = async () => {
    try {
      await setStatuses(draft.map((stage) => stage.name));
      onDone();
    } catch (cause) {
      setError(messageOf(cause));
    }
  };

  return (
    <div className="stage-editor" role="group" aria-label="Edit stages">
      <ol className="stage-editor__list">
        {draft.map((stage, index) => (
          <li key={stage.id} className="stage-editor__row" data-testid="stage-editor-row">
            <input
              aria-label={`Stage ${index + 1}`}
              value={stage.name}
              maxLength={STATUS_MAX_LENGTH}
              onChange={(event) => setDraft(draft.map((other) => (other.id === stage.id ? { ...other, name: event.target.value } : other)))}
            />
            <button type="button" aria-label={`Move ${stage.name || 'stage'} up`} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button type="button" aria-label={`Move ${stage.name || 'stage'} down`} disabled={index === draft.length - 1} onClick={() => move(index, 1)}>
              ↓
            </button>
            <button type="button" aria-label={`Remove stage ${stage.name}`} disabled={draft.length === 1} onClick={() => setDraft(draft.filter((other) => other.id !== stage.id))}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="stage-editor__add">
        <EnterInput
          aria-label="New stage"
          placeholder="New stage"
          value={adding}
          maxLength={STATUS_MAX_LENGTH}
          onChange={(event) => setAdding(event.target.value)}
          onEnter={add}
        />
        <button type="button" onClick={add} disabled={!adding.trim()}>
          Add stage
        </button>
      </div>
      <p className="stage-editor__hint">Candidates keep their stage: a stage you remove or rename still shows on the people in it.</p>
      <div className="stage-editor__actions">
        <button type="button" onClick={() => void save()}>
          Save stages
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
