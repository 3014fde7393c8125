/**
 * A team server may live at any address the team chooses, so the manifest may ask for any of them, optionally:
 * Options asks for exactly the one the recruiter types, at run time. No imports: the build config reads this.
 */
export const TEAM_SERVER_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] as const;

/** The permission pattern for one server's origin, e.g. "http://127.0.0.1:8788" → "http://127.0.0.1/*" (ports are not part of a pattern). */
export function permissionFor(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
