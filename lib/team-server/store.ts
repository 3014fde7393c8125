/**
 * Members, session tokens, shortlist access and the Yjs documents, in SQLite (one file, one machine) or in
 * Postgres (shared by several instances). One set of statements serves both (database.ts).
 */
import type { Database } from './database';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';

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

/** Exactly one of them: a SQLite file, or a Postgres connection URL. */
export interface DatabaseLocation {
  sqlite?: string;
  postgres?: string;
}

export class TeamStore {
  private constructor(private readonly db: Database) {}

  static async open({ sqlite, postgres }: DatabaseLocation): Promise<TeamStore> {
    if ((sqlite === undefined) === (postgres === undefined)) throw new Error('The team server needs one database: a SQLite file or a Postgres URL.');
    return new TeamStore(postgres !== undefined ? await openPostgres(postgres) : await openSqlite(sqlite!));
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // Members

  async addMember(username: string, passwordHash: string, now: number): Promise<void> {
    await this.db.run('INSERT INTO members (username, password_hash, created_at) VALUES (?, ?, ?)', [username, passwordHash, now]);
  }

  async setPassword(username: string, passwordHash: string): Promise<boolean> {
    return (await this.db.run('UPDATE members SET password_hash = ? WHERE username = ?', [passwordHash, username])) > 0;
  }

  async passwordHashOf(username: string): Promise<string | undefined> {
    const row = await this.db.get<{ password_hash: string }>('SELECT password_hash FROM members WHERE username = ?', [username]);
    return row?.password_hash;
  }

  async memberExists(username: string): Promise<boolean> {
    return Boolean(await this.db.get('SELECT 1 AS one FROM members WHERE username = ?', [username]));
  }

  async listMembers(): Promise<string[]> {
    return (await this.db.all<{ username: string }>('SELECT username FROM members ORDER BY username')).map((row) => row.username);
  }

  /** Removes the member, their sessions and their places on every shortlist. */
  async removeMember(username: string): Promise<boolean> {
    return this.db.transaction(async (sql) => {
      await sql.run('DELETE FROM tokens WHERE username = ?', [username]);
      await sql.run('DELETE FROM shortlist_members WHERE username = ?', [username]);
      return (await sql.run('DELETE FROM members WHERE username = ?', [username])) > 0;
    });
  }

  // Sessions

  async addToken(hash: string, username: string, expiresAt: number): Promise<void> {
    await this.db.run('INSERT INTO tokens (hash, username, expires_at) VALUES (?, ?, ?)', [hash, username, expiresAt]);
  }

  async session(hash: string, now: number): Promise<Session | undefined> {
    const row = await this.db.get<{ username: string; expires_at: number }>(
      'SELECT t.username, t.expires_at FROM tokens t JOIN members m ON m.username = t.username WHERE t.hash = ?',
      [hash],
    );
    if (!row || row.expires_at <= now) return undefined;
    return { username: row.username, expiresAt: row.expires_at };
  }

  async deleteToken(hash: string): Promise<void> {
    await this.db.run('DELETE FROM tokens WHERE hash = ?', [hash]);
  }

  async deleteExpiredTokens(now: number): Promise<void> {
    await this.db.run('DELETE FROM tokens WHERE expires_at <= ?', [now]);
  }

  // Shortlists

  async shortlistName(id: string): Promise<string | undefined> {
    return (await this.db.get<{ name: string }>('SELECT name FROM shortlists WHERE id = ?', [id]))?.name;
  }

  /**
   * False when a shortlist with this id exists already. Two creators racing (on one instance or two): the first
   * wins, and the other, waiting for its commit, finds the shortlist with its owner.
   */
  async createShortlist(id: string, name: string, owner: string, now: number): Promise<boolean> {
    return this.db.transaction(async (sql) => {
      const created = await sql.run('INSERT INTO shortlists (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [id, name, now]);
      if (created === 0) return false;
      await sql.run(`INSERT INTO shortlist_members (shortlist_id, username, role) VALUES (?, ?, 'owner')`, [id, owner]);
      return true;
    });
  }

  async roleOf(shortlistId: string, username: string): Promise<Role | undefined> {
    const row = await this.db.get<{ role: Role }>('SELECT role FROM shortlist_members WHERE shortlist_id = ? AND username = ?', [shortlistId, username]);
    return row?.role;
  }

  async shortlistsOf(username: string): Promise<SharedShortlist[]> {
    return this.db.all<SharedShortlist>(
      'SELECT s.id, s.name, sm.role FROM shortlist_members sm JOIN shortlists s ON s.id = sm.shortlist_id WHERE sm.username = ? ORDER BY s.name, s.id',
      [username],
    );
  }

  async shortlistMembers(shortlistId: string): Promise<{ username: string; role: Role }[]> {
    return this.db.all(
      `SELECT username, role FROM shortlist_members WHERE shortlist_id = ? ORDER BY CASE role WHEN 'owner' THEN 0 ELSE 1 END, username`,
      [shortlistId],
    );
  }

  /** Adds the member or changes their role; an owner stays owner. */
  async setRole(shortlistId: string, username: string, role: Exclude<Role, 'owner'>): Promise<void> {
    await this.db.run(
      `INSERT INTO shortlist_members (shortlist_id, username, role) VALUES (?, ?, ?)
       ON CONFLICT (shortlist_id, username) DO UPDATE SET role = excluded.role WHERE shortlist_members.role <> 'owner'`,
      [shortlistId, username, role],
    );
  }

  /**
   * Makes `username` the shortlist's owner, in one transaction; whoever owned it before stays on as an
   * editor. The owner of a shortlist whose owner was removed from the team is set this way too.
   */
  async transferOwnership(shortlistId: string, username: string): Promise<void> {
    await this.db.transaction(async (sql) => {
      await sql.run(`UPDATE shortlist_members SET role = 'editor' WHERE shortlist_id = ? AND role = 'owner'`, [shortlistId]);
      await sql.run(
        `INSERT INTO shortlist_members (shortlist_id, username, role) VALUES (?, ?, 'owner') ON CONFLICT (shortlist_id, username) DO UPDATE SET role = 'owner'`,
        [shortlistId, username],
      );
    });
  }

  /** Every shared shortlist with its owner (undefined once the owner was removed from the team), for an admin. */
  async listShortlists(): Promise<{ id: string; name: string; owner?: string }[]> {
    const rows = await this.db.all<{ id: string; name: string; owner: string | null }>(
      `SELECT s.id, s.name, sm.username AS owner FROM shortlists s
       LEFT JOIN shortlist_members sm ON sm.shortlist_id = s.id AND sm.role = 'owner' ORDER BY s.name, s.id`,
    );
    return rows.map(({ id, name, owner }) => ({ id, name, ...(owner ? { owner } : {}) }));
  }

  async shortlistExists(shortlistId: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS found FROM shortlists WHERE id = ?', [shortlistId])) !== undefined;
  }

  async removeFromShortlist(shortlistId: string, username: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM shortlist_members WHERE shortlist_id = ? AND username = ?', [shortlistId, username])) > 0;
  }

  // Documents

  async loadDocument(name: string): Promise<Uint8Array | undefined> {
    const row = await this.db.get<{ data: Buffer }>('SELECT data FROM "documents" WHERE name = ?', [name]);
    return row ? new Uint8Array(row.data) : undefined;
  }

  async storeDocument(name: string, state: Uint8Array): Promise<void> {
    await this.db.run('INSERT INTO "documents" (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data', [name, Buffer.from(state)]);
  }
}
