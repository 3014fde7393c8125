import { useEffect, useState } from 'react';
import { getPosting, newPosting, savePosting } from '@/lib/services';
import { proposeRubric } from '@/lib/postings/propose';
import { sendMessage } from '@/lib/messaging';
import { POSTING_TEXT_MAX, type Posting } from '@/lib/schema/posting';
import { useUiStore } from '@/lib/store/ui-store';
import { ProposalReview, type ProposedItem } from './ProposalReview';
import { RequirementsEditor } from './RequirementsEditor';

export function PostingEditor({ postingId }: { postingId: string }) {
  const [draft, setDraft] = useState<Posting | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [proposed, setProposed] = useState<ProposedItem[]>([]);
  const close = () => useUiStore.getState().editPosting(null);

  useEffect(() => {
    if (postingId === 'new') setDraft(newPosting());
    else void getPosting(postingId).then((posting) => (posting ? setDraft(posting) : close()));
  }, [postingId]);

  if (!draft) return null;
  const readOnly = draft.builtIn;
  const change = (fields: Partial<Posting>) => setDraft({ ...draft, ...fields });

  const setText = (text: string) => {
    const capped = text.length > POSTING_TEXT_MAX;
    change({ description: capped ? text.slice(0, POSTING_TEXT_MAX) : text });
    setNotices(capped ? [`The text was ${text.length.toLocaleString()} characters: only the first ${POSTING_TEXT_MAX.toLocaleString()} are kept.`] : []);
  };

  const propose = () => {
    const proposal = proposeRubric(draft.description ?? '');
    change({ title: draft.title === 'New posting' && proposal.title ? proposal.title.slice(0, 300) : draft.title });
    setProposed(proposal.requirements.map((requirement, i) => ({ requirement, source: proposal.sources[i] })));
    setNotices(proposal.warnings.length ? proposal.warnings : [`${proposal.requirements.length} requirements proposed: accept or reject each, then save.`]);
  };

  const accept = (items: ProposedItem[]) => {
    const taken = new Set(draft.requirements.map((requirement) => requirement.id));
    const added = items.map(({ requirement }) => {
      let id = requirement.id;
      for (let n = 2; taken.has(id); n++) id = `${requirement.id}-${n}`;
      taken.add(id);
      return { ...requirement, id };
    });
    change({ requirements: [...draft.requirements, ...added] });
    reject(items);
  };
  const reject = (items: ProposedItem[]) => setProposed((current) => current.filter((item) => !items.includes(item)));

  const save = async () => {
    const saved = await savePosting(draft);
    if (!saved.ok) return setError(saved.error);
    setError(null);
    await sendMessage('rescore', saved.posting.id);
    close();
  };

  return (
    <section className="editor" aria-label="Posting editor">
      <div className="editor__bar">
        <button className="link-button" onClick={close}>
          ← Postings
        </button>
        {!readOnly && <button onClick={() => void save()}>Save</button>}
      </div>
      {readOnly && <p className="notice">The built-in posting is read-only: duplicate it to make your own version.</p>}
      <label className="field">
        Title
        <input value={draft.title} maxLength={300} readOnly={readOnly} onChange={(event) => change({ title: event.target.value })} />
      </label>
      <div className="editor__columns">
        <div className="editor__text">
          <label className="field">
            Job description (plain text or Markdown)
            <textarea
              className="editor__description"
              value={draft.description ?? ''}
              readOnly={readOnly}
              placeholder="Paste the job posting here, then propose requirements from it."
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          {!readOnly && (
            <button onClick={propose} disabled={!draft.description?.trim()}>
              Propose requirements from the text
            </button>
          )}
        </div>
        <div className="editor__rubric">
          {notices.map((notice) => (
            <p key={notice} className="notice" role="status" data-testid="editor-notice">
              {notice}
            </p>
          ))}
          {error && (
            <p className="error" role="alert" data-testid="editor-error">
              {error}
            </p>
          )}
          <ProposalReview items={proposed} onAccept={accept} onReject={reject} />
          <RequirementsEditor requirements={draft.requirements} readOnly={readOnly} onChange={(requirements) => change({ requirements })} />
        </div>
      </div>
    </section>
  );
}
