import { describe, expect, it } from 'vitest';
import { PostingSchema } from '@/lib/schema/posting';
import { scoreProfile } from '@/lib/scoring/score';
import { SEED_POSTING_ID, seedPosting } from '@/lib/scoring/seed-posting';
import { getSkill } from '@/lib/scoring/skills';
import { goInfraPerson, rubyVeteran } from './profiles';

describe('seed posting', () => {
  it('validates against PostingSchema', () => {
    expect(PostingSchema.parse(seedPosting)).toEqual(seedPosting);
  });

  it('is the built-in backend CI/CD posting', () => {
    expect(seedPosting.id).toBe(SEED_POSTING_ID);
    expect(seedPosting.id).toBe('seed-backend-ci-cd');
    expect(seedPosting.builtIn).toBe(true);
  });

  it.each(seedPosting.requirements.flatMap((r) => r.skills.map((skill) => [r.id, skill] as const)))(
    'requirement %s uses skill %s from the vocabulary',
    (_requirement, skillId) => {
      expect(getSkill(skillId)).toBeDefined();
    },
  );

  it('has the posting’s must-haves, and only those', () => {
    const musts = seedPosting.requirements.filter((r) => r.kind === 'must').map((r) => r.id);
    expect(musts).toEqual(['go', 'os-concurrency', 'open-source']);
  });

  it('weights rarely-evidenced requirements low', () => {
    const weightOf = (id: string) => seedPosting.requirements.find((r) => r.id === id)?.weight;
    expect(weightOf('algorithms-performance')).toBeLessThanOrEqual(2);
    expect(weightOf('written-communication')).toBeLessThanOrEqual(2);
  });

  it('every requirement can be evidenced by some profile', () => {
    const results = [goInfraPerson, rubyVeteran].map((profile) => scoreProfile(profile, seedPosting));
    for (const requirement of seedPosting.requirements) {
      const evidenced = results.some((result) => result.requirements.find((r) => r.requirementId === requirement.id)?.met);
      expect(evidenced, requirement.id).toBe(true);
    }
  });
});

describe('PostingSchema', () => {
  const base = { ...seedPosting, builtIn: false };

  it('rejects duplicate requirement ids', () => {
    const first = seedPosting.requirements[0]!;
    expect(PostingSchema.safeParse({ ...base, requirements: [first, first] }).success).toBe(false);
  });

  it.each([0, 11, 2.5])('rejects weight %s', (weight) => {
    const requirement = { ...seedPosting.requirements[0]!, weight };
    expect(PostingSchema.safeParse({ ...base, requirements: [requirement] }).success).toBe(false);
  });

  it('accepts a requirement made only of recruiter terms, rejects one with neither skills nor terms', () => {
    const termsOnly = { id: 'phoenix', label: 'Phoenix', kind: 'plus', weight: 3, skills: [], terms: ['Phoenix'] };
    expect(PostingSchema.safeParse({ ...base, requirements: [termsOnly] }).success).toBe(true);
    expect(PostingSchema.safeParse({ ...base, requirements: [{ ...termsOnly, terms: [] }] }).success).toBe(false);
  });
});
