import { describe, expect, it } from 'vitest';
import type { MatchRow } from '@/lib/services/workflow/matches';
import { filterMatches, sortMatches } from '@/lib/matches/filter';

/** Invented candidates as the matches view holds them. */
const row = (key: string, fields: Partial<MatchRow> = {}): MatchRow => ({
  candidateKey: `github:${key}`,
  login: key,
  sites: ['github'],
  profileUrls: [`https://github.com/${key}`],
  firstSeenAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  latestNotes: [],
  status: 'new',
  tags: [],
  hasNotes: false,
  ...fields,
});

const rows = [
  row('ines', { name: 'Inês Example', headline: 'Go and Kubernetes', total: 82, mustHavesMet: true, status: 'shortlisted', tags: ['referral'], hasNotes: true }),
  row('bo', { name: 'Bo', headline: 'Frontend, React', total: 35, mustHavesMet: false, capped: true, tags: ['remote'], firstSeenAt: '2026-10-01T00:00:00.000Z' }),
  row('zoe', { total: 64, mustHavesMet: true, sites: ['github', 'stackoverflow'], status: 'contacted', tags: ['referral', 'remote'], updatedAt: '2026-11-20T09:00:00.000Z' }),
  row('unscored'),
];
const keys = (list: MatchRow[]) => list.map((r) => r.login);

describe('matches filters', () => {
  it('with no filter keeps everyone', () => {
    expect(keys(filterMatches(rows, {}))).toEqual(['ines', 'bo', 'zoe', 'unscored']);
  });

  it.each([
    [{ minScore: 60 }, ['ines', 'zoe']],
    [{ minScore: 0 }, ['ines', 'bo', 'zoe']], // an unscored candidate has no score to pass
    [{ mustHavesMet: true }, ['ines', 'zoe']],
    [{ mustHavesMet: false }, ['bo', 'unscored']],
    [{ statuses: ['shortlisted', 'contacted'] }, ['ines', 'zoe']],
    [{ tags: ['referral'] }, ['ines', 'zoe']],
    [{ tags: ['referral', 'remote'] }, ['zoe']], // every chosen tag
    [{ sites: ['stackoverflow'] as const }, ['zoe']],
    [{ hasNotes: true }, ['ines']],
    [{ capturedTo: '2026-10-31' }, ['bo']],
    [{ capturedFrom: '2026-11-01' }, ['ines', 'zoe', 'unscored']],
    [{ updatedFrom: '2026-11-15' }, ['zoe']],
    [{ updatedTo: '2026-11-01' }, ['ines', 'bo', 'unscored']], // a date alone includes its whole day
  ])('%j', (filters, expected) => {
    expect(keys(filterMatches(rows, filters))).toEqual(expected);
  });

  it('searches name, login and headline without case, and notes through the note hits', () => {
    expect(keys(filterMatches(rows, { text: 'kubernetes' }))).toEqual(['ines']);
    expect(keys(filterMatches(rows, { text: 'INÊS' }))).toEqual(['ines']);
    expect(keys(filterMatches(rows, { text: 'zo' }))).toEqual(['zoe']);
    expect(keys(filterMatches(rows, { text: 'asked about salary' }, new Set(['github:bo'])))).toEqual(['bo']);
    expect(keys(filterMatches(rows, { text: '   ' }))).toHaveLength(4);
  });

  it('combines filters: all must hold', () => {
    expect(keys(filterMatches(rows, { minScore: 50, tags: ['remote'], mustHavesMet: true }))).toEqual(['zoe']);
  });
});

describe('matches order', () => {
  it('by score puts the unscored last and breaks ties by name', () => {
    const tie = [...rows, row('ada', { name: 'Ada', total: 64 })];
    expect(keys(sortMatches(tie, 'score'))).toEqual(['ines', 'ada', 'zoe', 'bo', 'unscored']);
  });

  it('by name compares as people read names (accents, case, numbers)', () => {
    const named = [row('b', { name: 'émile' }), row('a', { name: 'Zed' }), row('c', { name: 'Ana 10' }), row('d', { name: 'ana 9' })];
    expect(sortMatches(named, 'name').map((r) => r.name)).toEqual(['ana 9', 'Ana 10', 'émile', 'Zed']);
  });

  it('by dates, newest first, and never changes its input', () => {
    const before = keys(rows);
    expect(keys(sortMatches(rows, 'updated'))[0]).toBe('zoe');
    expect(keys(sortMatches(rows, 'captured')).at(-1)).toBe('bo');
    expect(keys(rows)).toEqual(before);
  });
});
