import type Database from 'better-sqlite3';
import { statement } from '../db/statements.js';
import type { RowStore } from './fold.js';
import { ACTOR_TABLES, type ActorTableName, type Cell } from './tables.js';

const quoted = (c: string): string => `"${c}"`;

/** The rows in the board's tables: what a write changes (SQL text is ours; values are bound). */
export class SqliteRowStore implements RowStore {
  constructor(private readonly db: Database.Database) {}

  get(table: ActorTableName, key: number): Cell[] | undefined {
    const t = ACTOR_TABLES[table];
    return statement<[number], Cell[]>(this.db, `SELECT ${t.columns.map(quoted).join(', ')} FROM ${t.name} WHERE ${t.key} = ?`)
      .raw(true)
      .get(key);
  }

  put(table: ActorTableName, _key: number, row: Cell[]): void {
    const t = ACTOR_TABLES[table];
    statement(this.db, `INSERT OR REPLACE INTO ${t.name} (${t.columns.map(quoted).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`).run(...row);
  }

  maxKey(table: ActorTableName): number | null {
    const t = ACTOR_TABLES[table];
    return statement<[], { n: number | null }>(this.db, `SELECT max(${t.key}) AS n FROM ${t.name}`).get()?.n ?? null;
  }
}

/** The rows the records call for, rebuilt in memory by verify; each remembers its last record. */
export class MemoryRowStore implements RowStore {
  readonly rows = new Map<ActorTableName, Map<number, { row: Cell[]; seq: number }>>();

  private table(table: ActorTableName): Map<number, { row: Cell[]; seq: number }> {
    let t = this.rows.get(table);
    if (!t) {
      t = new Map();
      this.rows.set(table, t);
    }
    return t;
  }

  get(table: ActorTableName, key: number): Cell[] | undefined {
    return this.table(table).get(key)?.row;
  }

  put(table: ActorTableName, key: number, row: Cell[], seq: number): void {
    this.table(table).set(key, { row, seq });
  }

  maxKey(table: ActorTableName): number | null {
    let max: number | null = null;
    for (const k of this.table(table).keys()) if (max === null || k > max) max = k;
    return max;
  }

  entries(table: ActorTableName): [number, { row: Cell[]; seq: number }][] {
    return [...this.table(table).entries()].sort((a, b) => a[0] - b[0]);
  }
}
