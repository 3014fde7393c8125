/** The team server's HTTP API: sign-in and sign-out, who am I, shared shortlists and their members. JSON only. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { newToken, SignInThrottle, TOKEN, TOKEN_LIFETIME_MS, tokenHash, USERNAME, verifyPassword } from './auth';
import { SHORTLIST_ID } from './documents';
import type { Session, TeamStore } from './store';

export const BODY_LIMIT_BYTES = 64 * 1024;

export interface HttpDeps {
  store: TeamStore;
  now: () => number;
  throttle: SignInThrottle;
  /** Whether a browser page of this Origin may read the answers (CORS). */
  originAllowed: (origin: string) => boolean;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (for the sign-in throttle). */
  trustProxy?: boolean;
  /** Re-checks the open WebSocket connections that match, closing those that lost their access. */
  recheck: (filter: { username?: string; shortlistId?: string; tokenHash?: string }) => Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const SignInBody = z.object({ username: z.string().max(40), password: z.string().max(1000) });
const ShortlistBody = z.object({ name: z.string().trim().min(1).max(200) });
/** `owner` hands the shortlist over: the one who owned it stays on as an editor. */
const RoleBody = z.object({ role: z.enum(['owner', 'editor', 'reviewer']) });

type Handler = (request: IncomingMessage, params: string[], deps: HttpDeps) => Promise<{ status: number; body?: unknown }>;

const ROUTES: { method: string; path: RegExp; handler: Handler }[] = [
  { method: 'POST', path: /^\/api\/sign-in$/, handler: signIn },
  { method: 'POST', path: /^\/api\/sign-out$/, handler: signOut },
  { method: 'GET', path: /^\/api\/me$/, handler: me },
  { method: 'GET', path: /^\/api\/health$/, handler: async () => ({ status: 200, body: { ok: true } }) },
  { method: 'PUT', path: /^\/api\/shortlists\/([^/]+)$/, handler: shareShortlist },
  { method: 'GET', path: /^\/api\/shortlists\/([^/]+)\/members$/, handler: listShortlistMembers },
  { method: 'PUT', path: /^\/api\/shortlists\/([^/]+)\/members\/([^/]+)$/, handler: setShortlistMember },
  { method: 'DELETE', path: /^\/api\/shortlists\/([^/]+)\/members\/([^/]+)$/, handler: removeShortlistMember },
];

export async function handleHttp(request: IncomingMessage, response: ServerResponse, deps: HttpDeps): Promise<void> {
  const cors = corsHeaders(request, deps);
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { ...cors, ...(cors['Access-Control-Allow-Origin'] ? PREFLIGHT : {}) });
    response.end();
    return;
  }
  try {
    const { status, body } = await route(request, deps);
    send(response, status, body, cors);
  } catch (error) {
    if (error instanceof HttpError) send(response, error.status, { error: error.message }, { ...cors, ...error.headers });
    else {
      console.error('[team-server]', error);
      send(response, 500, { error: 'The team server failed to answer; its log says why.' }, cors);
    }
  }
}

async function route(request: IncomingMessage, deps: HttpDeps): Promise<{ status: number; body?: unknown }> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const matching = ROUTES.filter((candidate) => candidate.path.test(path));
  if (!matching.length) throw new HttpError(404, 'There is no such address on the team server.');
  const found = matching.find((candidate) => candidate.method === request.method);
  if (!found) throw new HttpError(405, `${request.method} is not allowed here.`, { Allow: matching.map((candidate) => candidate.method).join(', ') });
  const params = found.path.exec(path)!.slice(1).map(decodeSegment);
  return found.handler(request, params, deps);
}

const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

