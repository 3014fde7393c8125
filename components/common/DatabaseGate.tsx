import { useEffect, useState, type ReactNode } from 'react';
import { openDatabase, type OpenResult } from '@/lib/services';
import { PageStatus } from './PageStatus';

/** Opens (and if need be upgrades) the database before any view reads it; a failure is said, not hidden. */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<OpenResult | null>(null);
  useEffect(() => {
    void openDatabase().then(setOpened);
  }, []);
  if (opened === null) return null;
  if (!opened.ok)
    return (
      <main className="app">
        <PageStatus tone="problem" title="The database could not be opened">
          {opened.message}
        </PageStatus>
      </main>
    );
  return children;
}
