import { scorePerson } from '../scoring';
import type { PersonScorer } from './people/people';
import { listPostings } from './postings';

/** Scores a person against every posting as they stand now: the one place a scorer is set up. */
export async function currentScorer(): Promise<PersonScorer> {
  const postings = await listPostings();
  return (profiles) => scorePerson(profiles, postings);
}
