import { describe, expect, it } from 'vitest';
import { pseudonym, shownName } from '@/lib/people/blind';

describe('blind review pseudonyms', () => {
  it('are stable per person and look like "Candidate K3F9QZ"', () => {
    expect(pseudonym('github:torvalds')).toBe(pseudonym('github:torvalds'));
    expect(pseudonym('github:torvalds')).toMatch(/^Candidate [0-9A-Z]{6}$/);
    expect(pseudonym('github:torvalds')).not.toBe(pseudonym('github:torvald'));
  });

  it('never contain the name or login', () => {
    const shown = pseudonym('github:ana');
    expect(shown.toLowerCase()).not.toContain('ana');
  });

  it('hardly ever repeat across 10,000 people', () => {
    const names = new Set(Array.from({ length: 10_000 }, (_, index) => pseudonym(`github:user-${index}`)));
    expect(names.size).toBeGreaterThanOrEqual(9_998);
  });

  it('shownName: the pseudonym when blind, else name, else login', () => {
    const person = { key: 'github:ana', name: 'Ana Ruiz', login: 'ana' };
    expect(shownName(person, false)).toBe('Ana Ruiz');
    expect(shownName({ key: 'github:ana', login: 'ana' }, false)).toBe('ana');
    expect(shownName(person, true)).toBe(pseudonym('github:ana'));
  });
});
