import type Database from 'better-sqlite3';
import { hash } from 'node:crypto';
import { RECORD_TYPES, isRecordType } from '../../../shared/api/records.js';
import { GENESIS_HASH } from './hash.js';
import { RECORD_COLUMNS, type StoredRecord } from './log.js';
import type { Projection, QuickCheck } from './projection.js';
import type { Projections } from './projections.js';

/** Records from+1 .. to: one thread's share of samlad verify's quick pass. */
export interface RecordRange {
  from: number;
  to: number;
}

/** A record the quick pass leaves to its projection's verifier (a projection without a quick check). */
export interface FedRecord {
  record: StoredRecord;
  payload: unknown;
}

/** What one range showed. Not ok means only "look closer": the full check names what is wrong. */
export interface RangeResult {
  ok: boolean;
  /** Records of projections without a quick check, oldest first, for their verifiers. */
  fed: FedRecord[];
  /** Per quick-checked projection (quickChecked() order): rows matched and the first and last key. */
  keys: { matched: number; first: number | null; last: number | null }[];
}

/** The projections with a quick check, in a fixed order (the keys of a RangeResult follow it). */
export function quickChecked(projections: Projections): (Projection & { quickCheck: QuickCheck })[] {
  return projections.all.filter((p): p is Projection & { quickCheck: QuickCheck } => p.quickCheck !== undefined);
}

const quote = (type: string): string => `'${type.replace(/'/g, "''")}'`;
const isText = (c: string): string => `typeof(r.${c}) = 'text'`;

/**
 * Per record, as SQLite gives it: seq; the text its hash covers (prev_hash, then RFC 8785 JSON of
 * the record as recordHash builds it; json_quote escapes as JSON.stringify does), or NULL when a
 * column is not the text it must be, which JavaScript would write otherwise; its stored hash;
 * which quick check covers it (index, or NULL); and that check's key (NULL: the row fails).
 */
function rangeSql(quick: ReturnType<typeof quickChecked>): string {
  const hashed = `CASE WHEN ${['type', 'subject', '"by"', 'payload', 'occurred_at', 'recorded_at', 'prev_hash'].map(isText).join(' AND ')}
      AND length(CAST(r.prev_hash AS BLOB)) = 64
    THEN r.prev_hash || '{"by":' || json_quote(r."by") || ',"occurred_at":' || json_quote(r.occurred_at) || ',"payload":' || r.payload
      || ',"recorded_at":' || json_quote(r.recorded_at) || ',"seq":' || r.seq || ',"subject":' || json_quote(r.subject) || ',"type":' || json_quote(r.type) || '}' END`;
  const byType = (value: (p: (typeof quick)[number], i: number) => string): string =>
    quick.length === 0 ? 'NULL' : `CASE r.type ${quick.map((p, i) => p.recordTypes.map((t) => `WHEN ${quote(t)} THEN ${value(p, i)}`).join(' ')).join(' ')} END`;
  return `SELECT r.seq, ${hashed}, r.hash, ${byType((_p, i) => String(i))}, ${byType((p) => `(${p.quickCheck.key})`)}
    FROM record r ${quick.map((p) => p.quickCheck.join).join(' ')}
    WHERE r.seq > ? AND r.seq <= ? ORDER BY r.seq LIMIT ?`;
}

type RangeRow = [number, string | null, unknown, number | null, number | null];

/**
 * The quick pass over one range of records, on a connection in a read transaction: the chain
 * (each seq follows, prev_hash is the last hash, the hash matches; record 1 and only record 1 is
 * board.created) and, for projections with a quick check, each record against its row in SQL.
 * Records of other projections are read whole, their payloads parsed with their schema, and
 * handed back for their verifiers. Stops at the first thing that does not hold.
 */
export function checkRange(
  db: Database.Database,
  projections: Projections,
  range: RecordRange,
  onProgress: (checked: number) => void = () => {},
  chunk = 2_000,
): RangeResult {
  const quick = quickChecked(projections);
  for (const p of quick) for (const [name, fn] of Object.entries(p.quickCheck.functions)) db.function(name, { deterministic: true }, fn as (...args: unknown[]) => unknown);
  const keys = quick.map(() => ({ matched: 0, first: null as number | null, last: null as number | null }));
  const fed: FedRecord[] = [];
  const notOk: RangeResult = { ok: false, fed: [], keys };
  const stmt = db.prepare<[number, number, number], RangeRow>(rangeSql(quick)).raw(true);
  const whole = db.prepare<[number], StoredRecord>(`SELECT ${RECORD_COLUMNS} FROM record WHERE seq = ?`);

  let lastSeq = range.from;
  const startHash: unknown = range.from === 0 ? GENESIS_HASH : db.prepare<[number], { hash: unknown }>('SELECT hash FROM record WHERE seq = ?').get(range.from)?.hash;
  if (typeof startHash !== 'string') return notOk;
  let prevHash = startHash;
  while (lastSeq < range.to) {
    const rows = stmt.all(lastSeq, range.to, chunk);
    if (rows.length === 0) return notOk;
    for (const [seq, hashed, storedHash, which, key] of rows) {
      if (seq !== lastSeq + 1 || hashed === null || !hashed.startsWith(prevHash)) return notOk;
      const digest = hash('sha256', hashed, 'hex');
      if (digest !== storedHash) return notOk;
      if (which !== null) {
        const k = keys[which];
        if (seq === 1 || key === null || !k || (k.last !== null && key <= k.last)) return notOk;
        k.matched += 1;
        k.first ??= key;
        k.last = key;
      } else {
        const record = whole.get(seq);
        if (!record || !isRecordType(record.type) || !projections.forType(record.type) || (seq === 1) !== (record.type === 'board.created')) return notOk;
        const parsed = RECORD_TYPES[record.type].safeParse(safeJson(record.payload));
        if (!parsed.success) return notOk;
        fed.push({ record, payload: parsed.data });
      }
      lastSeq = seq;
      prevHash = digest;
    }
    onProgress(lastSeq - range.from);
  }
  return { ok: true, fed, keys };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
