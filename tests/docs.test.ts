import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BAND_IDS, BANDS, bandRange } from '@/lib/scoring/bands';
import { SKILLS } from '@/lib/scoring/skills';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The rows of the first table under `heading`, as trimmed cells, without the header and divider rows. */
function tableUnder(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  expect(start, `README has "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));
  return lines
    .slice(first + 2, end)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('docs agree with the code', () => {
  it('README’s band table lists every band of lib/scoring/bands.ts, in order, with its range and meaning', () => {
    const rows = tableUnder(read('README.md'), '### What a score means');
    expect(rows).toEqual(BANDS.map((band) => [band.label, bandRange(band), band.meaning]));
  });

  it('the bundle schema doc names every band id', () => {
    const doc = read('docs/bundle-schema.md');
    for (const id of BAND_IDS) expect(doc).toContain(`\`"${id}"\``);
  });

  it('README gives the vocabulary’s size as it is', () => {
    expect(read('README.md')).toContain(`a vocabulary of ${SKILLS.length} skills`);
  });
});
