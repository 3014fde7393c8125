import { messageOf } from '@/lib/error-message';
import { useId, useMemo, useState } from 'react';
import { addTags, removeTag, setStatus } from '@/lib/services';
import type { MatchRow } from '@/lib/services/workflow/matches';
import { TAG_MAX_LENGTH } from '@/lib/schema/pipeline';
import { useUiStore } from '@/lib/store/ui-store';
import { EnterInput } from '../common/EnterInput';

interface Props {
  postingId: string;
  selectedKeys: ReadonlySet<string>;
  /** The filtered list's keys, in order: "select all filtered". */
  visibleKeys: readonly string[];
  rowsByKey: ReadonlyMap<string, MatchRow>;
  statuses: readonly string[];
  allTags: readonly string[];
  shortlistName: string | undefined;
  onAddToShortlist: (keys: readonly string[]) => Promise<unknown>;
}

const plural = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'candidate' : 'candidates'}`;

/** What to do with the ticked candidates; each action is one call to the data layer, one transaction. */
export function BulkBar({ postingId, selectedKeys, visibleKeys, rowsByKey, statuses, allTags, shortlistName, onAddToShortlist }: Props) {
  const setSelection = useUiStore((state) => state.setSelection);
  const clearSelection = useUiStore((state) => state.clearSelection);
  const [tag, setTag] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const tagListId = useId();

  const keys = useMemo(() => [...selectedKeys], [selectedKeys]);
  const visible = useMemo(() => new Set(visibleKeys), [visibleKeys]);
  const hidden = keys.filter((key) => !visible.has(key)).length;
  const tagsOnSelected = useMemo(
    () => [...new Set(keys.flatMap((key) => rowsByKey.get(key)?.tags ?? []))].sort((a, b) => a.localeCompare(b)),
    [keys, rowsByKey],
  );

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage({ tone: 'ok', text: done });
    } catch (cause) {
      setMessage({ tone: 'error', text: messageOf(cause) });
    }
  };
  const addTag = () => {
    const name = tag.trim();
    if (!name) return;
    void run(() => addTags(keys, [name]), `Tagged ${plural(keys.length)} “${name}”.`);
    setTag('');
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <p className="bulk-bar__count">
        <strong>{keys.length.toLocaleString('en')} selected</strong>
        {hidden > 0 && ` (${hidden.toLocaleString('en')} hidden by the filters)`}
      </p>
      <div className="bulk-bar__actions">
        <select
          aria-label="Set status of selected"
          value=""
          onChange={(event) => {
            const status = event.target.value;
            if (status) void run(() => setStatus(keys, postingId, status), `Moved ${plural(keys.length)} to “${status}”.`);
          }}
        >
          <option value="">Set status…</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
        <span className="bulk-bar__tag">
          <EnterInput
            aria-label="Tag to add to selected"
            placeholder="tag"
            list={tagListId}
            value={tag}
            maxLength={TAG_MAX_LENGTH}
            onChange={(event) => setTag(event.target.value)}
            onEnter={addTag}
          />
          <datalist id={tagListId}>
            {allTags.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <button type="button" onClick={addTag} disabled={!tag.trim()}>
            Add tag
          </button>
        </span>
        {tagsOnSelected.length > 0 && (
          <select
            aria-label="Remove tag from selected"
            value=""
            onChange={(event) => {
              const name = event.target.value;
              if (name) void run(() => removeTag(keys, name), `Removed “${name}” from ${plural(keys.length)}.`);
            }}
          >
            <option value="">Remove tag…</option>
            {tagsOnSelected.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
        <button type="button" onClick={() => void run(() => onAddToShortlist(keys), `Added ${plural(keys.length)} to the shortlist.`)}>
          {shortlistName ? `Add to “${shortlistName}”` : 'Add to a new shortlist'}
        </button>
        <button type="button" onClick={() => setSelection(visibleKeys)} disabled={visibleKeys.length === 0}>
          Select all {visibleKeys.length.toLocaleString('en')} filtered
        </button>
        <button type="button" onClick={clearSelection}>
          Clear selection
        </button>
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'error' : 'bulk-bar__done'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
