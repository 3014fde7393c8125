import { readSetting, writeSetting } from '../../db/settings';
import { db } from '../../db/db';
import { AuthorSchema } from '../../schema/candidate';


/** The display name put on this person's notes and feedback; '' until they set one. */
export async function getAuthorName(): Promise<string> {
  return (await readSetting('authorName')) ?? '';
}

export async function setAuthorName(name: string): Promise<string> {
  const clean = AuthorSchema.parse(name.replace(/\s+/g, ' '));
  await writeSetting('authorName', clean);
  return clean;
}
