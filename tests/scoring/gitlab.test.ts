/** The GitLab analyzer, on hand-made GitlabProfile objects: every person and project here is invented. */
import { describe, expect, it } from 'vitest';
import { ProfileAnalysisSchema, type FoundEvidence, type ProfileAnalysis } from '@/lib/schema/analysis';
import { type GitlabProfile, GitlabProfileSchema, LIMITS, type Repository } from '@/lib/schema/profile';
import type { ScoreResult } from '@/lib/schema/score';
import { analyzeProfile } from '@/lib/scoring/analyze';
import { MUST_HAVE_CAP, scoreAnalysis } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { GITLAB_VALUES, analyzeGitlab } from '@/lib/sites/gitlab/analysis';
import { SIGNAL_VALUES } from '@/lib/scoring/values';

/** Evidence of one kind inside a skill's list (profile signals are folded into the skills that read them). */
const ofSource = (analysis: ProfileAnalysis, skill: string, source: string) => (analysis.skills[skill] ?? []).filter((evidence) => evidence.source === source);


const CAPTURED_AT = '2026-03-01T12:00:00.000Z';
const PROFILE_URL = 'https://gitlab.com/alice-dev';
const PROJECTS_TAB = 'https://gitlab.com/users/alice-dev/projects';

function gitlab(fields: Partial<GitlabProfile> = {}): GitlabProfile {
  return GitlabProfileSchema.parse({ site: 'gitlab', login: 'alice-dev', url: PROFILE_URL, capturedAt: CAPTURED_AT, ...fields });
}

function project(name: string, fields: Partial<Repository> = {}): Repository {
  return {
    name,
    owner: 'alice-dev',
    url: `https://gitlab.com/alice-dev/${name}`,
    topics: [],
    stars: 0,
    forks: 0,
    isFork: false,
    archived: false,
    pushedAt: '2026-02-01T00:00:00.000Z',
    ...fields,
  };
}

