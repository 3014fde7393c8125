import { describe, expect, it } from 'vitest';
import type { Posting } from '@/lib/schema/posting';
import { type ScoreResult, ScoreResultSchema } from '@/lib/schema/score';
import { scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { hasRealFixtures, SKIP_REASON } from '../real-fixtures';
import { dataEngineeringPosting, frontendReactPosting } from './postings';
import { loadRealEntries } from './real-profiles';
import { printTable } from './table';

const POSTINGS: readonly { column: string; posting: Posting }[] = [
  { column: 'backend Go (seed)', posting: seedPosting },
  { column: 'frontend React', posting: frontendReactPosting },
  { column: 'data engineering', posting: dataEngineeringPosting },
];

function scoreCell(result: ScoreResult): string {
  return `${result.total}${result.capped ? ' capped' : ''}`;
}

/** "seed: go, os-concurrency" from the missing must-haves' labels, by requirement id (shorter). */
function missingCell(results: readonly ScoreResult[]): string {
  const parts = results.flatMap((result, i) => {
    const { posting, column } = POSTINGS[i]!;
    const ids = result.mustHavesMissing.map((label) => posting.requirements.find((r) => r.label === label)?.id ?? label);
    return ids.length > 0 ? [`${column.split(' ')[0]}: ${ids.join(', ')}`] : [];
  });
  return parts.join('; ') || '—';
}

describe.skipIf(!hasRealFixtures)('scorer quality on real profiles', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('scores every real GitHub page and API user against three postings', () => {
    const entries = loadRealEntries();
    const rows: string[][] = [];
    const notScored: string[][] = [];
    const person = (entry: { person: string }) => (entry.person.length > 40 ? `${entry.person.slice(0, 39)}…` : entry.person);
    for (const entry of entries) {
      if (!entry.profile) {
        notScored.push([person(entry), entry.source, '-', '-', '-', '-', entry.skipped ?? '']);
        continue;
      }
      const results = POSTINGS.map(({ posting }) => scoreProfile(entry.profile!, posting));
      for (const result of results) expect(() => ScoreResultSchema.parse(result)).not.toThrow();
      const confidence = `${results[0]!.confidence}: ${results[0]!.confidenceReasons[0]}`;
      rows.push([person(entry), entry.source, ...results.map(scoreCell), missingCell(results), confidence]);
    }
    const header = ['person', 'source', ...POSTINGS.map((p) => p.column), 'must-haves missing', 'confidence (or why not scored)'];
    printTable('Scores on real profiles ("capped": a must-have is missing and the total was lowered to the cap)', header, [...rows, ...notScored]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
