/**
 * The team's data in one SQLite file, for one machine. The `documents` table has @hocuspocus/extension-sqlite's
 * schema, so a database written by either can be read by the other.
 */
import sqlite3 from 'sqlite3';
import { inTransaction, type Database, type Sql } from './database';

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS members (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, username TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS tokens_by_username ON tokens (username)`,
  `CREATE TABLE IF NOT EXISTS shortlists (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS shortlist_members (shortlist_id TEXT NOT NULL, username TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (shortlist_id, username))`,
  `CREATE INDEX IF NOT EXISTS shortlist_members_by_username ON shortlist_members (username)`,
  `CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))`,
];

export async function openSqlite(path: string): Promise<Database> {
  const connection = await connect(path);
  // The CLI or another instance may write to the same file: wait for its lock instead of failing.
  connection.configure('busyTimeout', 5_000);
  const db = inTurns(connection);
  await db.run('PRAGMA journal_mode = WAL');
  await db.transaction(async (sql) => {
    for (const statement of SCHEMA) await sql.run(statement);
  });
  return db;
}

function connect(path: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const opened = new sqlite3.Database(path, (error) => (error ? reject(error) : resolve(opened)));
  });
}

/**
 * One connection serves every caller, so a transaction would take in whatever other callers run meanwhile:
 * statements and transactions take turns instead.
 */
function inTurns(connection: sqlite3.Database): Database {
  const direct = statements(connection);
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = last.then(work);
    last = turn.catch(() => undefined);
    return turn;
  };
  return {
    run: (sql, params) => inTurn(() => direct.run(sql, params)),
    get: (sql, params) => inTurn(() => direct.get(sql, params)),
    all: (sql, params) => inTurn(() => direct.all(sql, params)),
    // IMMEDIATE takes the write lock at once, so two processes on one file cannot both read and then both write.
    transaction: (work) => inTurn(() => inTransaction(direct, 'BEGIN IMMEDIATE', work)),
    close: () => inTurn(() => new Promise<void>((resolve, reject) => connection.close((error) => (error ? reject(error) : resolve())))),
  };
}

/** sqlite3's callbacks as promises. */
function statements(connection: sqlite3.Database): Sql {
  return {
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        connection.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
          if (error) reject(error);
          else resolve(this.changes);
        }),
      ),
    get: <T>(sql: string, params: unknown[] = []) =>
      new Promise<T | undefined>((resolve, reject) => connection.get(sql, params, (error, row) => (error ? reject(error) : resolve(row as T | undefined)))),
    all: <T>(sql: string, params: unknown[] = []) =>
      new Promise<T[]>((resolve, reject) => connection.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[])))),
  };
}
