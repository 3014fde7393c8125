import type { ReactNode } from 'react';
import type { ProposalSource } from '@/lib/postings/propose';
import type { Requirement } from '@/lib/schema/posting';

export interface ProposedItem {
  requirement: Requirement;
  source?: ProposalSource;
}

interface Props {
  items: ProposedItem[];
  onAccept: (items: ProposedItem[]) => void;
  onReject: (items: ProposedItem[]) => void;
}

/** Splits the sentence at the highlight offsets into text and <mark> elements: never HTML. */
export function highlighted(source: ProposalSource): ReactNode[] {
  const { sentence } = source;
  const ranges = [...source.highlights]
    .map(([start, end]) => [Math.max(0, start), Math.min(sentence.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) parts.push(sentence.slice(at, start));
    parts.push(<mark key={start}>{sentence.slice(start, end)}</mark>);
    at = end;
  }
  if (at < sentence.length) parts.push(sentence.slice(at));
  return parts;
}

export function ProposalReview({ items, onAccept, onReject }: Props) {
  if (items.length === 0) return null;
  return (
    <section className="proposal-review" aria-label="Proposed requirements">
      <h2>Proposed requirements ({items.length})</h2>
      <p className="notice">Accept the ones that fit: accepted requirements join the rubric below, rejected ones are dropped.</p>
      <div className="proposal-review__all">
        <button onClick={() => onAccept(items)}>Accept all</button>
        <button onClick={() => onReject(items)}>Reject all</button>
      </div>
      <ol className="proposal-review__list">
        {items.map((item) => (
          <li key={item.requirement.id} className="proposal-review__item" data-testid="proposal">
            <div className="proposal-review__head">
              <strong>{item.requirement.label}</strong> <span className="proposal-review__meta">{item.requirement.kind} · weight {item.requirement.weight}</span>
            </div>
            {item.source && (
              <blockquote className="proposal-review__sentence" data-testid="proposal-sentence">
                {highlighted(item.source)}
              </blockquote>
            )}
            <div className="proposal-review__actions">
              <button aria-label={`Accept ${item.requirement.label}`} onClick={() => onAccept([item])}>
                Accept
              </button>
              <button aria-label={`Reject ${item.requirement.label}`} onClick={() => onReject([item])}>
                Reject
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
