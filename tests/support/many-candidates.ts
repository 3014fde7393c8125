import type { ExportCandidate, ExportInput } from '@/lib/files';
import { EXPORTED_AT, mara, maraScore, note, posting } from '../files/fixtures';

/** `count` invented people cloned from Mara, each with a score, a stage, a tag on every third, and one note. */
export function manyCandidates(count: number, prefix = 'person'): ExportCandidate[] {
  return Array.from({ length: count }, (_, i) => {
    const key = `github:${prefix}-${i}`;
    return {
      candidate: { ...mara, key, login: `${prefix}-${i}`, profileKeys: [key], linked: [] },
      score: { ...maraScore, candidateKey: key, total: i % 101 },
      status: i % 2 ? 'contacted' : 'shortlisted',
      tags: i % 3 ? [] : ['referral'],
      notes: [note(key, `${prefix}-note-${i}`, `Call ${i} went well`)],
    };
  });
}

export const manyInput = (count: number, prefix?: string): ExportInput => ({ posting, title: 'Many', exportedAt: EXPORTED_AT, candidates: manyCandidates(count, prefix) });
