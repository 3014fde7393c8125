import type { Posting } from '@/lib/schema/posting';
import { useUiStore } from '@/lib/store/ui-store';

/** Adds another posting's score as a column of the matches list, or takes one away. */
export function CompareColumns({ postings, activeId }: { postings: readonly Posting[]; activeId: string }) {
  const columns = useUiStore((state) => state.compareColumns);
  const setColumns = useUiStore((state) => state.setCompareColumns);
  const others = postings.filter((posting) => posting.id !== activeId && posting.requirements.length > 0);
  if (others.length === 0) return null;
  const addable = others.filter((posting) => !columns.includes(posting.id));
  return (
    <div className="compare-columns">
      {columns
        .map((id) => others.find((posting) => posting.id === id))
        .filter((posting) => posting !== undefined)
        .map((posting) => (
          <button key={posting.id} type="button" className="compare-columns__chip" onClick={() => setColumns(columns.filter((id) => id !== posting.id))} aria-label={`Remove the ${posting.title} column`}>
            {posting.title} ×
          </button>
        ))}
      {addable.length > 0 && (
        <select aria-label="Add a column for another posting" value="" onChange={(event) => event.target.value && setColumns([...columns, event.target.value])}>
          <option value="">Compare with…</option>
          {addable.map((posting) => (
            <option key={posting.id} value={posting.id}>
              {posting.title}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