const evidenceOf = (analysis: ProfileAnalysis, skillId: string): FoundEvidence[] => analysis.skills[skillId] ?? [];
const requirement = (result: ScoreResult, id: string) => {
  const found = result.requirements.find((r) => r.requirementId === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};

describe('projects', () => {
  // GitLab's project list gives no size (projectToRepository sets none): a project as GitLab gives it.
  it('a Go project is Go evidence, linked to the person’s GitLab projects list', () => {
    const analysis = analyzeGitlab(gitlab({ repositories: [project('runner-lite', { language: 'Go', stars: 58 })] }));
    const [go] = evidenceOf(analysis, 'go');
    expect(go).toMatchObject({ location: 'language:go', source: 'repository-language', where: 'public repositories in Go' });
    expect(go?.quote).toMatch(/^Go is the main language of 1 of 1 original repository\b/);
    expect(go?.quote).not.toMatch(/star/); // stars are adoption, not Go
    expect(new URL(go!.url).origin + new URL(go!.url).pathname).toBe(PROJECTS_TAB);
  });

  it('stars on a project are adoption, for open source only, linked to the projects list', () => {
    const starred = analyzeGitlab(gitlab({ repositories: [project('runner-lite', { language: 'Go', description: 'CI runner for Kubernetes', stars: 58, forks: 7 })] }));
    const unstarred = analyzeGitlab(gitlab({ repositories: [project('runner-lite', { language: 'Go', description: 'CI runner for Kubernetes' })] }));
    const { 'open-source': _starredOss, ...starredSkills } = starred.skills;
    const { 'open-source': _unstarredOss, ...unstarredSkills } = unstarred.skills;
    expect(starredSkills).toEqual(unstarredSkills);
    expect(ofSource(unstarred, 'open-source', 'adoption')).toEqual([]);
    const [adoption] = ofSource(starred, 'open-source', 'adoption');
    expect(adoption).toMatchObject({ location: 'adoption', source: 'adoption', quote: '58 stars and 7 forks by others on 1 original repository (most: runner-lite, 58 stars)' });
    expect(new URL(adoption!.url).origin + new URL(adoption!.url).pathname).toBe(PROJECTS_TAB);
  });

  it('a project whose topics or description name Go is evidence linked to the project itself', () => {
    const analysis = analyzeGitlab(gitlab({ repositories: [project('ci-tools', { topics: ['golang'], description: 'Small tools' })] }));
    expect(evidenceOf(analysis, 'go')).toEqual([
      expect.objectContaining({ location: 'repo:alice-dev/ci-tools', source: 'repository-topic', quote: 'topic: golang', url: 'https://gitlab.com/alice-dev/ci-tools' }),
    ]);
  });

  it('a project named "lets-go" with no language is not Go', () => {
    const analysis = analyzeGitlab(gitlab({ repositories: [project('lets-go', { description: "Notes from a hiking trip. Let's go!", topics: ['hiking'] })] }));
    expect(evidenceOf(analysis, 'go')).toEqual([]);
  });

  it('a fork counts nothing: GitLab gives no creation time, so no change after forking can be shown', () => {
    const fork = analyzeGitlab(gitlab({ repositories: [project('runner', { language: 'Go', topics: ['kubernetes'], isFork: true, stars: 40 })] }));
    expect(evidenceOf(fork, 'go')).toEqual([]);
    expect(evidenceOf(fork, 'kubernetes')).toEqual([]);
    // a fork alone is no open-source work of one's own, and stars on it are no adoption of the person's projects
    expect(ofSource(fork, 'open-source', 'repositories')).toEqual([]);
    expect(ofSource(fork, 'open-source', 'adoption')).toEqual([]);
    expect(fork.siteCoverage[0]!.reasons[0]).toBe('all 1 public project read');
  });

  it('keeps repository locations as repositories.ts makes them', () => {
    // enough projects that the all-projects item is listed whatever their (unknown) size
    const others = Array.from({ length: 30 }, (_, i) => project(`tool-${i}`, { language: 'Shell' }));
    const analysis = analyzeGitlab(gitlab({ repositories: [project('runner-lite', { language: 'Go', description: 'Runs CI jobs on Kubernetes', stars: 9 }), ...others] }));
    expect(evidenceOf(analysis, 'kubernetes').map((evidence) => evidence.location)).toEqual(['repo:alice-dev/runner-lite']);
    expect(ofSource(analysis, 'open-source', 'repositories').map((evidence) => evidence.location)).toEqual(['repositories']);
    expect(ofSource(analysis, 'open-source', 'adoption').map((evidence) => evidence.location)).toEqual(['adoption']);
  });
});

describe('the profile’s own words and numbers', () => {
  const analysis = analyzeGitlab(
    gitlab({
      bio: 'I maintain open source tooling in Go.',
      jobTitle: 'Senior Kubernetes Engineer',
      company: 'Docker',
      followers: 1_234,
    }),
  );

  it('reads the bio, the job title (as a headline) and the organization (as a company)', () => {
    expect(evidenceOf(analysis, 'go')).toEqual([
      { location: 'gitlab:bio', source: 'bio', quote: 'I maintain open source tooling in Go', where: 'GitLab bio', url: PROFILE_URL, value: GITLAB_VALUES.bio },
    ]);
    expect(evidenceOf(analysis, 'kubernetes')).toEqual([
      { location: 'gitlab:job-title', source: 'headline', quote: 'Senior Kubernetes Engineer', where: 'GitLab job title', url: PROFILE_URL, value: GITLAB_VALUES.jobTitle },
    ]);
    expect(evidenceOf(analysis, 'docker')).toEqual([
      { location: 'gitlab:company', source: 'company', quote: 'Docker', where: 'GitLab organization', url: PROFILE_URL, value: GITLAB_VALUES.organization },
    ]);
  });

  it('counts followers as a signal, linked to the followers list', () => {
    expect(ofSource(analysis, 'community', 'followers')).toEqual([
      {
        location: 'gitlab:followers',
        source: 'followers',
        quote: '1.2k followers on GitLab',
        where: 'GitLab followers',
        url: 'https://gitlab.com/users/alice-dev/followers',
        value: SIGNAL_VALUES.followersPerDecade * Math.log10(1 + 1_234),
      },
    ]);
  });

  it('prefixes every site-level location with "gitlab:", and keeps the texts for recruiter terms', () => {
    const locations = Object.values(analysis.skills).flat().map((evidence) => evidence.location);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location).toMatch(/^gitlab:/);
    expect(analysis.texts.map(({ location }) => location)).toEqual(['gitlab:bio', 'gitlab:job-title', 'gitlab:company']);
  });
});

