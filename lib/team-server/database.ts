/**
 * What TeamStore needs of a database, met by SQLite (sqlite.ts) and Postgres (postgres.ts). Statements are written
 * once, with `?` placeholders, in the SQL both understand.
 */

export interface Sql {
  /** Resolves to the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Sql {
  /** Runs `work` in one transaction: all of its statements are kept, or none. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function inTransaction<T>(sql: Sql, begin: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  await sql.run(begin);
  try {
    const result = await work(sql);
    await sql.run('COMMIT');
    return result;
  } catch (error) {
    await sql.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
