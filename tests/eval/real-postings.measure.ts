import { describe, expect, it } from 'vitest';
import { proposeRubric } from '@/lib/postings/propose';
import { hasRealPostings, loadRealPostings, REAL_POSTINGS_DIR, scorePosting } from './real-postings';
import { printTable } from './table';

const TARGETS = { mustRecall: 0.9, mustPrecision: 0.9, plusRecall: 0.85 };
const ratio = (part: number, whole: number) => (whole === 0 ? '—' : (part / whole).toFixed(2));

describe.skipIf(!hasRealPostings)('rubrics proposed from real job postings against their hand labels', () => {
  if (!hasRealPostings) console.warn(`labelled postings not found at ${REAL_POSTINGS_DIR}; skipping`);

  it('prints must recall, must precision, plus recall and the not-skills proposed, per posting and overall', () => {
    const scores = loadRealPostings().map((posting) => scorePosting(posting, proposeRubric(posting.text).requirements));
    const rows = scores.map((s) => [
      s.name,
      `${s.mustFound}/${s.mustTotal} ${ratio(s.mustFound, s.mustTotal)}`,
      `${s.mustRight}/${s.mustProposed} ${ratio(s.mustRight, s.mustProposed)}`,
      `${s.plusFound}/${s.plusTotal} ${ratio(s.plusFound, s.plusTotal)}`,
      String(s.notSkillsProposed.length),
    ]);
    printTable('Real postings: proposed rubric against the labels', ['posting', 'must recall', 'must precision', 'plus recall', 'not-skills proposed'], rows);
    for (const s of scores) {
      const lines = [
        s.mustMissed.length ? `  must missed: ${s.mustMissed.join(', ')}` : '',
        s.mustWrong.length ? `  proposed as must, not labelled must: ${s.mustWrong.join(', ')}` : '',
        s.plusMissed.length ? `  plus missed: ${s.plusMissed.join(', ')}` : '',
        s.notSkillsProposed.length ? `  not-skills proposed: ${s.notSkillsProposed.map((entry) => entry.split(' (')[0]).join('; ')}` : '',
        s.unmapped.length ? `  labels the vocabulary cannot name: ${s.unmapped.join(', ')}` : '',
      ].filter(Boolean);
      if (lines.length > 0) console.log(`${s.name}\n${lines.join('\n')}`);
    }
    const sum = (pick: (s: (typeof scores)[number]) => number) => scores.reduce((total, s) => total + pick(s), 0);
    console.log(
      [
        `\nmust recall ${ratio(sum((s) => s.mustFound), sum((s) => s.mustTotal))} (target ≥ ${TARGETS.mustRecall})`,
        `must precision ${ratio(sum((s) => s.mustRight), sum((s) => s.mustProposed))} (target ≥ ${TARGETS.mustPrecision})`,
        `plus recall ${ratio(sum((s) => s.plusFound), sum((s) => s.plusTotal))} (target ≥ ${TARGETS.plusRecall})`,
        `not-skills proposed ${sum((s) => s.notSkillsProposed.length)} (target 0)`,
        `labels the vocabulary cannot name ${sum((s) => s.unmapped.length)}`,
      ].join('\n'),
    );
    expect(scores.length).toBeGreaterThan(0);
  });
});
