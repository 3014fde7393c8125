import { existsSync, readFileSync } from 'node:fs';
import { profileFromApi } from '@/lib/sites/github/api/to-profile';
import type { GithubProfile } from '@/lib/schema/profile';
import type { BandId } from '@/lib/scoring/bands';
import { REAL_FIXTURES_DIR } from '../real-fixtures';

/**
 * The hand-labelled real developers in ../shared/fixtures/real/matching: recorded GitHub API
 * answers made into profiles as the extension would (captured at the recording's date), with the
 * labeller's band and "first fits better than second" pairs for the built-in posting.
 */

export const MATCHING_DIR = `${REAL_FIXTURES_DIR}matching/`;
export const hasMatchingFixtures = existsSync(`${MATCHING_DIR}labels.json`);

export interface LabelledPerson {
  login: string;
  band: BandId;
  why: string;
  profile: GithubProfile;
}

interface Label {
  login: string;
  band: BandId;
  why: string;
}

const readJson = (name: string): unknown => JSON.parse(readFileSync(MATCHING_DIR + name, 'utf8'));

/** "2023-06-24 (commit date)" per file name, from SOURCES.tsv. */
function captureDates(): Map<string, string> {
  const dates = new Map<string, string>();
  const [, ...rows] = readFileSync(`${MATCHING_DIR}SOURCES.tsv`, 'utf8').trim().split('\n');
  for (const row of rows) {
    const cells = row.split('\t');
    const captured = cells[4]?.match(/\d{4}-\d{2}-\d{2}/)?.[0];
    if (captured && cells[5]) dates.set(cells[5], `${captured}T12:00:00.000Z`);
  }
  return dates;
}

/** Files without a recorded user answer get the least a user answer holds: the login. */
function userOf(login: string): unknown {
  return existsSync(`${MATCHING_DIR}${login}.user.json`) ? readJson(`${login}.user.json`) : { login, type: 'User', html_url: `https://github.com/${login}` };
}

export function loadLabelledPeople(): LabelledPerson[] {
  const dates = captureDates();
  return (readJson('labels.json') as Label[]).map(({ login, band, why }) => {
    const reposFile = `${login}.repos.json`;
    const capturedAt = dates.get(reposFile);
    if (!capturedAt) throw new Error(`${reposFile} has no capture date in SOURCES.tsv`);
    const result = profileFromApi(userOf(login), readJson(reposFile), capturedAt);
    if (result.status !== 'profile') throw new Error(`${login}: ${result.reason}`);
    return { login, band, why, profile: result.profile };
  });
}

export function loadLabelledPairs(): [better: string, worse: string][] {
  return readJson('pairs.json') as [string, string][];
}

export interface Agreement {
  bandAgreement: number;
  bandsRight: number;
  pairwise: number;
  pairsRight: number;
  pairs: number;
  /** Pairs the scores order the wrong way round (a tie counts as wrong). */
  wrongPairs: [string, string][];
}

/** How far scores agree with the labels: the same band, and each labelled pair the right way round. */
export function agreementOf(people: readonly { login: string; band: BandId }[], bandOf: (login: string) => BandId, totalOf: (login: string) => number): Agreement {
  const pairs = loadLabelledPairs();
  const bandsRight = people.filter((person) => bandOf(person.login) === person.band).length;
  const wrongPairs = pairs.filter(([better, worse]) => !(totalOf(better) > totalOf(worse)));
  return {
    bandAgreement: bandsRight / people.length,
    bandsRight,
    pairwise: (pairs.length - wrongPairs.length) / pairs.length,
    pairsRight: pairs.length - wrongPairs.length,
    pairs: pairs.length,
    wrongPairs,
  };
}
