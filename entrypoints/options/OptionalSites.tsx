import { messageOf } from '@/lib/error-message';
import { useEffect, useState } from 'react';
import { OPTIONAL_SITES, type OptionalSite } from '@/lib/optional-sites';

/** Sites a recruiter turns on: the browser asks for the permission then, not at install. */
export function OptionalSites() {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string>();

  const refresh = async () => {
    const entries = await Promise.all(OPTIONAL_SITES.map(async (site) => [site.id, await browser.permissions.contains({ origins: site.origins })] as const));
    setGranted(Object.fromEntries(entries));
  };
  useEffect(() => void refresh(), []);

  // permissions.request must run straight from the click: no await before it.
  const toggle = (site: OptionalSite, on: boolean) => {
    const change = on ? browser.permissions.request({ origins: site.origins }) : browser.permissions.remove({ origins: site.origins });
    change.then(
      (done) => {
        setError(done || !on ? undefined : `The browser did not allow ${site.label}.`);
        void refresh();
      },
      (cause: unknown) => setError(messageOf(cause)),
    );
  };

  return (
    <section>
      <h2>More sites</h2>
      <p>GitHub, Stack Overflow, www.linkedin.com and GitLab are always read. These are read only if you turn them on:</p>
      {OPTIONAL_SITES.map((site) => (
        <label key={site.id} className="options__site">
          <input type="checkbox" checked={granted[site.id] ?? false} onChange={(event) => toggle(site, event.target.checked)} />
          <span>
            <strong>{site.label}</strong>: {site.description}
          </span>
        </label>
      ))}
      {error && (
        <p className="options__status options__status--bad" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
