import { db } from './db';
import { AuthorSchema } from '../schema/candidate';

const AUTHOR = 'authorName';

/** The display name put on this person's notes and feedback; '' until they set one. */
export async function getAuthorName(): Promise<string> {
  const parsed = AuthorSchema.safeParse((await db.settings.get(AUTHOR))?.value);
  return parsed.success ? parsed.data : '';
}

export async function setAuthorName(name: string): Promise<string> {
  const clean = AuthorSchema.parse(name.replace(/\s+/g, ' '));
  await db.settings.put({ key: AUTHOR, value: clean });
  return clean;
}
