import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentScorer, mergeCandidates, recentCandidatesExcept, splitProfile } from '@/lib/services';
import type { Candidate } from '@/lib/schema/candidate';
import { profileHandle } from '@/lib/people/summary';
import { SafeLink } from '../common/SafeLink';
import { useAction } from '../hooks/use-action';

const MERGE_CHOICES = 200;

/** The person's profiles on each site, with merge and split by hand. */
export function LinkedProfiles({ candidate }: { candidate: Candidate }) {
  const { error, run } = useAction();
  const [mergeWith, setMergeWith] = useState('');
  const others = useLiveQuery(
    () => recentCandidatesExcept(candidate.key, MERGE_CHOICES),
    [candidate.key],
  );

  return (
    <section className="linked" aria-label="Profiles">
      <h2>Profiles</h2>
      <ul className="linked__list" data-testid="linked-profiles">
        <li>
          <SafeLink href={candidate.profile.url}>{profileHandle(candidate.profile)}</SafeLink>
          {candidate.linked.length > 0 && <span className="linked__how"> · main profile</span>}
        </li>
        {candidate.linked.map((linked) => (
          <li key={linked.key}>
            <SafeLink href={linked.profile.url}>{profileHandle(linked.profile)}</SafeLink>
            <span className="linked__how">{linked.via === 'link' ? ' · linked from a profile' : ' · merged by hand'}</span>
            <button type="button" className="linked__split" onClick={() => void run(async () => splitProfile(candidate.key, linked.key, await currentScorer()))}>
              Split off
            </button>
          </li>
        ))}
      </ul>
      {others && others.length > 0 && (
        <form
          className="linked__merge"
          onSubmit={(event) => {
            event.preventDefault();
            if (mergeWith) void run(async () => mergeCandidates(candidate.key, mergeWith, await currentScorer())).then(() => setMergeWith(''));
          }}
        >
          <label htmlFor="merge-with">Same person as</label>
          <select id="merge-with" value={mergeWith} onChange={(event) => setMergeWith(event.target.value)}>
            <option value="">choose a candidate…</option>
            {others.map((other) => (
              <option key={other.key} value={other.key}>
                {other.name ? `${other.name} (${profileHandle(other.profile)})` : profileHandle(other.profile)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!mergeWith}>
            Merge
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="linked__error">
          {error}
        </p>
      )}
    </section>
  );
}
