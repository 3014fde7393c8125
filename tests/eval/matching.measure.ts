import { describe, expect, it } from 'vitest';
import { ScoreResultSchema } from '@/lib/schema/score';
import { bandOf } from '@/lib/scoring/bands';
import { scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { agreementOf, hasMatchingFixtures, loadLabelledPeople, MATCHING_DIR } from './matching';
import { printTable } from './table';

const TARGETS = { band: 0.8, pairwise: 0.9 };

describe.skipIf(!hasMatchingFixtures)('scores against hand-labelled real developers (seed posting)', () => {
  if (!hasMatchingFixtures) console.warn(`labelled developers not found at ${MATCHING_DIR}; skipping`);

  it('agrees with the labeller on bands and on "A fits better than B"', () => {
    const people = loadLabelledPeople();
    const results = new Map(people.map((person) => [person.login, scoreProfile(person.profile, seedPosting)]));
    for (const result of results.values()) expect(() => ScoreResultSchema.parse(result)).not.toThrow();
    const total = (login: string) => results.get(login)!.total;
    const band = (login: string) => bandOf(total(login)).id;
    const rows = people.map(({ login, band: label }) => {
      const result = results.get(login)!;
      return [login, label, band(login), label === band(login) ? '' : 'differs', String(result.total), result.confidence, result.mustHavesMissing.join(', ') || '—'];
    });
    printTable('Labelled developers: the label’s band beside the score’s', ['person', 'label', 'band', '', 'score', 'confidence', 'must-haves missing'], rows);
    const agreement = agreementOf(people, band, total);
    console.log(
      [
        `\nband agreement ${agreement.bandsRight}/${people.length} = ${agreement.bandAgreement.toFixed(2)} (target ≥ ${TARGETS.band})`,
        `pairwise agreement ${agreement.pairsRight}/${agreement.pairs} = ${agreement.pairwise.toFixed(2)} (target ≥ ${TARGETS.pairwise})`,
        `pairs the wrong way round (better, worse): ${agreement.wrongPairs.map(([better, worse]) => `${better} ${total(better)} ≤ ${worse} ${total(worse)}`).join('; ') || 'none'}`,
      ].join('\n'),
    );
    expect(people.length).toBeGreaterThan(0);
  });
});
