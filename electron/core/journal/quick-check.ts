import { ENTRY_KINDS } from '../../../shared/domain/journal.js';
import type { QuickCheck } from '../record/projection.js';
import { sortKey } from './row.js';
import { searchWords } from './search-words.js';

/** Beyond this JSON.parse rounds an integer, so the full check would see another number. */
const SAFE = '9007199254740992';
const text = (c: string): string => `typeof(${c}) = 'text'`;
const textOrNull = (c: string): string => `typeof(${c}) IN ('text', 'null')`;

/**
 * The payload journal_entry row `j` was made from, as canonical JSON (RFC 8785: keys in order, no
 * space; SQLite's json_quote escapes exactly as JSON.stringify does). A record whose payload is
 * this text has exactly the seven fields of its schema, so JSON.parse and zod would give the row.
 */
const PAYLOAD_OF_ROW = `'{"actor":' || json_quote(j.actor) || ',"correction_reason":' || json_quote(j.correction_reason)
  || ',"corrects":' || ifnull(j.corrects, 'null') || ',"entry":' || j.seq || ',"kind":' || json_quote(j.kind)
  || ',"significant":' || CASE j.significant WHEN 1 THEN 'true' WHEN 0 THEN 'false' END || ',"text":' || json_quote(j.text) || '}'`;

/**
 * journal.entry's schema (shared/journal/records.ts) said of the row's values: what makes a payload
 * built from them one the schema admits. Types are checked, not trusted: a tampered file need
 * not keep the table's STRICT or CHECK rules.
 */
const SCHEMA_HOLDS = [
  `typeof(j.seq) = 'integer' AND j.seq > 0 AND j.seq < ${SAFE}`,
  `${text('j.kind')} AND j.kind IN (${ENTRY_KINDS.map((k) => `'${k}'`).join(', ')})`,
  text('j.text'),
  textOrNull('j.actor'),
  `typeof(j.significant) = 'integer'`,
  `(j.corrects IS NULL OR (typeof(j.corrects) = 'integer' AND j.corrects > 0 AND j.corrects < ${SAFE}))`,
  textOrNull('j.correction_reason'),
];

/** The row's own columns that come from the record, and the two it derives (as the verifier does). */
const ROW_HOLDS = [
  `r.payload = ${PAYLOAD_OF_ROW}`,
  `typeof(j.record_seq) = 'integer' AND j.record_seq = r.seq`,
  ...['occurred_at', 'recorded_at', 'by'].map((c) => `${text(`r."${c}"`)} AND ${text(`j."${c}"`)} AND j."${c}" = r."${c}"`),
  `${text('j.search_words')} AND j.search_words = samlad_search_words(j.text, j.actor)`,
  `typeof(j.sort_key) = 'integer' AND j.sort_key = samlad_sort_key(r.occurred_at, j.seq)`,
];

/**
 * verify's quick pass over journal_entry: each journal.entry record finds its row by the entry
 * number its subject names (`journal/N`; a subject that lies only sends the record to the full
 * check), and SQLite compares every column. The order (entry numbers rise with the records) and
 * that no row is left over are checked by the caller from the keys and the row count.
 */
export const journalQuickCheck: QuickCheck = {
  join: `LEFT JOIN journal_entry j ON r.type = 'journal.entry' AND j.seq = CAST(substr(r.subject, 9) AS INTEGER)`,
  key: `CASE WHEN ${[...SCHEMA_HOLDS, ...ROW_HOLDS].join('\n  AND ')} THEN j.seq END`,
  rowCount: 'SELECT count(*) FROM journal_entry',
  functions: {
    // SQLite may call these before the type checks beside them: other types get NULL (a failed row).
    samlad_search_words: (t: unknown, actor: unknown) => (typeof t === 'string' && (actor === null || typeof actor === 'string') ? searchWords(t, actor) : null),
    // The key as the list stores it, or NULL where none can be made (an unreadable time).
    samlad_sort_key: (occurredAt: unknown, seq: unknown) => {
      if (typeof occurredAt !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq) || Number.isNaN(Date.parse(occurredAt))) return null;
      return sortKey(occurredAt, seq);
    },
  },
};
