import type Database from 'better-sqlite3';
import { SEARCH_COUNT_CAP, type EntryKind, type EntryOrigin, type JournalEntryView, type ListOutput } from '../../../shared/domain/journal.js';
import { MARK_CLOSE, MARK_OPEN, ftsQuery, highlightRanges } from './fts-query.js';
import { ENTRY_COLUMNS, entryFromRow, nextSecondKey, secondKey, type EntryRow } from './row.js';

/** A parsed query: what the list is filtered by. */
export interface Filters {
  search?: string | undefined;
  kinds?: EntryKind[] | undefined;
  actor?: string | undefined;
  actors?: string[] | undefined;
  significant?: boolean | undefined;
  origin?: EntryOrigin | undefined;
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
  // One actor or several (the UI sends every known spelling of what was typed): exact, so the
  // actor index still answers it.
  const actors = [...(f.actor ? [f.actor] : []), ...(f.actors ?? [])];
  if (actors.length > 0) {
    clauses.push(`e.actor IN (${actors.map(() => '?').join(', ')})`);
    params.push(...actors);
  }
  if (f.significant !== undefined) {
    clauses.push('e.significant = ?');
    params.push(f.significant ? 1 : 0);
  }
  if (f.origin) clauses.push(f.origin === 'automatic' ? 'e.source IS NOT NULL' : 'e.source IS NULL');
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

type ViewRow = EntryRow & { corrected_by: number | null; marked: string | null; marked_actor: string | null };

function viewFromRow(row: ViewRow): JournalEntryView {
  return {
    ...entryFromRow(row),
    corrected_by: row.corrected_by,
    highlights: row.marked === null ? [] : highlightRanges(row.marked),
    actor_highlights: row.marked_actor === null ? [] : highlightRanges(row.marked_actor),
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
    const mark = (column: number): string =>
      p.match ? `highlight(journal_fts, ${column}, '${MARK_OPEN}', '${MARK_CLOSE}')` : 'NULL';
    const rows = this.stmt<ViewRow>(
      `SELECT ${VIEW_COLUMNS}, ${mark(0)} AS marked, ${mark(1)} AS marked_actor FROM ${p.from} ${where(p.clauses)} ORDER BY ${p.key} DESC LIMIT ? OFFSET ?`,
    ).iterate(...p.params, limit, offset);
    // A page is bounded by bytes as well as by count (a seat asking for 500 entries of 20 000
    // characters must not make one 40 MB reply); always at least one entry, so paging goes on.
    const entries: JournalEntryView[] = [];
    let bytes = 0;
    for (const row of rows) {
      const entry = viewFromRow(row);
      bytes += Buffer.byteLength(JSON.stringify(entry));
      if (entries.length > 0 && bytes > maxBytes) break; // leaving the loop resets the statement
      entries.push(entry);
    }
    // Counting every hit of a common word in a million entries is what a search costs: count a
    // search only up to the cap (the list then says "10 000+"); the plain list is counted exactly.
    const counted = p.searchOnly
      ? 'SELECT 1 FROM journal_fts WHERE journal_fts MATCH ?'
      : `SELECT 1 FROM ${p.from} ${where(p.clauses)}`;
    const countSql = p.match ? `SELECT count(*) AS n FROM (${counted} LIMIT ${SEARCH_COUNT_CAP + 1})` : `SELECT count(*) AS n FROM ${p.from} ${where(p.clauses)}`;
    const n = this.stmt<{ n: number }>(countSql).get(...p.params)?.n ?? 0;
    const capped = p.match !== null && n > SEARCH_COUNT_CAP;
    return { total: capped ? SEARCH_COUNT_CAP : n, total_capped: capped, entries };
  }

  /** How many entries the journal holds. */
  count(): number {
    return this.stmt<{ n: number }>('SELECT count(*) AS n FROM journal_entry').get()?.n ?? 0;
  }

  /** Every entry, oldest first in list order (the archive): one statement, no paging. */
  all(): JournalEntryView[] {
    return this.stmt<ViewRow>(`SELECT ${VIEW_COLUMNS}, NULL AS marked, NULL AS marked_actor FROM journal_entry e ORDER BY e.sort_key`)
      .all()
      .map(viewFromRow);
  }

  get(seq: number): JournalEntryView | null {
    const row = this.stmt<ViewRow>(`SELECT ${VIEW_COLUMNS}, NULL AS marked, NULL AS marked_actor FROM journal_entry e WHERE e.seq = ?`).get(seq);
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
}
