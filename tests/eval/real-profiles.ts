import { readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { profileFromApi } from '@/lib/sites/github/api/to-profile';
import type { GithubProfile, Profile } from '@/lib/schema/profile';
import { extract, extractContributions } from '@/lib/sites/github/extract';
import { REAL_FIXTURES_DIR, readRealFixture } from '../real-fixtures';

/**
 * Every real GitHub page and API response in ../shared, made into profiles the way the extension
 * would, each captured at the date it was recorded (so repository recency is measured from then).
 * What cannot be a profile is listed with the reason, never silently dropped.
 */

export interface RealEntry {
  /** Login, or a short description when there is none. */
  person: string;
  /** "github page 2021-05", "API user + 30 repos 2012-05"… */
  source: string;
  files: string[];
  profile?: Profile;
  /** Why there is no profile. */
  skipped?: string;
}

interface SourceRow {
  /** The path in the repository it was saved from. */
  pathThere: string;
  captured: string;
  who: string;
  notes: string;
}

const ROW = /^\| `([^`]+)` \| [^|]* \| ([^|]*) \| [^|]* \| ([^|]*) \| ([^|]*) \| (.*) \|$/;

function sourceRows(): Map<string, SourceRow> {
  const rows = new Map<string, SourceRow>();
  for (const line of readRealFixture('SOURCES.md').split('\n')) {
    const [, file, pathThere, captured, who, notes] = line.match(ROW)?.map((cell) => cell.trim()) ?? [];
    if (file) rows.set(file, { pathThere: pathThere!, captured: captured!, who: who!, notes: notes! });
  }
  return rows;
}

/** The recording's own date when the notes give one (HTTP Date, VCR recorded_at), else the "captured" column. */
function captureDate(row: SourceRow): string {
  const candidates = [row.notes.match(/response Date: ([^;]+)/)?.[1], row.notes.match(/recorded_at ([^;]+)/)?.[1], row.captured];
  for (const candidate of candidates) {
    const ms = candidate === undefined ? NaN : Date.parse(candidate.trim());
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  throw new Error(`no capture date for ${row.who}`);
}

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const filesIn = (dir: string) => readdirSync(`${REAL_FIXTURES_DIR}${dir}`).sort();

/** Pages whose contributions count is only in the separately recorded fragment. */
const CONTRIBUTION_FRAGMENTS: Record<string, string> = { defunkt: 'Sheik0808github__fragment.html' };

function githubPages(rows: Map<string, SourceRow>): RealEntry[] {
  return filesIn('github_html').map((name) => {
    const path = `github_html/${name}`;
    const row = rows.get(path);
    if (!row) return { person: name, source: 'github page', files: [path], skipped: 'not listed in SOURCES.md' };
    const source = `github page ${row.captured.slice(0, 7)}`;
    const person = row.who;
    if (/FRAGMENT/.test(row.notes)) return { person, source, files: [path], skipped: 'contributions fragment, not a profile page' };
    const result = extract(parse(readRealFixture(path)), `https://github.com/${person}`);
    if (result.status !== 'profile') return { person, source, files: [path], skipped: `${result.status}: ${result.reason}` };
    if (result.profile.site !== 'github') return { person, source, files: [path], skipped: `not a GitHub profile` };
    let profile: GithubProfile = { ...result.profile, capturedAt: captureDate(row) };
    const fragment = CONTRIBUTION_FRAGMENTS[person];
    if (result.needsContributions && fragment) {
      const lastYear = extractContributions(parse(readRealFixture(`github_html/${fragment}`)));
      if (lastYear !== undefined) profile = { ...profile, contributions: { lastYear, source: 'fragment' } };
    }
    return { person, source, files: [path], profile };
  });
}

/** User responses recorded together with that user's repository list. */
const REPOSITORIES_OF: Record<string, string> = {
  'honeypotiogit-lang__tests__fixtures__user.json': 'honeypotiogit-lang__tests__fixtures__repos.json',
  'octokitoctokit.rb__spec__fixtures__v3__user.json': 'octokitoctokit.rb__spec__fixtures__v3__repositories.json',
  'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockUser.derived.json':
    'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockRepos.derived.json',
  'PyGithubPyGithub__tests__ReplayData__Equality.testUserDifference.txt__GET_users_jacquev6.json':
    'PyGithubPyGithub__tests__ReplayData__NamedUser.testGetReposWithAllArgs.txt__GET_users_jacquev6_repos.json',
};

function isUserResponse(json: unknown): json is { login: string } {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && typeof (json as { login?: unknown }).login === 'string';
}

function apiUsers(rows: Map<string, SourceRow>): RealEntry[] {
  const entries: RealEntry[] = [];
  const pairedRepositories = new Set(Object.values(REPOSITORIES_OF));
  // The .js modules are the same data as their .derived.json twins.
  for (const name of filesIn('github_api').filter((file) => file.endsWith('.json') && !pairedRepositories.has(file))) {
    const path = `github_api/${name}`;
    const user: unknown = JSON.parse(readRealFixture(path));
    if (!isUserResponse(user)) {
      const row = rows.get(path);
      entries.push({ person: row?.who ?? name, source: 'API, not a user', files: [path], skipped: `not a user response: ${row?.pathThere ?? name}` });
      continue;
    }
    const reposName = REPOSITORIES_OF[name];
    const reposPath = reposName && `github_api/${reposName}`;
    const repos: unknown = reposPath ? JSON.parse(readRealFixture(reposPath)) : undefined;
    const row = rows.get(reposPath || path);
    if (!row) throw new Error(`${reposPath || path} is not listed in SOURCES.md`);
    const capturedAt = captureDate(row);
    const source = `API user${Array.isArray(repos) ? ` + ${repos.length} repos` : ''} ${capturedAt.slice(0, 7)}`;
    const files = reposPath ? [path, reposPath] : [path];
    const result = profileFromApi(user, repos, capturedAt);
    if (result.status === 'profile') entries.push({ person: user.login, source, files, profile: result.profile });
    else entries.push({ person: user.login, source, files, skipped: `refused: ${result.reason}` });
  }
  return entries;
}

/** Pages of sites without an adapter yet (issue #5). */
function otherSites(rows: Map<string, SourceRow>): RealEntry[] {
  return ['stackoverflow_html', 'linkedin_html'].flatMap((dir) =>
    filesIn(dir).map((name) => {
      const path = `${dir}/${name}`;
      const person = rows.get(path)?.who.replace(/ - Stack Overflow.*$/, '') ?? name;
      return { person, source: dir.replace('_html', ' page'), files: [path], skipped: 'no adapter yet (issue #5)' };
    }),
  );
}

export function loadRealEntries(): RealEntry[] {
  const rows = sourceRows();
  return [...githubPages(rows), ...apiUsers(rows), ...otherSites(rows)];
}

/** The profile of one person from one kind of source, for the ordering tests. */
export function realProfile(entries: readonly RealEntry[], person: string, source: 'github page' | 'API user'): Profile {
  const entry = entries.find((e) => e.person === person && e.source.startsWith(source) && e.profile);
  if (!entry?.profile) throw new Error(`no ${source} profile for ${person}`);
  return entry.profile;
}