describe('privacy: name, username and location are never read', () => {
  it('does not touch them at all', () => {
    const profile = gitlab({ bio: 'Go developer', repositories: [project('tool', { language: 'Go' })] });
    for (const field of ['name', 'login', 'location', 'website', 'socialLinks'] as const) {
      Object.defineProperty(profile, field, {
        get() {
          throw new Error(`read ${field}`);
        },
      });
    }
    expect(() => analyzeGitlab(profile)).not.toThrow();
  });

  it('a name or location full of skills is no evidence', () => {
    const analysis = analyzeGitlab(gitlab({ name: 'Go Kubernetes Docker', location: 'Golang City, Rust Belt' }));
    expect(analysis.skills).toEqual({});
    expect(JSON.stringify(analysis)).not.toMatch(/Kubernetes Docker|Golang City/);
  });
});

describe('coverage', () => {
  const many = Array.from({ length: LIMITS.repositories }, (_, i) => project(`p${i}`));
  it.each([
    ['nothing read', gitlab(), 0, ['projects not read from the GitLab API', 'no bio']],
    ['a bio only', gitlab({ bio: 'Hello' }), 1, ['projects not read from the GitLab API', 'bio read']],
    ['an empty project list', gitlab({ repositories: [] }), 1, ['no public projects', 'no bio']],
    [
      'projects, some with a language, and a bio',
      gitlab({ bio: 'Hello', repositories: [project('a', { language: 'Go' }), project('b')] }),
      4,
      ['all 2 public projects read', 'languages known for 1 of 2 projects', 'bio read'],
    ],
    ['one project with its language', gitlab({ repositories: [project('a', { language: 'Go' })] }), 3, ['all 1 public project read', 'no bio']],
    [
      'the cap',
      gitlab({ repositories: many }),
      3,
      [`the first ${LIMITS.repositories} public projects read (there may be more)`, `languages known for 0 of ${LIMITS.repositories} projects`, 'no bio'],
    ],
  ])('%s', (_case, profile, known, reasons) => {
    const analysis = analyzeGitlab(profile);
    expect(analysis.coverage).toBeUndefined();
    expect(analysis.siteCoverage).toEqual([{ site: 'gitlab', known, reasons }]);
    expect(ProfileAnalysisSchema.parse(analysis)).toEqual(analysis);
  });
});

describe('scoring against the seed posting', () => {
  const gopher = gitlab({
    bio: 'Backend engineer, open source maintainer.',
    jobTitle: 'Go developer',
    followers: 80,
    repositories: [
      project('runner-lite', { language: 'Go', topics: ['ci', 'kubernetes'], description: 'A tiny CI runner with Docker executors', stars: 58, forks: 7 }),
      project('kube-lease', { language: 'Go', description: 'Leader election for Kubernetes controllers' }),
      project('gitlab-runner', { language: 'Go', isFork: true }),
      project('dotfiles', { language: 'Shell', archived: true, pushedAt: '2019-01-01T00:00:00.000Z' }),
    ],
  });

  it('meets Go, Kubernetes, Docker and open source, with gitlab.com links', () => {
    const result = scoreAnalysis(analyzeGitlab(gopher), seedPosting);
    for (const id of ['go', 'kubernetes', 'docker', 'open-source']) {
      const met = requirement(result, id);
      expect(met.met, id).toBe(true);
      for (const evidence of met.evidence) expect(new URL(evidence.url).hostname, id).toBe('gitlab.com');
    }
    // two original Go projects are the strongest Go evidence, above the job title's word for it
    expect(requirement(result, 'go').evidence[0]).toMatchObject({ source: 'repository-language' });
    // Go projects say nothing of concurrency, as for GitHub repositories: the must-have is missing, and says why
    const os = requirement(result, 'os-concurrency');
    expect(os.evidence).toEqual([]);
    expect(os.gap).toMatch(/a language alone does not show it\.$/);
    expect(result.mustHavesMissing).toEqual(['Operating systems & concurrent programming']);
    expect(result.total).toBeLessThanOrEqual(MUST_HAVE_CAP);
    expect(result.confidenceReasons.slice(0, 2)).toEqual(['all 4 public projects read', 'bio read']);
  });

  it('is what analyzeProfile gives for a GitLab profile', () => {
    expect(analyzeProfile(gopher)).toEqual(analyzeGitlab(gopher));
  });

  it('puts the Go person above a page-only capture with nothing to read', () => {
    const empty = scoreAnalysis(analyzeGitlab(gitlab()), seedPosting);
    expect(empty.total).toBe(0);
    expect(empty.confidence).toBe('low');
    expect(scoreAnalysis(analyzeGitlab(gopher), seedPosting).total).toBeGreaterThan(30);
  });
});
