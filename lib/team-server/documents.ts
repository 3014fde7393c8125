/** Which Hocuspocus document a name means, and what a shortlist's member may do with it. */
import { USERNAME } from './auth';
import type { Role } from './store';

export const SHORTLIST_ID = /^[A-Za-z0-9_-]{1,100}$/;

export type DocumentRef = { shortlistId: string; reviewer?: string };

/** `shortlist/<id>` or `shortlist/<id>/reviewer/<username>`; anything else is no document of ours. */
export function parseDocumentName(name: string): DocumentRef | undefined {
  const [kind, shortlistId, reviewerWord, reviewer, ...rest] = name.split('/');
  if (kind !== 'shortlist' || !shortlistId || !SHORTLIST_ID.test(shortlistId) || rest.length) return undefined;
  if (reviewerWord === undefined) return { shortlistId };
  if (reviewerWord !== 'reviewer' || !reviewer || !USERNAME.test(reviewer)) return undefined;
  return { shortlistId, reviewer };
}

/**
 * The shortlist's document is written by its owner and editors; a reviewer document only by the reviewer it
 * names. Every member reads both kinds; a stranger gets neither (undefined).
 */
export function accessTo(ref: DocumentRef, username: string, role: Role | undefined): 'write' | 'read' | undefined {
  if (!role) return undefined;
  if (ref.reviewer !== undefined) return ref.reviewer === username ? 'write' : 'read';
  return role === 'reviewer' ? 'read' : 'write';
}
