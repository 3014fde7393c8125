import { useEffect, useState } from 'react';
import { isMarkerAlwaysShown, setMarkerAlwaysShown } from '@/lib/services';

/** When the marker appears beside a person's name on GitHub, GitLab, Stack Overflow and LinkedIn. */
export function MarkerSetting() {
  const [always, setAlways] = useState<boolean>();
  useEffect(() => void isMarkerAlwaysShown().then(setAlways), []);
  const change = (next: boolean) => {
    setAlways(next);
    void setMarkerAlwaysShown(next);
  };
  if (always === undefined) return null;
  return (
    <section aria-labelledby="marker-heading">
      <h2 id="marker-heading">On the page</h2>
      <p>
        A small marker beside a person’s name shows their score for the active posting, the stage, shortlists, notes and when you
        last saw them. Clicking it opens the panel on that person. It asks nothing of the network.
      </p>
      <label>
        <input type="checkbox" checked={always} onChange={(event) => change(event.target.checked)} /> Show it on every
        profile I visit, not only on people captured before
      </label>
    </section>
  );
}
