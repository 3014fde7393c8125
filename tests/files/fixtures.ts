import { CandidateSchema, CandidateScoreSchema, NoteSchema, type Candidate, type CandidateScore, type Note } from '@/lib/schema/candidate';
import { PostingSchema, type Posting } from '@/lib/schema/posting';
import type { ExportCandidate, ExportInput } from '@/lib/files';

/** Hand-made, invented people and a small posting; parsed through the schemas so defaults are filled in. */
export const EXPORTED_AT = '2026-11-25T14:03:00.000Z';
const AT = '2026-11-20T09:00:00.000Z';

export const posting: Posting = PostingSchema.parse({
  id: 'go-backend',
  title: 'Senior Go backend engineer',
  requirements: [
    { id: 'go', label: 'Go', kind: 'must', weight: 5, skills: ['go'] },
    { id: 'k8s', label: 'Kubernetes', kind: 'plus', weight: 2, skills: ['kubernetes'] },
  ],
  builtIn: false,
  createdAt: AT,
  updatedAt: AT,
});

export function note(candidateKey: string, id: string, text: string, createdAt = AT): Note {
  return NoteSchema.parse({ id, candidateKey, text, createdAt, updatedAt: createdAt });
}

/** Mara: GitHub (with a public email) and a linked Stack Overflow profile; Go met, Kubernetes not. */
export const mara: Candidate = CandidateSchema.parse({
  key: 'github:maratest',
  site: 'github',
  login: 'maratest',
  name: 'Mara Testwood',
  profileUrl: 'https://github.com/maratest',
  profile: {
    site: 'github',
    login: 'maratest',
    url: 'https://github.com/maratest',
    name: 'Mara Testwood',
    bio: 'Distributed systems in Go',
    email: 'mara@example.org',
    capturedAt: AT,
  },
  linked: [
    {
      key: 'stackoverflow:4242',
      via: 'link',
      linkedAt: AT,
      profile: { site: 'stackoverflow', login: '4242', url: 'https://stackoverflow.com/users/4242/mara', tags: [], capturedAt: AT },
    },
  ],
  profileKeys: ['github:maratest', 'stackoverflow:4242'],
  firstSeenAt: AT,
  updatedAt: AT,
});

export const maraScore: CandidateScore = CandidateScoreSchema.parse({
  candidateKey: mara.key,
  postingId: posting.id,
  total: 71,
  postingUpdatedAt: AT,
  scoredAt: AT,
  result: {
    postingId: posting.id,
    total: 71,
    confidence: 'medium',
    confidenceReasons: ['No repository list: page only'],
    mustHavesMissing: [],
    capped: false,
    requirements: [
      {
        requirementId: 'go',
        label: 'Go',
        kind: 'must',
        weight: 5,
        met: true,
        strength: 0.9,
        points: 64.2857,
        maxPoints: 71.43,
        evidence: [
          {
            requirementId: 'go',
            source: 'pinned-repo',
            quote: 'scheduler — a job queue written in Go',
            where: 'pinned repository maratest/scheduler',
            url: 'https://github.com/maratest/scheduler',
            points: 40,
          },
        ],
      },
      { requirementId: 'k8s', label: 'Kubernetes', kind: 'plus', weight: 2, met: false, strength: 0, points: 0, maxPoints: 28.57, evidence: [] },
    ],
  },
});

/** Jonas: GitLab only, no score for the posting. */
export const jonas: Candidate = CandidateSchema.parse({
  key: 'gitlab:jbeispiel',
  site: 'gitlab',
  login: 'jbeispiel',
  profileUrl: 'https://gitlab.com/jbeispiel',
  profile: { site: 'gitlab', login: 'jbeispiel', url: 'https://gitlab.com/jbeispiel', jobTitle: 'Platform engineer', capturedAt: AT },
  firstSeenAt: AT,
  updatedAt: AT,
});

export const maraEntry = (overrides: Partial<ExportCandidate> = {}): ExportCandidate => ({
  candidate: mara,
  score: maraScore,
  status: 'shortlisted',
  tags: ['go', 'remote'],
  notes: [note(mara.key, 'n2', 'Call went well', '2026-11-22T10:00:00.000Z'), note(mara.key, 'n1', 'Asked about on-call')],
  ...overrides,
});

export const jonasEntry = (overrides: Partial<ExportCandidate> = {}): ExportCandidate => ({
  candidate: jonas,
  tags: [],
  notes: [],
  ...overrides,
});

export const exportInput = (overrides: Partial<ExportInput> = {}): ExportInput => ({
  posting,
  title: 'Go backend – round 1',
  exportedAt: EXPORTED_AT,
  candidates: [maraEntry(), jonasEntry()],
  ...overrides,
});
