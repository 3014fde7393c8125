import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addTags, allTags, getStatus, getStatuses, getTags, removeFromShortlist, removeTag, setStatus } from '@/lib/services';
import { TAG_MAX_LENGTH } from '@/lib/schema/pipeline';
import type { Posting } from '@/lib/schema/posting';
import { useUiStore } from '@/lib/store/ui-store';
import { addToActiveShortlist, useShortlists } from '../matches/ShortlistsPanel';
import { EnterInput } from '../common/EnterInput';
import { useAction } from '../hooks/use-action';

/** Under the score: the candidate's stage for this posting, their tags, and the shortlist. */
export function CandidateWorkflow({ candidateKey, posting }: { candidateKey: string; posting: Posting }) {
  const status = useLiveQuery(() => getStatus(candidateKey, posting.id), [candidateKey, posting.id]);
  const statuses = useLiveQuery(() => getStatuses(), []);
  const tags = useLiveQuery(() => getTags(candidateKey), [candidateKey]);
  const knownTags = useLiveQuery(() => allTags(), []);
  const { lists, active } = useShortlists(posting.id);
  const setActive = useUiStore((state) => state.setActiveShortlist);
  const [tagDraft, setTagDraft] = useState('');
  const { error, run } = useAction();
  const tagListId = useId();

  const addTag = () => {
    const tag = tagDraft.trim();
    if (!tag) return;
    setTagDraft('');
    void run(() => addTags([candidateKey], [tag]));
  };

  if (status === undefined || statuses === undefined || tags === undefined || lists === undefined) return null;
  // A stage removed from the list still shows for whoever is in it.
  const choices = statuses.includes(status) ? statuses : [...statuses, status];
  const onLists = lists.filter((list) => list.candidateKeys.includes(candidateKey));
  const onActive = active?.candidateKeys.includes(candidateKey) ?? false;

  return (
    <section className="workflow" aria-label="Pipeline" data-testid="candidate-workflow">
      <div className="workflow__row">
        <label className="workflow__status">
          Status{' '}
          <select value={status} onChange={(event) => void run(() => setStatus([candidateKey], posting.id, event.target.value))}>
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span className="workflow__shortlist">
          {lists.length > 1 && active && (
            <select aria-label="Shortlist" value={active.id} onChange={(event) => setActive(event.target.value)}>
              {lists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name}
                </option>
              ))}
            </select>
          )}
          {onActive && active ? (
            <button type="button" onClick={() => void run(() => removeFromShortlist(active.id, candidateKey))}>
              Remove from “{active.name}”
            </button>
          ) : (
            <button type="button" onClick={() => void run(() => addToActiveShortlist(posting.id, [candidateKey]))}>
              {active ? `Add to shortlist “${active.name}”` : 'Add to shortlist'}
            </button>
          )}
        </span>
      </div>
      {onLists.length > 0 && <p className="workflow__on">On {onLists.map((list) => `“${list.name}” (#${list.candidateKeys.indexOf(candidateKey) + 1})`).join(', ')}</p>}
      <div className="chips workflow__tags" aria-label="Tags" role="group">
        {tags.map((tag) => (
          <span key={tag} className="chip">
            {tag}
            <button type="button" className="chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => void run(() => removeTag([candidateKey], tag))}>
              ×
            </button>
          </span>
        ))}
        <EnterInput
          className="chips__input"
          aria-label="Add a tag"
          placeholder="+ tag"
          list={tagListId}
          value={tagDraft}
          maxLength={TAG_MAX_LENGTH}
          onChange={(event) => setTagDraft(event.target.value)}
          onEnter={addTag}
          onBlur={addTag}
        />
        <datalist id={tagListId}>
          {(knownTags ?? [])
            .filter((tag) => !tags.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
