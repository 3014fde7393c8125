/**
 * Members, session tokens, shortlist access and the Yjs documents, in one SQLite file. The `documents` table has
 * @hocuspocus/extension-sqlite's schema, so a database written by either can be read by the other.
 */
import sqlite3 from 'sqlite3';

export type Role = 'owner' | 'editor' | 'reviewer';

export interface SharedShortlist {
  id: string;
  name: string;
  role: Role;
}

export interface Session {
  username: string;
  expiresAt: number;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS members (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, username TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS tokens_by_username ON tokens (username)`,
  `CREATE TABLE IF NOT EXISTS shortlists (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS shortlist_members (shortlist_id TEXT NOT NULL, username TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (shortlist_id, username))`,
  `CREATE INDEX IF NOT EXISTS shortlist_members_by_username ON shortlist_members (username)`,
  `CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))`,
];

export class TeamStore {
  private constructor(private readonly db: sqlite3.Database) {}

  static async open(path: string): Promise<TeamStore> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened = new sqlite3.Database(path, (error) => (error ? reject(error) : resolve(opened)));
    });
    // The CLI may write while a server runs on the same file: wait for its lock instead of failing.
    db.configure('busyTimeout', 5_000);
    const store = new TeamStore(db);
    await store.run('PRAGMA journal_mode = WAL');
    for (const statement of SCHEMA) await store.run(statement);
    return store;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve())));
  }

  // Members

  async addMember(username: string, passwordHash: string, now: number): Promise<void> {
    await this.run('INSERT INTO members (username, password_hash, created_at) VALUES (?, ?, ?)', [username, passwordHash, now]);
  }

  async setPassword(username: string, passwordHash: string): Promise<boolean> {
    return (await this.run('UPDATE members SET password_hash = ? WHERE username = ?', [passwordHash, username])) > 0;
  }

  async passwordHashOf(username: string): Promise<string | undefined> {
    const row = await this.get<{ password_hash: string }>('SELECT password_hash FROM members WHERE username = ?', [username]);
    return row?.password_hash;
  }

  async memberExists(username: string): Promise<boolean> {
    return Boolean(await this.get('SELECT 1 AS one FROM members WHERE username = ?', [username]));
  }

  async listMembers(): Promise<string[]> {
    return (await this.all<{ username: string }>('SELECT username FROM members ORDER BY username')).map((row) => row.username);
  }

  /** Removes the member, their sessions and their places on every shortlist. */
  async removeMember(username: string): Promise<boolean> {
    await this.run('DELETE FROM tokens WHERE username = ?', [username]);
    await this.run('DELETE FROM shortlist_members WHERE username = ?', [username]);
    return (await this.run('DELETE FROM members WHERE username = ?', [username])) > 0;
  }

  // Sessions

  async addToken(hash: string, username: string, expiresAt: number): Promise<void> {
    await this.run('INSERT INTO tokens (hash, username, expires_at) VALUES (?, ?, ?)', [hash, username, expiresAt]);
  }

  async session(hash: string, now: number): Promise<Session | undefined> {
    const row = await this.get<{ username: string; expires_at: number }>(
      'SELECT t.username, t.expires_at FROM tokens t JOIN members m ON m.username = t.username WHERE t.hash = ?',
      [hash],
    );
    if (!row || row.expires_at <= now) return undefined;
    return { username: row.username, expiresAt: row.expires_at };
  }

  async deleteToken(hash: string): Promise<void> {
    await this.run('DELETE FROM tokens WHERE hash = ?', [hash]);
  }

  async deleteExpiredTokens(now: number): Promise<void> {
    await this.run('DELETE FROM tokens WHERE expires_at <= ?', [now]);
  }

  // Shortlists

  async shortlistName(id: string): Promise<string | undefined> {
    return (await this.get<{ name: string }>('SELECT name FROM shortlists WHERE id = ?', [id]))?.name;
  }

  /** False when a shortlist with this id exists already (two creators racing: the first wins). */
  async createShortlist(id: string, name: string, owner: string, now: number): Promise<boolean> {
    const created = await this.run('INSERT OR IGNORE INTO shortlists (id, name, created_at) VALUES (?, ?, ?)', [id, name, now]);
    if (created === 0) return false;
    await this.run(`INSERT INTO shortlist_members (shortlist_id, username, role) VALUES (?, ?, 'owner')`, [id, owner]);
    return true;
  }

  async roleOf(shortlistId: string, username: string): Promise<Role | undefined> {
    const row = await this.get<{ role: Role }>('SELECT role FROM shortlist_members WHERE shortlist_id = ? AND username = ?', [shortlistId, username]);
    return row?.role;
  }

  async shortlistsOf(username: string): Promise<SharedShortlist[]> {
    return this.all<SharedShortlist>(
      'SELECT s.id, s.name, sm.role FROM shortlist_members sm JOIN shortlists s ON s.id = sm.shortlist_id WHERE sm.username = ? ORDER BY s.name, s.id',
      [username],
    );
  }

  async shortlistMembers(shortlistId: string): Promise<{ username: string; role: Role }[]> {
    return this.all(
      `SELECT username, role FROM shortlist_members WHERE shortlist_id = ? ORDER BY CASE role WHEN 'owner' THEN 0 ELSE 1 END, username`,
      [shortlistId],
    );
  }

  async setRole(shortlistId: string, username: string, role: Exclude<Role, 'owner'>): Promise<void> {
    await this.run(
      'INSERT INTO shortlist_members (shortlist_id, username, role) VALUES (?, ?, ?) ON CONFLICT (shortlist_id, username) DO UPDATE SET role = excluded.role',
      [shortlistId, username, role],
    );
  }

  async removeFromShortlist(shortlistId: string, username: string): Promise<boolean> {
    return (await this.run('DELETE FROM shortlist_members WHERE shortlist_id = ? AND username = ?', [shortlistId, username])) > 0;
  }

  // Documents

  async loadDocument(name: string): Promise<Uint8Array | undefined> {
    const row = await this.get<{ data: Buffer }>('SELECT data FROM "documents" WHERE name = ?', [name]);
    return row ? new Uint8Array(row.data) : undefined;
  }

  async storeDocument(name: string, state: Uint8Array): Promise<void> {
    await this.run('INSERT INTO "documents" (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data', [name, Buffer.from(state)]);
  }

  // sqlite3's callbacks as promises

  private run(sql: string, params: unknown[] = []): Promise<number> {
    return new Promise((resolve, reject) =>
      this.db.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve(this.changes);
      }),
    );
  }

  private get<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => this.db.get(sql, params, (error, row) => (error ? reject(error) : resolve(row as T | undefined))));
  }

  private all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
  }
}
