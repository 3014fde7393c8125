import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getEnrichment, getRateLimit } from '@/lib/services';
import { sendMessage } from '@/lib/messaging';
import { describeBudget, describeEnrichment, describeFailure, describeFreshness } from '@/lib/sites/github/api/describe';

/** What the GitHub API added to this candidate, how fresh it is, the request budget, and Refresh. */
export function EnrichmentStatus({ candidateKey }: { candidateKey: string }) {
  const enrichment = useLiveQuery(async () => (await getEnrichment(candidateKey)) ?? null, [candidateKey]);
  const limits = useLiveQuery(() => getRateLimit(), []);
  const [refreshing, setRefreshing] = useState(false);
  if (enrichment === undefined) return null;

  const now = new Date();
  const refresh = () => {
    setRefreshing(true);
    sendMessage('refreshEnrichment', candidateKey)
      .catch(() => undefined)
      .finally(() => setRefreshing(false));
  };
  return (
    <section className="enrichment" aria-label="GitHub API data" data-testid="enrichment">
      <p className="enrichment__summary" data-testid="enrichment-summary">
        {enrichment ? (describeEnrichment(enrichment) ?? 'Nothing read from the GitHub API yet.') : 'Reading repositories from the GitHub API…'}
      </p>
      {enrichment?.failure && (
        <p className="enrichment__failure" role="alert" data-testid="enrichment-failure">
          {describeFailure(enrichment, enrichment.failure)}
        </p>
      )}
      <p className="enrichment__meta">
        {enrichment && <span data-testid="enrichment-freshness">{describeFreshness(enrichment, now)} </span>}
        <span data-testid="rate-budget">{describeBudget(limits, now)}</span>
      </p>
      <button type="button" onClick={refresh} disabled={refreshing}>
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </button>
    </section>
  );
}
