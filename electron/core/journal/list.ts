import type Database from 'better-sqlite3';
import type { EntryKind, JournalEntryView, ListOutput } from '../../../shared/domain/journal.js';
import { MARK_CLOSE, MARK_OPEN, ftsQuery, highlightRanges } from './fts-query.js';
import { ENTRY_COLUMNS, entryFromRow, nextSecondKey, secondKey, type EntryRow } from './row.js';

/** A parsed query: what the list is filtered by. */
export interface Filters {
  search?: string | undefined;
  kinds?: EntryKind[] | undefined;
  actor?: string | undefined;
  significant?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

type Param = string | number | bigint;

/**
 * A page of journal.list stops before its entries pass this many bytes of JSON (always at least one
 * entry): 500 entries of 20 000 characters would otherwise be a 30 MB reply, and a seat can ask for
 * that many times over. Callers page on by offset with the number of entries they got.
 */
export const LIST_MAX_BYTES = 1024 * 1024;

interface Plan {
  from: string;
  /** The list order key: the FTS rowid when searching (hits come in that order), else the column. */
  key: string;
  clauses: string[];
  params: Param[];
  match: string | null;
  /** Only the search narrows the list: the FTS index alone can count it. */
  searchOnly: boolean;
}

/** Builds the query with bound parameters only: user text never becomes SQL. */
function plan(f: Filters): Plan {
  const match = f.search ? ftsQuery(f.search) : null;
  const key = match ? 'journal_fts.rowid' : 'e.sort_key';
  const clauses: string[] = [];
  const params: Param[] = [];
  if (match) {
    clauses.push('journal_fts MATCH ?');
    params.push(match);
  }
  if (f.kinds && f.kinds.length > 0) {
    clauses.push(`e.kind IN (${f.kinds.map(() => '?').join(', ')})`);
    params.push(...f.kinds);
  }
  if (f.actor) {
    clauses.push('e.actor = ?');
    params.push(f.actor);
  }
  if (f.significant !== undefined) {
    clauses.push('e.significant = ?');
    params.push(f.significant ? 1 : 0);
  }
  // The key range lets the index (or the FTS rowid) do the narrowing; occurred_at keeps it exact.
  if (f.from) {
    clauses.push(`${key} >= ?`, 'e.occurred_at >= ?');
    params.push(secondKey(f.from), f.from);
  }
  if (f.to) {
    clauses.push(`${key} < ?`, 'e.occurred_at <= ?');
    params.push(nextSecondKey(f.to), f.to);
  }
  return {
    from: match ? 'journal_fts JOIN journal_entry e ON e.sort_key = journal_fts.rowid' : 'journal_entry e',
    key,
    clauses,
    params,
    match,
    searchOnly: match !== null && clauses.length === 1,
  };
}

function where(clauses: string[]): string {
  return clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
}

type ViewRow = EntryRow & { corrected_by: number | null; marked: string | null };

function viewFromRow(row: ViewRow): JournalEntryView {
  return {
    ...entryFromRow(row),
    corrected_by: row.corrected_by,
    highlights: row.marked === null ? [] : highlightRanges(row.marked),
  };
}

const VIEW_COLUMNS = `${ENTRY_COLUMNS.split(', ').map((c) => `e.${c}`).join(', ')},
  (SELECT c.seq FROM journal_entry c WHERE c.corrects = e.seq) AS corrected_by`;

/** Reads the journal: newest first by when it happened, then by the order it was recorded. */
export class JournalReader {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** Prepared once per distinct SQL text: filters only vary in shape, never in SQL text from users. */
  private stmt<R>(sql: string): Database.Statement<Param[], R> {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s as Database.Statement<Param[], R>;
  }

  list(filters: Filters, offset: number, limit: number, maxBytes = LIST_MAX_BYTES): ListOutput {
    const p = plan(filters);
    const marked = p.match ? `highlight(journal_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}')` : 'NULL';
    const rows = this.stmt<ViewRow>(
      `SELECT ${VIEW_COLUMNS}, ${marked} AS marked FROM ${p.from} ${where(p.clauses)} ORDER BY ${p.key} DESC LIMIT ? OFFSET ?`,
    ).iterate(...p.params, limit, offset);
    const entries: JournalEntryView[] = [];
    let bytes = 0;
    for (const row of rows) {
      const entry = viewFromRow(row);
      bytes += Buffer.byteLength(JSON.stringify(entry));
      if (entries.length > 0 && bytes > maxBytes) break; // leaving the loop resets the statement
      entries.push(entry);
    }
    const countSql = p.searchOnly
      ? 'SELECT count(*) AS n FROM journal_fts WHERE journal_fts MATCH ?'
      : `SELECT count(*) AS n FROM ${p.from} ${where(p.clauses)}`;
    const total = this.stmt<{ n: number }>(countSql).get(...p.params)?.n ?? 0;
    return { total, entries };
  }

  get(seq: number): JournalEntryView | null {
    const row = this.stmt<ViewRow>(`SELECT ${VIEW_COLUMNS}, NULL AS marked FROM journal_entry e WHERE e.seq = ?`).get(seq);
    return row ? viewFromRow(row) : null;
  }

  /** The index the entry has in list(filters), or null when the filters exclude it. */
  position(seq: number, filters: Filters): number | null {
    const p = plan(filters);
    const included = this.stmt<{ n: number }>(`SELECT count(*) AS n FROM ${p.from} ${where([...p.clauses, 'e.seq = ?'])}`).get(
      ...p.params,
      seq,
    );
    if (!included || included.n === 0) return null;
    const before = this.stmt<{ n: number }>(
      `SELECT count(*) AS n FROM ${p.from} ${where([...p.clauses, `${p.key} > (SELECT sort_key FROM journal_entry WHERE seq = ?)`])}`,
    ).get(...p.params, seq);
    return before?.n ?? 0;
  }

  actors(): string[] {
    return this.stmt<{ actor: string }>(
      'SELECT DISTINCT actor FROM journal_entry WHERE actor IS NOT NULL ORDER BY actor COLLATE NOCASE',
    )
      .all()
      .map((r) => r.actor);
  }

  /** Entries recorded after `seq`, oldest first: what was committed since we last looked. */
  since(seq: number): EntryRow[] {
    return this.stmt<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM journal_entry WHERE seq > ? ORDER BY seq`).all(seq);
  }

  headSeq(): number {
    return this.stmt<{ s: number | null }>('SELECT max(seq) AS s FROM journal_entry').get()?.s ?? 0;
  }
}
