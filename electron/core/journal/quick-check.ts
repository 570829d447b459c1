import { ENTRY_KINDS, EntrySource, Place } from '../../../shared/domain/journal.js';
import { canonicalJson } from '../db/canonical-json.js';
import type { QuickCheck } from '../record/projection.js';
import { KEYS_PER_SECOND } from './row.js';
import { searchWords } from './search-words.js';

/** Beyond this JSON.parse rounds an integer, so the full check would see another number. */
const SAFE = '9007199254740992';
const text = (c: string): string => `typeof(${c}) = 'text'`;
const textOrNull = (c: string): string => `typeof(${c}) IN ('text', 'null')`;

/**
 * The payload journal_entry row `j` was made from, as canonical JSON (RFC 8785: keys in order, no
 * space; SQLite's json_quote escapes exactly as JSON.stringify does). A record whose payload is
 * this text has exactly the fields of its schema (place and source only when set), so JSON.parse
 * and zod would give the row.
 */
const PAYLOAD_OF_ROW = `'{"actor":' || json_quote(j.actor) || ',"correction_reason":' || json_quote(j.correction_reason)
  || ',"corrects":' || ifnull(j.corrects, 'null') || ',"entry":' || j.seq || ',"kind":' || json_quote(j.kind)
  || CASE WHEN j.place IS NULL THEN '' ELSE ',"place":' || j.place END
  || ',"significant":' || CASE j.significant WHEN 1 THEN 'true' WHEN 0 THEN 'false' END
  || CASE WHEN j.source IS NULL THEN '' ELSE ',"source":' || json_quote(j.source) END
  || ',"text":' || json_quote(j.text) || '}'`;

/**
 * journal.entry's schema (shared/journal/records.ts) as rules on the row's values: a payload built
 * from values that keep them is one the schema admits. Types are checked, not trusted: a tampered
 * file need not keep the table's STRICT or CHECK rules.
 */
const SCHEMA_HOLDS = [
  `typeof(j.seq) = 'integer' AND j.seq > 0 AND j.seq < ${SAFE}`,
  `${text('j.kind')} AND j.kind IN (${ENTRY_KINDS.map((k) => `'${k}'`).join(', ')})`,
  text('j.text'),
  textOrNull('j.actor'),
  `typeof(j.significant) = 'integer' AND j.significant IN (0, 1)`,
  `(j.corrects IS NULL OR (typeof(j.corrects) = 'integer' AND j.corrects > 0 AND j.corrects < ${SAFE}))`,
  textOrNull('j.correction_reason'),
  // place (canonical JSON of a point on the globe) and source (capability/id): checked in JavaScript
  // with the schema's own types, only on the rows that have them.
  `((j.place IS NULL AND j.source IS NULL) OR samlad_journal_extra(j.place, j.source))`,
];

/** The row's own columns that come from the record, and the two it derives (as the verifier does). */
const ROW_HOLDS = [
  `r.payload = ${PAYLOAD_OF_ROW}`,
  `typeof(j.record_seq) = 'integer' AND j.record_seq = r.seq`,
  ...['occurred_at', 'recorded_at', 'by'].map((c) => `${text(`r."${c}"`)} AND ${text(`j."${c}"`)} AND j."${c}" = r."${c}"`),
  // sort_key split in two exact halves (SQLite's integer / and % always give back sort_key), so
  // no BigInt is made: it is sortKey() when the seconds and the entry number are both right.
  `${text('j.search_words')} AND typeof(j.sort_key) = 'integer'
    AND samlad_journal_derived(j.text, j.actor, j.search_words, r.occurred_at, j.seq, j.sort_key / ${KEYS_PER_SECOND}, j.sort_key % ${KEYS_PER_SECOND})`,
];

/**
 * The two derived columns (search_words, sort_key) as the verifier recomputes them, in one call
 * per row (a call into JavaScript costs more than the work). SQLite may call it before the type
 * checks beside it: any other type fails the row.
 */
function derivedHold(t: unknown, actor: unknown, words: unknown, occurredAt: unknown, seq: unknown, seconds: unknown, rest: unknown): number {
  if (typeof t !== 'string' || (actor !== null && typeof actor !== 'string') || typeof occurredAt !== 'string') return 0;
  if (rest !== seq || seconds !== Math.floor(Date.parse(occurredAt) / 1000)) return 0;
  return words === searchWords(t, actor) ? 1 : 0;
}

/** An automatic entry's source and an entry's place, as the record schema admits them (and place in canonical form). */
function extraHold(place: unknown, source: unknown): number {
  if (source !== null && !(typeof source === 'string' && EntrySource.safeParse(source).success)) return 0;
  if (place === null) return 1;
  if (typeof place !== 'string') return 0;
  try {
    const parsed = Place.safeParse(JSON.parse(place));
    return parsed.success && canonicalJson(parsed.data) === place ? 1 : 0;
  } catch {
    return 0;
  }
}

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
  functions: { samlad_journal_derived: derivedHold, samlad_journal_extra: extraHold },
};
