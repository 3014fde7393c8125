import { describe, expect, it } from 'vitest';
import { FILE_NAME_MAX, fileNameFor, slugify } from '@/lib/files';

const AT = '2026-11-25T14:03:00.000Z';

describe('fileNameFor', () => {
  it.each([
    ['csv', 'Go backend – round 1', 'talent-lens_go-backend-round-1_2026-11-25.csv'],
    ['json', 'Filtered matches', 'talent-lens_filtered-matches_2026-11-25.json'],
    ['html', '  C++ / Rust!!  (EU, remote) ', 'talent-lens_c-rust-eu-remote_2026-11-25.html'],
    ['csv', 'Développeur·se Rust – Zürich', 'talent-lens_developpeur-se-rust-zurich_2026-11-25.csv'],
    ['csv', 'Straße Ærø Łódź', 'talent-lens_strasse-aero-lodz_2026-11-25.csv'],
    ['csv', 'ＦＵＬＬ width ①', 'talent-lens_full-width-1_2026-11-25.csv'],
    ['csv', 'Go 🚀 team', 'talent-lens_go-team_2026-11-25.csv'],
    ['csv', '../../etc/passwd', 'talent-lens_etc-passwd_2026-11-25.csv'],
    ['csv', 'CON', 'talent-lens_con_2026-11-25.csv'],
  ] as const)('%s of %j → %s', (kind, title, expected) => {
    expect(fileNameFor(kind, title, AT)).toBe(expected);
  });

  it.each(['', '   ', '后端工程师', 'مطور خلفية', '🚀🚀', '<>:"/\\|?*'])('falls back to "export" for a title with no ASCII letters: %j', (title) => {
    expect(fileNameFor('html', title, AT)).toBe('talent-lens_export_2026-11-25.html');
  });

  it('keeps names ASCII, safe and at most 80 characters', () => {
    const name = fileNameFor('html', `${'Very long shortlist name '.repeat(20)}end`, AT);
    expect(name.length).toBeLessThanOrEqual(FILE_NAME_MAX);
    expect(name).toMatch(/^talent-lens_[a-z0-9]+(-[a-z0-9]+)*_2026-11-25\.html$/);
  });

  it('uses the calendar date as written in the ISO time, and copes with an unreadable one', () => {
    expect(fileNameFor('csv', 'x', '2026-11-25T23:30:00-05:00')).toBe('talent-lens_x_2026-11-25.csv');
    expect(fileNameFor('csv', 'x', 'not a date')).toBe('talent-lens_x.csv');
  });
});

describe('slugify', () => {
  it('lowercases, drops accents and joins words with single dashes', () => {
    expect(slugify('  Ünïcödé -- Tëst  ')).toBe('unicode-test');
    expect(slugify('a'.repeat(100), 10)).toBe('a'.repeat(10));
    expect(slugify('abc def ghi', 4)).toBe('abc');
  });
});
