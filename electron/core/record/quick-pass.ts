import type Database from 'better-sqlite3';
import type { RecordHead } from '../../../shared/record/record.js';
import type { Projections } from './projections.js';
import { checkRange, quickChecked, type RangeResult, type RecordRange } from './range-check.js';

/** The records 1..upTo cut into `parts` ranges of about equal size, in order. */
export function planRanges(upTo: number, parts: number): RecordRange[] {
  const n = Math.max(1, Math.min(parts, upTo));
  return Array.from({ length: n }, (_, i) => ({ from: Math.floor((upTo * i) / n), to: Math.floor((upTo * (i + 1)) / n) }));
}

/**
 * Whether the ranges' results, taken together on `db` (in the read transaction they were checked
 * up to), show a board the full check would pass: every range held; each quick-checked
 * projection's keys rise across the ranges and match its rows one for one (no row left over); the
 * records handed back pass their projections' verifiers; and the expected head is there.
 */
export function quickPassHolds(db: Database.Database, projections: Projections, results: readonly RangeResult[], expectHead: RecordHead | null | undefined): boolean {
  if (!results.every((r) => r.ok)) return false;
  const quick = quickChecked(projections);
  for (const [i, p] of quick.entries()) {
    let matched = 0;
    let last: number | null = null;
    for (const r of results) {
      const k = r.keys[i];
      if (!k) return false;
      if (k.first !== null && last !== null && k.first <= last) return false;
      matched += k.matched;
      last = k.last ?? last;
    }
    if (db.prepare<[], number>(p.quickCheck.rowCount).pluck().get() !== matched) return false;
  }
  const rest = projections.all.filter((p) => p.quickCheck === undefined);
  const verifiers = new Map(rest.map((p) => [p, p.verifier(db)]));
  for (const { record, payload } of results.flatMap((r) => r.fed)) {
    const projection = projections.forType(record.type);
    const verifier = projection ? verifiers.get(projection) : undefined;
    if (!verifier || verifier.feed(record, payload)) return false;
  }
  for (const v of verifiers.values()) if (v.finish()) return false;
  if (expectHead) {
    const stored = db.prepare<[number], string>('SELECT hash FROM record WHERE seq = ?').pluck().get(expectHead.seq);
    if (stored !== expectHead.hash) return false;
  }
  return true;
}

/** The quick pass in this thread, range after range (what the worker threads do side by side). */
export function quickPassInThread(db: Database.Database, projections: Projections, parts: number, expectHead?: RecordHead | null): boolean {
  const upTo = db.prepare<[], number | null>('SELECT max(seq) FROM record').pluck().get() ?? 0;
  return quickPassHolds(db, projections, planRanges(upTo, parts).map((range) => checkRange(db, projections, range)), expectHead);
}
