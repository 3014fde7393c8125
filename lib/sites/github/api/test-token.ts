import { API_ORIGIN } from './client';
import { ApiRateLimitSchema } from './schemas';

export type TokenCheck = { ok: true; limit: number; remaining: number } | { ok: false; message: string };

/** GET /rate_limit with the token: free of charge, and says what budget the token gives. */
export async function checkToken(token: string, fetchFn: typeof fetch = (input, init) => fetch(input, init)): Promise<TokenCheck> {
  let response: Response;
  try {
    response = await fetchFn(`${API_ORIGIN}/rate_limit`, {
      headers: { Accept: 'application/vnd.github+json', Authorization: `Bearer ${token.trim()}` },
      cache: 'no-store',
    });
  } catch {
    return { ok: false, message: 'GitHub could not be reached (offline?).' };
  }
  if (response.status === 401) return { ok: false, message: 'GitHub refused this token (HTTP 401): check it was copied whole and has not expired.' };
  if (!response.ok) return { ok: false, message: `GitHub answered HTTP ${response.status}; try again later.` };
  const body = ApiRateLimitSchema.safeParse(await response.json().catch(() => undefined));
  if (!body.success) return { ok: false, message: 'GitHub’s answer could not be read.' };
  const { limit, remaining } = body.data.resources.core;
  return { ok: true, limit, remaining };
}
