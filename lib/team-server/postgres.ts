/** The team's data in Postgres, which several instances share. The same tables as in SQLite (sqlite.ts). */
import pg from 'pg';
import { inTransaction, type Database, type Sql } from './database';

const SCHEMA = [
  // Two instances starting at once would race on CREATE … IF NOT EXISTS; the lock lasts until the schema's commit.
  `SELECT pg_advisory_xact_lock(hashtext('talent-lens team-server schema'))`,
  // Times are milliseconds since 1970 (BIGINT); COLLATE "C" sorts names byte by byte, as SQLite does.
  `CREATE TABLE IF NOT EXISTS members (username TEXT COLLATE "C" PRIMARY KEY, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, username TEXT NOT NULL, expires_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS tokens_by_username ON tokens (username)`,
  `CREATE TABLE IF NOT EXISTS shortlists (id TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, created_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS shortlist_members (shortlist_id TEXT NOT NULL, username TEXT COLLATE "C" NOT NULL, role TEXT NOT NULL, PRIMARY KEY (shortlist_id, username))`,
  `CREATE INDEX IF NOT EXISTS shortlist_members_by_username ON shortlist_members (username)`,
  `CREATE TABLE IF NOT EXISTS documents (name VARCHAR(255) PRIMARY KEY, data BYTEA NOT NULL)`,
];

/** pg reads a BIGINT as a string by default; the times here are well within a JavaScript number. */
const BIGINT_AS_NUMBER: pg.CustomTypesConfig = {
  getTypeParser: (id, format) => (id === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(id, format)),
};

/**
 * How long a new connection may take before the request that needed it fails: without a limit, a
 * Postgres that stops answering (a network partition) would leave sign-ins and documents waiting forever.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

export async function openPostgres(url: string, connectTimeoutMs = CONNECT_TIMEOUT_MS): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, types: BIGINT_AS_NUMBER, connectionTimeoutMillis: connectTimeoutMs });
  // A pooled connection that breaks while idle is replaced by the pool; without a listener it would end the process.
  pool.on('error', (error) => console.error('[team-server] Postgres:', error.message));
  const db: Database = {
    ...statements(pool),
    transaction: (work) => onOneConnection(pool, work),
    close: () => pool.end(),
  };
  try {
    await db.transaction(async (sql) => {
      for (const statement of SCHEMA) await sql.run(statement);
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return db;
}

async function onOneConnection<T>(pool: pg.Pool, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    const result = await inTransaction(statements(client), 'BEGIN', work);
    client.release();
    return result;
  } catch (error) {
    // The connection may be broken: the pool drops it instead of handing it out again.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

function statements(client: pg.Pool | pg.PoolClient): Sql {
  const query = (sql: string, params: unknown[] = []) => client.query(numberedPlaceholders(sql), params);
  return {
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    get: async (sql, params) => (await query(sql, params)).rows[0],
    all: async (sql, params) => (await query(sql, params)).rows,
  };
}

/** `?` → `$1`, `$2`, … (none of the statements has a `?` inside a string). */
function numberedPlaceholders(sql: string): string {
  let count = 0;
  return sql.replace(/\?/g, () => `$${++count}`);
}
