import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection and SQL text, for the write and publish paths: they
 * run per entry, and preparing costs more than the INSERT itself. SQL text is always ours, never
 * built from user input (values are bound).
 */
export function statement<P extends unknown[] = unknown[], R = unknown>(db: Database.Database, sql: string): Database.Statement<P, R> {
  let forDb = cache.get(db);
  if (!forDb) {
    forDb = new Map();
    cache.set(db, forDb);
  }
  let s = forDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    forDb.set(sql, s);
  }
  return s as Database.Statement<P, R>;
}

/**
 * The next number of a capability's own key (journal entry, message, report …): one past the
 * highest, read under the write lock, so two writers never take the same. Table and column are
 * ours, never user input.
 */
export function nextNumber(db: Database.Database, table: string, column: string): number {
  return (statement<[], { n: number | null }>(db, `SELECT max(${column}) AS n FROM ${table}`).get()?.n ?? 0) + 1;
}
