import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  listShortlists,
  moveInShortlist,
  removeFromShortlist,
  renameShortlist,
} from '@/lib/services';
import type { MatchRow } from '@/lib/services/workflow/matches';
import type { Shortlist } from '@/lib/schema/pipeline';
import type { Posting } from '@/lib/schema/posting';
import { useUiStore } from '@/lib/store/ui-store';
import { ExportButtons } from './ExportButtons';
import { FeedbackSummaryLine, ShareActions } from '../review/ShareActions';
import { TeamShortlist } from '../team/TeamShortlist';
import { handleOf, nameOf } from './MatchRowView';
import { useBlindReview } from '../hooks/use-blind-review';
import { useAction } from '../hooks/use-action';
import { pseudonym } from '@/lib/people/blind';
import { ScoreWithBand } from '../common/ScoreBand';

export const DEFAULT_SHORTLIST_NAME = 'Shortlist';

/** The posting's shortlists (oldest first) and the active one: the one chosen in the ui store, else the first. */
export function useShortlists(postingId: string): { lists: Shortlist[] | undefined; active: Shortlist | undefined } {
  const lists = useLiveQuery(() => listShortlists(postingId), [postingId]);
  const activeId = useUiStore((state) => state.activeShortlistId);
  return { lists, active: lists?.find((list) => list.id === activeId) ?? lists?.[0] };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Adds candidates to the active shortlist of the posting, creating "Shortlist" when the posting has none.
 * Calls run one after another, so pressing `s` twice quickly never makes two lists.
 */
export function addToActiveShortlist(postingId: string, candidateKeys: readonly string[]): Promise<Shortlist> {
  const run = async () => {
    const lists = await listShortlists(postingId);
    const wanted = useUiStore.getState().activeShortlistId;
    const target = lists.find((list) => list.id === wanted) ?? lists[0] ?? (await createShortlist(postingId, DEFAULT_SHORTLIST_NAME));
    const saved = await addToShortlist(target.id, candidateKeys);
    useUiStore.getState().setActiveShortlist(saved.id);
    return saved;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

type Form = { mode: 'create' | 'rename'; name: string };

/** The posting's named, ordered shortlists: choose, create, rename, delete; members in order, moved with buttons or Alt+Arrow. */
export function ShortlistsPanel({ posting, rowsByKey }: { posting: Posting; rowsByKey: ReadonlyMap<string, MatchRow> }) {
  const { lists, active } = useShortlists(posting.id);
  const blind = useBlindReview();
  const setActive = useUiStore((state) => state.setActiveShortlist);
  const openCandidate = useUiStore((state) => state.openCandidate);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Form | null>(null);
  const { error, setError, run } = useAction();
  const membersId = useId();
  const memberItems = useRef(new Map<string, HTMLLIElement>());
  const refocus = useRef<string | null>(null);

  // A moved member keeps the keyboard focus (React moves its node, which drops focus).
  useEffect(() => {
    const key = refocus.current;
    if (!key) return;
    refocus.current = null;
    memberItems.current.get(key)?.focus();
  }, [active?.candidateKeys]);

  if (!lists) return null;


  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    const name = form.name.trim();
    if (!name) return setError('Give the shortlist a name.');
    void run(async () => {
      if (form.mode === 'create') {
        const list = await createShortlist(posting.id, name);
        setActive(list.id);
        setOpen(true);
      } else if (active) {
        await renameShortlist(active.id, name);
      }
      setForm(null);
    });
  };

  const move = (list: Shortlist, key: string, to: number) => {
    if (to < 0 || to >= list.candidateKeys.length) return;
    refocus.current = key;
    void run(() => moveInShortlist(list.id, key, to));
  };

  const onMemberKey = (event: KeyboardEvent<HTMLLIElement>, list: Shortlist, key: string, index: number) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(list, key, event.key === 'ArrowUp' ? index - 1 : index + 1);
    } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const next = list.candidateKeys[index + (event.key === 'ArrowUp' ? -1 : 1)];
      if (next) memberItems.current.get(next)?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openCandidate(key);
    }
  };

  return (
    <section className="shortlists" aria-label="Shortlists">
      <div className="shortlists__bar">
        <h2 className="shortlists__title">Shortlist</h2>
        {active ? (
          <select aria-label="Active shortlist" value={active.id} onChange={(event) => setActive(event.target.value)}>
            {lists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.name} ({list.candidateKeys.length})
              </option>
            ))}
          </select>
        ) : (
          <span className="shortlists__none">None yet: press s on a row to start one</span>
        )}
        <button type="button" onClick={() => setForm({ mode: 'create', name: lists.length ? `${DEFAULT_SHORTLIST_NAME} ${lists.length + 1}` : DEFAULT_SHORTLIST_NAME })}>
          New list
        </button>
        {active && (
          <>
            <button type="button" onClick={() => setForm({ mode: 'rename', name: active.name })}>
              Rename
            </button>
            <button
              type="button"
              onClick={() => {
                if (confirm(`Delete the shortlist “${active.name}”? The candidates themselves stay.`)) {
                  void run(async () => {
                    await deleteShortlist(active.id);
                    setActive(null);
                  });
                }
              }}
            >
              Delete
            </button>
            <button type="button" aria-expanded={open} aria-controls={membersId} onClick={() => setOpen(!open)}>
              {open ? 'Hide members' : `Show members (${active.candidateKeys.length})`}
            </button>
          </>
        )}
      </div>
      {active && <FeedbackSummaryLine list={active} />}
      {active && <TeamShortlist list={active} />}
      {form && (
        <form className="shortlists__form" onSubmit={submit}>
          <input
            aria-label="Shortlist name"
            value={form.name}
            maxLength={100}
            autoFocus
            onChange={(event) => setForm({ ...form, name: event.target.value })}
            onKeyDown={(event) => event.key === 'Escape' && setForm(null)}
          />
          <button type="submit">{form.mode === 'create' ? 'Create' : 'Save name'}</button>
          <button type="button" onClick={() => setForm(null)}>
            Cancel
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {active && open && (
        <div id={membersId}>
          {active.candidateKeys.length === 0 ? (
            <p className="shortlists__empty">Empty. Select candidates and press s, or use ☆ on a row.</p>
          ) : (
            <>
              <p className="shortlists__hint">Alt+↑/↓ moves the focused member, Enter opens it.</p>
              <ol className="shortlists__members" aria-label={`Members of ${active.name}`}>
                {active.candidateKeys.map((key, index) => {
                  const row = rowsByKey.get(key);
                  const name = row ? nameOf(row, blind) : blind ? pseudonym(key) : key;
                  return (
                    <li
                      key={key}
                      ref={(element) => {
                        if (element) memberItems.current.set(key, element);
                        else memberItems.current.delete(key);
                      }}
                      className="shortlist-member"
                      data-testid="shortlist-member"
                      tabIndex={0}
                      onKeyDown={(event) => onMemberKey(event, active, key, index)}
                    >
                      <span className="shortlist-member__place">{index + 1}</span>
                      <button type="button" className="link-button shortlist-member__name" tabIndex={-1} onClick={() => openCandidate(key)}>
                        {name}
                      </button>
                      {row && <span className="shortlist-member__handle">{handleOf(row, blind)}</span>}
                      <span className="shortlist-member__score">{row?.total === undefined ? '—' : <ScoreWithBand total={row.total} />}</span>
                      <button type="button" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => move(active, key, index - 1)}>
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={`Move ${name} down`}
                        disabled={index === active.candidateKeys.length - 1}
                        onClick={() => move(active, key, index + 1)}
                      >
                        ↓
                      </button>
                      <button type="button" aria-label={`Remove ${name} from ${active.name}`} onClick={() => void run(() => removeFromShortlist(active.id, key))}>
                        ×
                      </button>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
          <ExportButtons label={`Export ${active.name}`} title={active.name} candidateKeys={active.candidateKeys} posting={posting} />
          <ShareActions list={active} />
        </div>
      )}
    </section>
  );
}
