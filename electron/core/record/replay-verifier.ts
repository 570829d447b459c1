import Database from 'better-sqlite3';
import type { VerifyFinding } from '../../../shared/record/record.js';
import type { StoredRecord } from './log.js';
import { finding, firstDifferentColumn, type ProjectionTable, type ProjectionVerifier } from './projection.js';

/** A table checked by replay: its key columns (the primary key) name a differing row. */
export interface KeyedTable extends ProjectionTable {
  readonly key: readonly string[];
}

const quoted = (c: string): string => `"${c}"`;

/**
 * Verifies a capability's tables by replaying its records into an empty in-memory copy of them
 * (the same CREATE statements, read from the board file) with the projection's own `apply`, then
 * comparing every row and column with the stored tables. For capabilities whose tables are small
 * enough to hold in memory (messages, warnings): the journal, which is not, is walked instead.
 */
export class ReplayVerifier implements ProjectionVerifier {
  private readonly memory: Database.Database;
  private lastSeq: number | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly tables: readonly KeyedTable[],
    private readonly apply: (db: Database.Database, record: StoredRecord, payload: unknown) => void,
  ) {
    this.memory = new Database(':memory:');
    const names = tables.map((t) => t.name);
    const ddl = db
      .prepare<string[], { sql: string }>(`SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND tbl_name IN (${names.map(() => '?').join(', ')}) AND sql IS NOT NULL ORDER BY type DESC`)
      .all(...names);
    for (const { sql } of ddl) this.memory.exec(sql);
  }

  feed(record: StoredRecord, payload: unknown): VerifyFinding | null {
    this.lastSeq = record.seq;
    this.apply(this.memory, record, payload);
    return null;
  }

  finish(): VerifyFinding | null {
    try {
      for (const table of this.tables) {
        const problem = this.compare(table);
        if (problem) return problem;
      }
      return null;
    } finally {
      this.memory.close();
    }
  }

  private compare(table: KeyedTable): VerifyFinding | null {
    const sql = `SELECT ${table.columns.map(quoted).join(', ')} FROM ${quoted(table.name)} ORDER BY ${table.key.map(quoted).join(', ')}`;
    const expected = this.memory.prepare<[], unknown[]>(sql).raw(true).iterate();
    const actual = this.db.prepare<[], unknown[]>(sql).raw(true).iterate();
    const keyIndex = table.key.map((k) => table.columns.indexOf(k));
    const seqIndex = table.columns.indexOf('record_seq');
    const keyOf = (row: readonly unknown[]): string => keyIndex.map((i, n) => `${table.key[n] ?? ''}=${String(row[i])}`).join(',');
    const seqOf = (row: readonly unknown[]): number | null => (seqIndex >= 0 && typeof row[seqIndex] === 'number' ? (row[seqIndex] as number) : this.lastSeq);
    // Both iterators are closed however the walk ends: an open one keeps its connection busy.
    try {
      for (;;) {
        const e = expected.next();
        const a = actual.next();
        if (e.done && a.done) return null;
        if (e.done && !a.done) return finding('projection_extra', null, { table: table.name, key: keyOf(a.value) });
        if (a.done && !e.done) return finding('projection_missing', seqOf(e.value), { table: table.name, key: keyOf(e.value) });
        if (e.done || a.done) return null;
        const eKey = keyOf(e.value);
        const aKey = keyOf(a.value);
        if (eKey !== aKey) {
          return finding('projection_missing', seqOf(e.value), { table: table.name, key: eKey });
        }
        const column = firstDifferentColumn(table.columns, e.value, a.value);
        if (column) {
          return finding('projection_mismatch', seqOf(e.value), { table: table.name, key: eKey, column });
        }
      }
    } finally {
      expected.return?.();
      actual.return?.();
    }
  }
}
