import { z } from 'zod';

/** The team server's HTTP API (lib/team-server/http.ts); every answer is checked before it is used. */
export const ROLES = ['owner', 'editor', 'reviewer'] as const;
export type TeamRole = (typeof ROLES)[number];

export const TeamSessionSchema = z.object({
  /** The server's origin, e.g. https://team.example.com or http://127.0.0.1:8788. */
  server: z.url({ protocol: /^https?$/ }),
  username: z.string().min(1).max(40),
  token: z.string().min(20).max(200),
  expiresAt: z.string(),
});
export type TeamSession = z.infer<typeof TeamSessionSchema>;

const SignInAnswer = z.object({ token: z.string().min(20).max(200), username: z.string().min(1).max(40), expiresAt: z.string() });
const MeAnswer = z.object({ username: z.string(), shortlists: z.array(z.object({ id: z.string().max(100), name: z.string().max(200), role: z.enum(ROLES) })).max(10_000) });
const MembersAnswer = z.array(z.object({ username: z.string().max(40), role: z.enum(ROLES) })).max(10_000);
const ShortlistAnswer = z.object({ id: z.string().max(100), name: z.string().max(200), role: z.enum(ROLES) });

export type SharedShortlistInfo = z.infer<typeof ShortlistAnswer>;
export type TeamMember = z.infer<typeof MembersAnswer>[number];

/** A refusal by the server (401: signed out or revoked; 403: not allowed), with its own sentence. */
export class TeamApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** "http://host:8788/" or "host:8788" → "http://host:8788"; undefined when it is not an http(s) address. */
export function serverOrigin(address: string): string | undefined {
  const trimmed = address.trim();
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The WebSocket address of the same server (ws:// for http, wss:// for https). */
export const socketUrl = (server: string) => server.replace(/^http/, 'ws');

export class TeamApi {
  constructor(
    private readonly server: string,
    private readonly token?: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  async signIn(username: string, password: string): Promise<TeamSession> {
    const answer = SignInAnswer.parse(await this.call('POST', '/api/sign-in', { username, password }));
    return { server: this.server, ...answer };
  }

  async signOut(): Promise<void> {
    await this.call('POST', '/api/sign-out');
  }

  async me(): Promise<z.infer<typeof MeAnswer>> {
    return MeAnswer.parse(await this.call('GET', '/api/me'));
  }

  async shareShortlist(id: string, name: string): Promise<SharedShortlistInfo> {
    return ShortlistAnswer.parse(await this.call('PUT', `/api/shortlists/${encodeURIComponent(id)}`, { name }));
  }

  async members(id: string): Promise<TeamMember[]> {
    return MembersAnswer.parse(await this.call('GET', `/api/shortlists/${encodeURIComponent(id)}/members`));
  }

  /** Adds the member or changes their role; `owner` hands the shortlist over (the caller stays on as an editor). */
  async setMember(id: string, username: string, role: TeamRole): Promise<void> {
    await this.call('PUT', `/api/shortlists/${encodeURIComponent(id)}/members/${encodeURIComponent(username)}`, { role });
  }

  async removeMember(id: string, username: string): Promise<void> {
    await this.call('DELETE', `/api/shortlists/${encodeURIComponent(id)}/members/${encodeURIComponent(username)}`);
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const response = await this.fetcher(`${this.server}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    const json = text ? safeJson(text) : undefined;
    if (!response.ok) {
      const said = typeof (json as { error?: unknown })?.error === 'string' ? String((json as { error: string }).error).slice(0, 300) : `the team server answered ${response.status}`;
      throw new TeamApiError(response.status, said);
    }
    return json;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
