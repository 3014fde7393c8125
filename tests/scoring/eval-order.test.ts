import { beforeAll, describe, expect, it } from 'vitest';
import { type Posting, PostingSchema } from '@/lib/schema/posting';
import type { Profile } from '@/lib/schema/profile';
import { scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { getSkill } from '@/lib/scoring/skills';
import { dataEngineeringPosting, frontendReactPosting } from '../eval/postings';
import { type RealEntry, loadRealEntries, realProfile } from '../eval/real-profiles';
import { hasRealFixtures, SKIP_REASON } from '../real-fixtures';
import { dataApiPerson, frontendApiPerson, frontendJsPerson, goInfraApiPerson, goInfraPerson, languageRepos, makeProfile } from './profiles';

/** Clear cases only: who must rank above whom for a posting. Exact scores are left to tune. */

const total = (profile: Profile, posting: Posting) => scoreProfile(profile, posting).total;

function expectOrder(posting: Posting, ranked: readonly [string, Profile][]): void {
  const totals = ranked.map(([name, profile]) => [name, total(profile, posting)] as const);
  for (let i = 1; i < totals.length; i++) {
    const [higher, higherTotal] = totals[i - 1]!;
    const [lower, lowerTotal] = totals[i]!;
    expect(higherTotal, `${posting.id}: ${higher} (${higherTotal}) above ${lower} (${lowerTotal})`).toBeGreaterThan(lowerTotal);
  }
}

describe('the eval postings', () => {
  it.each([frontendReactPosting, dataEngineeringPosting])('$id is a valid posting whose skills are all in the vocabulary', (posting) => {
    expect(PostingSchema.parse(posting)).toEqual(posting);
    for (const requirement of posting.requirements) for (const id of requirement.skills) expect(getSkill(id), `${requirement.id}: ${id}`).toBeDefined();
  });
});

describe('ordering on hand-made profiles', () => {
  it('backend Go: the Go/infrastructure people above the frontend and data people', () => {
    expectOrder(seedPosting, [
      ['goInfraApiPerson', goInfraApiPerson],
      ['frontendApiPerson', frontendApiPerson],
    ]);
    expectOrder(seedPosting, [
      ['goInfraApiPerson', goInfraApiPerson],
      ['dataApiPerson', dataApiPerson],
    ]);
    expectOrder(seedPosting, [
      ['goInfraPerson (page)', goInfraPerson],
      ['frontendJsPerson (page)', frontendJsPerson],
    ]);
  });

  it('frontend React: the reverse', () => {
    expectOrder(frontendReactPosting, [
      ['frontendApiPerson', frontendApiPerson],
      ['goInfraApiPerson', goInfraApiPerson],
    ]);
    expectOrder(frontendReactPosting, [
      ['frontendJsPerson (page)', frontendJsPerson],
      ['goInfraPerson (page)', goInfraPerson],
    ]);
  });

  it('data engineering: the data person first', () => {
    expectOrder(dataEngineeringPosting, [
      ['dataApiPerson', dataApiPerson],
      ['goInfraApiPerson', goInfraApiPerson],
    ]);
    expectOrder(dataEngineeringPosting, [
      ['dataApiPerson', dataApiPerson],
      ['frontendApiPerson', frontendApiPerson],
    ]);
  });

  it('recent work above the same work six years older', () => {
    const recent = makeProfile({ repositories: languageRepos('example-dev', 'Go', 6, { pushedAt: '2026-01-01T00:00:00Z' }) });
    const old = makeProfile({ repositories: languageRepos('example-dev', 'Go', 6, { pushedAt: '2020-01-01T00:00:00Z' }) });
    expectOrder(seedPosting, [
      ['recent', recent],
      ['old', old],
    ]);
  });

  it('own work above forks of other people’s', () => {
    const own = makeProfile({ repositories: languageRepos('example-dev', 'Go', 8) });
    const forks = makeProfile({ repositories: languageRepos('example-dev', 'Go', 8, { isFork: true }) });
    expectOrder(seedPosting, [
      ['own', own],
      ['forks', forks],
    ]);
  });
});

if (!hasRealFixtures) console.warn(SKIP_REASON);

describe.skipIf(!hasRealFixtures)('ordering on real profiles', () => {
  let entries: RealEntry[];
  beforeAll(() => {
    entries = loadRealEntries();
  });
  /** Mayowa-Ojo's 2021 page pins three Go repositories; john-smilga's 2020 API data is React/JavaScript courses. */
  const gopher = () => realProfile(entries, 'Mayowa-Ojo', 'github page');
  const reactTeacher = () => realProfile(entries, 'john-smilga', 'API user');
  /** dingaanmanjate's 2025 page pins a Python ETL pipeline into SQL Server; jacquev6's 2020 repositories are mostly Python. */
  const etlPerson = () => realProfile(entries, 'dingaanmanjate', 'github page');
  const pythonist = () => realProfile(entries, 'jacquev6', 'API user');

  it('backend Go: the Go person above the React person', () => {
    expectOrder(seedPosting, [
      ['Mayowa-Ojo', gopher()],
      ['john-smilga', reactTeacher()],
    ]);
  });

  it('frontend React: the React person above the Go person and the Python person', () => {
    expectOrder(frontendReactPosting, [
      ['john-smilga', reactTeacher()],
      ['Mayowa-Ojo', gopher()],
    ]);
    expectOrder(frontendReactPosting, [
      ['john-smilga', reactTeacher()],
      ['jacquev6', pythonist()],
    ]);
  });

  it('data engineering: the Python and ETL people above the React and Go people', () => {
    for (const [name, profile] of [
      ['dingaanmanjate', etlPerson()],
      ['jacquev6', pythonist()],
    ] as const) {
      expectOrder(dataEngineeringPosting, [
        [name, profile],
        ['john-smilga', reactTeacher()],
      ]);
      expectOrder(dataEngineeringPosting, [
        [name, profile],
        ['Mayowa-Ojo', gopher()],
      ]);
    }
  });

  it('never scores an organization: it is refused before scoring', () => {
    const organizations = entries.filter((entry) => entry.skipped?.includes('organization'));
    expect(organizations.map((entry) => entry.person).sort()).toEqual(['PyGithub', 'ReDASers', 'openframeworks', 'openmicroscopy']);
  });
});
