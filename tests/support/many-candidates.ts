import type { ExportCandidate, ExportInput } from '@/lib/files';
import { writeShareFile } from '@/lib/files/share';
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

/** A shared shortlist of `count` invented people, each with one shared note, as a share file's text. */
export function manyShared(count: number, prefix = 'shared'): string {
  const people = manyCandidates(count, prefix);
  return writeShareFile({
    exportedAt: EXPORTED_AT,
    exportedBy: 'Ana Recruiter',
    posting,
    shortlist: { id: `list-${prefix}`, name: 'Round 1', createdAt: EXPORTED_AT, updatedAt: EXPORTED_AT, candidateKeys: people.map((p) => p.candidate.key) },
    candidates: people.map(({ candidate, score, notes }) => ({ candidate, ...(score ? { score } : {}), notes: notes.map((n) => ({ ...n, visibility: 'shared' as const })) })),
    feedback: [],
  });
}
