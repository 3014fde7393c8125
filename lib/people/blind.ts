/**
 * Blind review: the panel and exports call a person "Candidate K3F9QZ" instead of their name, and
 * hide handles, profile links and email, so a first screen rests on the evidence alone. The
 * pseudonym is stable (the same person has the same one in the panel and in every export) so a
 * recruiter can match a blind report back to the panel. It hides, it does not anonymise: anyone
 * holding the list of logins can recompute it, and the panel's evidence links still name repositories.
 */
export function pseudonym(candidateKey: string): string {
  return `Candidate ${fnv1a(candidateKey).toString(36).toUpperCase().padStart(6, '0').slice(-6)}`;
}

/** The name to show: the pseudonym in blind review, else the person's name, else their login. */
export function shownName(person: { key: string; name?: string | undefined; login: string }, blind: boolean): string {
  return blind ? pseudonym(person.key) : (person.name ?? person.login);
}

/** 32-bit FNV-1a: short, stable and well spread; 10,000 people share one with odds of about 1 in 45. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
