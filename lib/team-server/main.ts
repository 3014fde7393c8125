/**
 * npm run team-server [-- --port 8788 --sqlite ./team-server.sqlite --redis redis://host:6379 --allow-origin https://x]
 * npm run team-server [-- --port 8788 --postgres postgres://user:password@host/db --redis redis://host:6379]
 * npm run team-server -- add-member <username> [--password <p>]
 * npm run team-server -- remove-member <username> [--redis redis://host:6379]
 * npm run team-server -- set-owner <shortlist-id> <username>
 * npm run team-server -- list-members | list-shortlists
 */
import { parseArgs } from 'node:util';
import { generatePassword, hashPassword, USERNAME } from './auth';
import { announceRecheck } from './redis';
import { createTeamServer } from './server';
import { TeamStore, type DatabaseLocation } from './store';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    sqlite: { type: 'string' },
    postgres: { type: 'string' },
    redis: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
    password: { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

function chosenDatabase(): DatabaseLocation {
  const postgres = values.postgres ?? process.env.TEAM_POSTGRES;
  const sqlite = values.sqlite ?? process.env.TEAM_SQLITE;
  if (postgres && sqlite) fail('Give one database: --sqlite (TEAM_SQLITE) or --postgres (TEAM_POSTGRES), not both.');
  return postgres ? { postgres } : { sqlite: sqlite ?? './team-server.sqlite' };
}

async function withStore<T>(run: (store: TeamStore) => Promise<T>): Promise<T> {
  const store = await TeamStore.open(chosenDatabase());
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

function usernameArgument(): string {
  const username = positionals[1];
  if (!username || !USERNAME.test(username)) fail('A user name is 1 to 40 characters: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit.');
  return username;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function addMember(): Promise<void> {
  const username = usernameArgument();
  const password = values.password ?? generatePassword();
  if (password.length < 12) fail('A password is at least 12 characters.');
  await withStore(async (store) => {
    if (await store.memberExists(username)) fail(`"${username}" is a member already (remove-member first to reset the password).`);
    await store.addMember(username, await hashPassword(password), Date.now());
  });
  console.log(`Added ${username}. Password: ${password}`);
}

async function removeMember(): Promise<void> {
  const username = usernameArgument();
  const removed = await withStore((store) => store.removeMember(username));
  if (!removed) fail(`There is no member "${username}".`);
  const redis = values.redis ?? process.env.TEAM_REDIS;
  const announced = redis !== undefined && (await announceRecheck(redis, { username }));
  if (redis && !announced) console.error(`Could not reach Redis at ${withoutPassword(redis)}: the instances notice at their next periodic re-check.`);
  const when = announced ? 'the running instances close their connections now' : 'a running server closes their connections within a few seconds';
  console.log(`Removed ${username}: their sessions are revoked; ${when}.`);
}

/** For a shortlist whose owner left the team (or cannot be reached): an admin names the new owner. */
async function setOwner(): Promise<void> {
  const shortlistId = positionals[1];
  const username = positionals[2];
  if (!shortlistId || !username) fail('Usage: npm run team-server -- set-owner <shortlist-id> <username>');
  await withStore(async (store) => {
    if (!(await store.shortlistExists(shortlistId))) fail(`There is no shared shortlist "${shortlistId}".`);
    if (!(await store.memberExists(username))) fail(`There is no member "${username}".`);
    await store.transferOwnership(shortlistId, username);
  });
  console.log(`${username} owns "${shortlistId}" now; its previous owner, if any, is an editor.`);
}

async function listShortlists(): Promise<void> {
  for (const { id, name, owner } of await withStore((store) => store.listShortlists())) console.log(`${id}\t${name}\t${owner ?? '(no owner: set-owner names one)'}`);
}

async function listMembers(): Promise<void> {
  for (const username of await withStore((store) => store.listMembers())) console.log(username);
}

async function serve(): Promise<void> {
  const port = Number(values.port ?? process.env.TEAM_PORT ?? 8788);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`Not a port: ${values.port ?? process.env.TEAM_PORT}`);
  const redis = values.redis ?? process.env.TEAM_REDIS;
  const allowOrigins = [...(values['allow-origin'] ?? []), ...(process.env.TEAM_ALLOW_ORIGIN?.split(',').filter(Boolean) ?? [])];
  const database = chosenDatabase();
  const team = await createTeamServer({ port, ...database, ...(values.host ? { host: values.host } : {}), ...(redis ? { redis } : {}), allowOrigins, trustProxy: values['trust-proxy'] ?? process.env.TEAM_TRUST_PROXY === '1' });
  const where = database.postgres ? withoutPassword(database.postgres) : database.sqlite;
  console.log(`Talent Lens team server on port ${team.port} (HTTP and WebSocket), data in ${where}${redis ? `, synced through ${withoutPassword(redis)}` : ''}.`);
  const stop = async () => {
    await team.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** For the log: an address as given, its password (if any) masked. */
function withoutPassword(address: string): string {
  const url = new URL(address);
  if (url.password) url.password = '***';
  return url.toString();
}

const HELP = `Talent Lens team server
  npm run team-server [-- --port 8788] [--host 0.0.0.0] [--sqlite ./team-server.sqlite | --postgres postgres://user:password@host:5432/db]
                      [--redis redis://host:6379] [--allow-origin https://…] [--trust-proxy]
  npm run team-server -- add-member <username> [--password <p>]
  npm run team-server -- remove-member <username> [--redis redis://host:6379]
  npm run team-server -- set-owner <shortlist-id> <username>
  npm run team-server -- list-members | list-shortlists
The member commands take the same --sqlite or --postgres; remove-member with --redis closes the member's connections on every instance at once. Several instances share one Postgres and one Redis.
Environment: TEAM_PORT, TEAM_SQLITE, TEAM_POSTGRES, TEAM_REDIS, TEAM_ALLOW_ORIGIN (comma-separated), TEAM_TRUST_PROXY=1.`;

const commands: Record<string, () => Promise<void>> = { 'add-member': addMember, 'remove-member': removeMember, 'set-owner': setOwner, 'list-shortlists': listShortlists, 'list-members': listMembers, serve };
const command = values.help ? undefined : (positionals[0] ?? 'serve');
const run = command ? commands[command] : undefined;
if (!run) {
  console.log(HELP);
  process.exit(command ? 1 : 0);
}
await run();
