import { describe, expect, it } from 'vitest';
import type { Repository } from '@/lib/schema/profile';
import type { ScoreResult } from '@/lib/schema/score';
import { bandOf } from '@/lib/scoring/bands';
import { scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { apiRepo, makeProfile, repo } from './profiles';

/**
 * The distortions scorer v2 had on the seed posting, written as a recruiter would state them
 * (issue 15). Every person and repository here is invented.
 */

const requirement = (result: ScoreResult, id: string) => result.requirements.find((r) => r.requirementId === id)!;
const withRepositories = (repositories: Repository[], extra = {}) => scoreProfile(makeProfile({ repositories, ...extra }), seedPosting);
const goRepo = (name: string, fields: Partial<Repository> = {}) => apiRepo('example-dev', name, { language: 'Go', ...fields });
const fork = (name: string, fields: Partial<Repository> = {}) =>
  goRepo(name, { isFork: true, createdAt: '2025-06-01T00:00:00Z', pushedAt: '2025-05-01T00:00:00Z', ...fields });

describe('stars are adoption, not skill', () => {
  it('stars do not make a Go developer: 100k stars leave the Go points where 0 stars put them', () => {
    const unknown = withRepositories([goRepo('tool', { stars: 0 })]);
    const famous = withRepositories([goRepo('tool', { stars: 100_000, forks: 9_000 })]);
    const quotes = (result: ScoreResult) => requirement(result, 'go').evidence.map((item) => item.quote);
    expect(requirement(famous, 'go').strength).toBe(requirement(unknown, 'go').strength);
    expect(quotes(famous)).toEqual(quotes(unknown));
    expect(requirement(famous, 'open-source').evidence.find((item) => item.source === 'adoption')?.quote).toMatch(/100k stars and 9k forks by others/);
  });

  it('a pinned repository’s stars add nothing to its language', () => {
    const pinned = (stars: number) => scoreProfile(makeProfile({ pinned: [repo('example-dev', 'svc', { language: 'Go', stars })] }), seedPosting);
    expect(requirement(pinned(60_000), 'go').strength).toBe(requirement(pinned(0), 'go').strength);
    expect(requirement(pinned(60_000), 'go').evidence[0]!.quote).toBe('language: Go');
  });
});

describe('forks are not work', () => {
  it('30 forked Go repositories are not 3 Go projects: unchanged forks count nothing', () => {
    const forks = Array.from({ length: 30 }, (_, i) => fork(`upstream-${i}`));
    const three = [goRepo('a'), goRepo('b'), goRepo('c')];
    expect(requirement(withRepositories(forks), 'go').points).toBe(0);
    expect(withRepositories(forks).mustHavesMissing).toContain('Production Go');
    expect(requirement(withRepositories(three), 'go').points).toBeGreaterThan(10);
    const hundred = Array.from({ length: 100 }, (_, i) => fork(`upstream-${i}`));
    expect(withRepositories(hundred).total).toBe(0);
  });

  it('a fork counts for what the person changed: pushed after forking, and less than their own repository', () => {
    const changed = withRepositories([fork('patched', { pushedAt: '2026-01-20T00:00:00Z' })]);
    const own = withRepositories([goRepo('patched')]);
    const goOf = (result: ScoreResult) => requirement(result, 'go');
    expect(goOf(changed).evidence[0]?.quote).toMatch(/^Go only in 1 fork changed after forking/);
    expect(goOf(changed).strength).toBeGreaterThan(0);
    expect(goOf(changed).strength).toBeLessThan(goOf(own).strength);
  });
});

describe('must-haves need real evidence', () => {
  it('a 1 KB repository does not meet "production Go", and the panel says why', () => {
    const result = withRepositories([goRepo('hello', { sizeKb: 1 })]);
    const go = requirement(result, 'go');
    expect(go.met).toBe(false);
    expect(result.mustHavesMissing).toEqual(['Production Go', 'Operating systems & concurrent programming', 'Passion for open source']);
    expect(go.gap).toMatch(/^Too little Go to show production work in 1 original repository\. Would count: /);
    expect(bandOf(result.total).id).toBe('none');
  });

  it('writing Go is not concurrency: Go repositories alone give operating systems & concurrency nothing', () => {
    const result = withRepositories(Array.from({ length: 10 }, (_, i) => goRepo(`service-${i}`)));
    const os = requirement(result, 'os-concurrency');
    expect(os.evidence).toEqual([]);
    expect(os.gap).toMatch(/a language alone does not show it/);
  });

  it('concurrency is read from what a repository is about, with its code behind it', () => {
    const about = (sizeKb: number) => withRepositories([goRepo('jobrunner', { sizeKb, description: 'A concurrent job scheduler with worker pools' })]);
    expect(requirement(about(2_000), 'os-concurrency').met).toBe(true);
    expect(requirement(about(2_000), 'os-concurrency').strength).toBeGreaterThan(requirement(about(2), 'os-concurrency').strength);
  });

  it('one public repository nobody uses is not "passion for open source"', () => {
    const result = withRepositories([goRepo('tool', { sizeKb: 20 })]);
    expect(requirement(result, 'open-source').met).toBe(false);
    expect(requirement(result, 'open-source').gap).toMatch(/Would count: projects others star, fork or depend on, merged pull requests/);
  });

  it('open source needs others using the work or work on others’ projects: thirty repositories nobody uses are not enough alone', () => {
    const own = Array.from({ length: 30 }, (_, i) => goRepo(`tool-${i}`));
    expect(requirement(withRepositories(own), 'open-source').met).toBe(false);
    expect(requirement(withRepositories(own.map((repo, i) => (i < 3 ? { ...repo, stars: 40, forks: 6 } : repo))), 'open-source').met).toBe(true);
    const merged = [{ repo: 'example-org/runtime', url: 'https://github.com/example-org/runtime/pulls', count: 4, latestMergedAt: '2026-01-10T00:00:00Z' }];
    expect(requirement(withRepositories(own, { mergedPullRequests: merged }), 'open-source').met).toBe(true);
  });

  it('says what was looked at when a language is missing: "No Go in 23 original repositories"', () => {
    const java = Array.from({ length: 23 }, (_, i) => apiRepo('example-dev', `java-${i}`, { language: 'Java' }));
    expect(requirement(withRepositories(java), 'go').gap).toMatch(/^No Go in 23 original repositories \(main languages: Java\)\./);
  });
});

describe('open source is a fit only with the skills', () => {
  const popularFrontend = Array.from({ length: 12 }, (_, i) => apiRepo('example-dev', `ui-kit-${i}`, { language: 'JavaScript', stars: 400, forks: 60 }));

  it('popular projects in an unrelated field, with no Go or systems work, are "No evidence" for the Go posting', () => {
    const result = withRepositories(popularFrontend);
    expect(requirement(result, 'open-source').strength).toBeGreaterThan(0.5);
    expect(bandOf(result.total).id).toBe('none');
  });

  it('the same open source counts in full once the skills are there', () => {
    const systems = { description: 'A concurrent job scheduler with worker pools', topics: ['concurrency'] };
    const gopher = [...popularFrontend, ...Array.from({ length: 6 }, (_, i) => goRepo(`svc-${i}`, i < 2 ? systems : {}))];
    const openSource = requirement(withRepositories(gopher), 'open-source');
    expect(openSource.points).toBeCloseTo(openSource.maxPoints, 0);
  });
});

describe('the scale spreads', () => {
  const solid = (stars: number) =>
    withRepositories(
      [
        goRepo('jobrunner', { createdAt: '2023-02-01T00:00:00Z', description: 'A concurrent job scheduler with goroutine worker pools', stars }),
        goRepo('proxy', { createdAt: '2023-09-01T00:00:00Z', description: 'Small reverse proxy for Linux hosts' }),
        goRepo('lease', { createdAt: '2024-04-01T00:00:00Z' }),
        goRepo('metrics', { createdAt: '2024-11-01T00:00:00Z' }),
        goRepo('cli', { createdAt: '2025-06-01T00:00:00Z' }),
      ],
      { bio: 'Backend engineer writing Go', readme: 'I build Go services and CLI tools for CI pipelines.' },
    );

  it('a solid Go profile (5 original Go repositories over three years, concurrency work, others using it) is Strong', () => {
    const result = solid(40);
    expect(result.mustHavesMissing).toEqual([]);
    expect(bandOf(result.total).id).toBe('strong');
  });

  it('the same profile that nobody uses yet is still at least Possible, not Weak', () => {
    expect(['possible', 'strong']).toContain(bandOf(solid(0).total).id);
  });
});

describe('confidence says how much was known', () => {
  it('zero repositories is never high confidence: bio, README and contributions are not public work', () => {
    const result = scoreProfile(
      makeProfile({ bio: 'Go developer', readme: 'I love Go and Kubernetes.', contributions: { lastYear: 900, source: 'page' }, repositories: [] }),
      seedPosting,
    );
    expect(result.confidence).toBe('low');
    expect(result.confidenceReasons[0]).toMatch(/^low — no public work/);
    expect(result.raiseConfidence?.length).toBeGreaterThan(0);
  });

  it('a page-only capture is at most medium, and says the repository list would raise it', () => {
    const pinned = Array.from({ length: 6 }, (_, i) => repo('example-dev', `svc-${i}`, { language: 'Go', description: 'concurrent worker pool' }));
    const result = scoreProfile(makeProfile({ pinned, bio: 'Go', readme: 'Go and Linux', contributions: { lastYear: 2000, source: 'page' } }), seedPosting);
    expect(result.confidence).toBe('medium');
    expect(result.raiseConfidence?.join(' ')).toMatch(/repository list/);
  });

  it('high only when the whole list was read and the points come from the work; without a token it says what a token adds', () => {
    const result = withRepositories(Array.from({ length: 8 }, (_, i) => goRepo(`svc-${i}`, { stars: 30 })));
    expect(result.confidence).toBe('high');
    expect(result.raiseConfidence).toEqual([]);
    const talk = scoreProfile(makeProfile({ repositories: [apiRepo('example-dev', 'notes', { language: 'Markdown', sizeKb: 2 })], bio: 'Go, Kubernetes, Docker, Linux, Nginx, Ruby on Rails' }), seedPosting);
    expect(talk.confidence).not.toBe('high');
  });
});

describe('repository contents with a token', () => {
  const measured = (files?: Repository['files']) =>
    withRepositories([goRepo('svc', { languages: [{ name: 'Go', bytes: 400_000 }, { name: 'Shell', bytes: 3_000 }], releases: files ? 4 : undefined, files })]);

  it('counts code by bytes and names the production marks it saw', () => {
    const go = requirement(measured({ goModule: true, goDependencies: 12, tests: true, ciConfig: true, dockerfile: true, kubernetes: false }), 'go');
    expect(go.evidence[0]!.quote).toMatch(/^391 KB of Go in 1 of 1 original repository/);
    expect(go.evidence.some((item) => item.source === 'repository-contents' && /go\.mod with 12 dependencies, tests, CI config, Dockerfile, 4 releases/.test(item.quote))).toBe(true);
  });

  it('a helper script is not work in its language: 20 KB of Shell beside 400 KB of Go is no Linux scripting', () => {
    const withScript = withRepositories(Array.from({ length: 10 }, (_, i) => goRepo(`svc-${i}`, { languages: [{ name: 'Go', bytes: 400_000 }, { name: 'Shell', bytes: 20_000 }] })));
    expect(requirement(withScript, 'linux-sysadmin').evidence).toEqual([]);
    const scripts = withRepositories([apiRepo('example-dev', 'ops', { languages: [{ name: 'Shell', bytes: 60_000 }] })]);
    expect(requirement(scripts, 'linux-sysadmin').evidence[0]!.quote).toMatch(/^59 KB of Shell in 1 of 1 original repository/);
  });

  it('production marks make the same code count more than an exercise without them', () => {
    const production = measured({ goModule: true, goDependencies: 12, tests: true, ciConfig: true, dockerfile: true, kubernetes: true });
    const exercise = measured({ goModule: false, tests: false, ciConfig: false, dockerfile: false, kubernetes: false });
    expect(requirement(production, 'go').strength).toBeGreaterThan(requirement(exercise, 'go').strength);
    expect(requirement(production, 'docker').met).toBe(true);
    expect(requirement(exercise, 'docker').met).toBe(false);
  });

  it('commits to other people’s Go projects count for Go and for open source', () => {
    const result = scoreProfile(
      makeProfile({
        repositories: [],
        contributionsByRepository: [{ repo: 'example-org/scheduler', url: 'https://github.com/example-org/scheduler', commits: 40, othersRepository: true, language: 'Go', topics: ['concurrency'], stars: 5_000 }],
      }),
      seedPosting,
    );
    expect(requirement(result, 'go').evidence[0]).toMatchObject({ source: 'contributed-repository', quote: '40 commits in the last year to example-org/scheduler' });
    expect(requirement(result, 'os-concurrency').met).toBe(true);
    expect(requirement(result, 'open-source').met).toBe(true);
    expect(result.confidenceReasons[0]).not.toMatch(/no public work/);
  });
});