function corsHeaders(request: IncomingMessage, deps: HttpDeps): Record<string, string> {
  const origin = request.headers.origin;
  if (!origin || !deps.originAllowed(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (body === undefined) {
    response.writeHead(status, { ...headers, 'Cache-Control': 'no-store' });
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'The address is not properly encoded.');
  }
}

async function readJson<T>(request: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) throw new HttpError(413, 'The request body is larger than 64 KB.');
    chunks.push(chunk);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(400, `The request body is not as expected: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'} ${issue.message}`).join('; ')}.`);
  return parsed.data;
}

function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  return match && TOKEN.test(match[1]!) ? match[1] : undefined;
}

async function authenticate(request: IncomingMessage, deps: HttpDeps): Promise<Session & { hash: string }> {
  const token = bearerToken(request);
  const hash = token && tokenHash(token);
  const session = hash ? await deps.store.session(hash, deps.now()) : undefined;
  if (!hash || !session) throw new HttpError(401, 'You are not signed in, or your session has ended: sign in again.');
  return { ...session, hash };
}

function checkShortlistId(id: string): void {
  if (!SHORTLIST_ID.test(id)) throw new HttpError(400, 'A shortlist id is 1 to 100 letters, digits, "-" or "_".');
}

async function requireRole(deps: HttpDeps, shortlistId: string, username: string, owner: boolean) {
  const role = await deps.store.roleOf(shortlistId, username);
  if (!role) throw new HttpError(403, 'You are not a member of this shortlist.');
  if (owner && role !== 'owner') throw new HttpError(403, 'Only the owner of this shortlist can change its members.');
  return role;
}

async function signIn(request: IncomingMessage, _params: string[], deps: HttpDeps) {
  const { username, password } = await readJson(request, SignInBody);
  const ip = clientAddress(request, deps.trustProxy);
  const keys = [`ip:${ip}`, `user:${username}`];
  const wait = deps.throttle.waitFor(keys, deps.now());
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    throw new HttpError(429, `Too many failed sign-ins: try again in ${seconds} s.`, { 'Retry-After': String(seconds) });
  }
  const stored = USERNAME.test(username) ? await deps.store.passwordHashOf(username) : undefined;
  if (!(await verifyPassword(password, stored))) {
    deps.throttle.failed(keys, deps.now());
    throw new HttpError(401, 'The user name or the password is wrong.');
  }
  deps.throttle.succeeded(keys);
  const token = newToken();
  const expiresAt = deps.now() + TOKEN_LIFETIME_MS;
  await deps.store.addToken(tokenHash(token), username, expiresAt);
  return { status: 200, body: { token, username, expiresAt: new Date(expiresAt).toISOString() } };
}

function clientAddress(request: IncomingMessage, trustProxy = false): string {
  const forwarded = trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim() : undefined;
  return forwarded || request.socket.remoteAddress || 'unknown';
}

async function signOut(request: IncomingMessage, _params: string[], deps: HttpDeps) {
  const session = await authenticate(request, deps);
  await deps.store.deleteToken(session.hash);
  await deps.recheck({ tokenHash: session.hash });
  return { status: 204 };
}

async function me(request: IncomingMessage, _params: string[], deps: HttpDeps) {
  const { username } = await authenticate(request, deps);
  return { status: 200, body: { username, shortlists: await deps.store.shortlistsOf(username) } };
}

async function shareShortlist(request: IncomingMessage, [id]: string[], deps: HttpDeps) {
  const { username } = await authenticate(request, deps);
  checkShortlistId(id!);
  const { name } = await readJson(request, ShortlistBody);
  if (await deps.store.createShortlist(id!, name, username, deps.now())) return { status: 200, body: { id, name, role: 'owner' } };
  const role = await requireRole(deps, id!, username, false);
  return { status: 200, body: { id, name: await deps.store.shortlistName(id!), role } };
}

async function listShortlistMembers(request: IncomingMessage, [id]: string[], deps: HttpDeps) {
  const { username } = await authenticate(request, deps);
  checkShortlistId(id!);
  await requireRole(deps, id!, username, false);
  return { status: 200, body: await deps.store.shortlistMembers(id!) };
}

async function setShortlistMember(request: IncomingMessage, [id, member]: string[], deps: HttpDeps) {
  const { username } = await authenticate(request, deps);
  checkShortlistId(id!);
  await requireRole(deps, id!, username, true);
  const { role } = await readJson(request, RoleBody);
  if (!USERNAME.test(member!) || !(await deps.store.memberExists(member!))) throw new HttpError(404, `There is no member "${member}" on this team server.`);
  if ((await deps.store.roleOf(id!, member!)) === 'owner') throw new HttpError(400, "The owner's role cannot be changed: make someone else the owner.");
  if (role === 'owner') await deps.store.transferOwnership(id!, member!);
  else await deps.store.setRole(id!, member!, role);
  await deps.recheck({ shortlistId: id!, username: member! });
  return { status: 200, body: { username: member, role } };
}

async function removeShortlistMember(request: IncomingMessage, [id, member]: string[], deps: HttpDeps) {
  const { username } = await authenticate(request, deps);
  checkShortlistId(id!);
  await requireRole(deps, id!, username, true);
  const role = await deps.store.roleOf(id!, member!);
  if (role === 'owner') throw new HttpError(400, 'The owner cannot be removed from their shortlist.');
  if (!role) throw new HttpError(404, `"${member}" is not a member of this shortlist.`);
  await deps.store.removeFromShortlist(id!, member!);
  await deps.recheck({ shortlistId: id!, username: member! });
  return { status: 204 };
}
