import type Database from 'better-sqlite3';
import type { JournalEntryView, ListOutput } from '../../../shared/domain/journal.js';
import type { EntryKind } from '../../../shared/domain/journal.js';
import { MARK_CLOSE, MARK_OPEN, ftsQuery, highlightRanges } from './fts-query.js';
import { entryFromRow, type EntryRow } from './row.js';

/** A parsed query: what the list is filtered by. */
export interface Filters {
  search?: string | undefined;
  kinds?: EntryKind[] | undefined;
  actor?: string | undefined;
  significant?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface Where {
  /** FROM clause: the FTS table joins in only when searching. */
  from: string;
  where: string;
  params: (string | number)[];
  match: string | null;
}

/** Builds the WHERE clause with bound parameters only: user text never becomes SQL. */
function buildWhere(f: Filters): Where {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const match = f.search ? ftsQuery(f.search) : null;
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
  if (f.from) {
    clauses.push('e.occurred_at >= ?');
    params.push(f.from);
  }
  if (f.to) {
    clauses.push('e.occurred_at <= ?');
    params.push(f.to);
  }
  return {
    from: match ? 'journal_fts JOIN journal_entry e ON e.seq = journal_fts.rowid' : 'journal_entry e',
    where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '',
    params,
    match,
  };
}

type ViewRow = EntryRow & { corrected_by: number | null; marked: string | null };

function viewFromRow(row: ViewRow): JournalEntryView {
  return {
    ...entryFromRow(row),
    corrected_by: row.corrected_by,
    highlights: row.marked === null ? [] : highlightRanges(row.marked),
  };
}

const VIEW_COLUMNS = `e.seq, e.kind, e.text, e.actor, e.occurred_at, e.recorded_at, e.significant, e.corrects,
  e.correction_reason, e.prev_hash, e.hash,
  (SELECT c.seq FROM journal_entry c WHERE c.corrects = e.seq) AS corrected_by`;

/** Newest first by when it happened; entries of the same moment by the order they were recorded. */
const ORDER = 'ORDER BY e.occurred_at DESC, e.seq DESC';

export class JournalReader {
  constructor(private readonly db: Database.Database) {}

  list(filters: Filters, offset: number, limit: number): ListOutput {
    const w = buildWhere(filters);
    const marked = w.match ? `highlight(journal_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}')` : 'NULL';
    const rows = this.db
      .prepare<(string | number)[], ViewRow>(
        `SELECT ${VIEW_COLUMNS}, ${marked} AS marked FROM ${w.from} ${w.where} ${ORDER} LIMIT ? OFFSET ?`,
      )
      .all(...w.params, limit, offset);
    const total = this.db
      .prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM ${w.from} ${w.where}`)
      .get(...w.params);
    return { total: total?.n ?? 0, entries: rows.map(viewFromRow) };
  }

  get(seq: number): JournalEntryView | null {
    const row = this.db
      .prepare<[number], ViewRow>(`SELECT ${VIEW_COLUMNS}, NULL AS marked FROM journal_entry e WHERE e.seq = ?`)
      .get(seq);
    return row ? viewFromRow(row) : null;
  }

  /** The index the entry has in list(filters), or null when the filters exclude it. */
  position(seq: number, filters: Filters): number | null {
    const target = this.db
      .prepare<[number], { occurred_at: string }>('SELECT occurred_at FROM journal_entry WHERE seq = ?')
      .get(seq);
    if (!target) return null;
    const w = buildWhere(filters);
    const and = w.where ? `${w.where} AND` : 'WHERE';
    const included = this.db
      .prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM ${w.from} ${and} e.seq = ?`)
      .get(...w.params, seq);
    if (!included || included.n === 0) return null;
    const before = this.db
      .prepare<(string | number)[], { n: number }>(
        `SELECT count(*) AS n FROM ${w.from} ${and} (e.occurred_at > ? OR (e.occurred_at = ? AND e.seq > ?))`,
      )
      .get(...w.params, target.occurred_at, target.occurred_at, seq);
    return before?.n ?? 0;
  }

  actors(): string[] {
    return this.db
      .prepare<[], { actor: string }>('SELECT DISTINCT actor FROM journal_entry WHERE actor IS NOT NULL ORDER BY actor COLLATE NOCASE')
      .all()
      .map((r) => r.actor);
  }

  /** Entries recorded after `seq`, oldest first: what other processes committed since we looked. */
  since(seq: number): EntryRow[] {
    return this.db
      .prepare<[number], EntryRow>(
        'SELECT seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, prev_hash, hash FROM journal_entry WHERE seq > ? ORDER BY seq',
      )
      .all(seq);
  }

  headSeq(): number {
    return this.db.prepare<[], { s: number | null }>('SELECT max(seq) AS s FROM journal_entry').get()?.s ?? 0;
  }
}
