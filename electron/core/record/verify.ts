import type Database from 'better-sqlite3';
import { RECORD_TYPES, isRecordType } from '../../../shared/api/records.js';
import type { RecordHead, VerifyFinding, VerifyResult } from '../../../shared/record/record.js';
import { SELECT_RECORDS, chainProblem, type RawRecord } from './chain.js';
import { GENESIS_HASH } from './hash.js';
import type { StoredRecord } from './log.js';
import { finding, type Projection, type ProjectionVerifier } from './projection.js';
import type { Projections } from './projections.js';

export interface VerifyOptions {
  /** A head an export carried: record SEQ must still be there with this hash. */
  expectHead?: RecordHead | null | undefined;
}

/**
 * Recomputes the record's hash chain from record 1 and, beside it, rebuilds every projection from
 * the records and compares it with the stored tables. Runs a chunk at a time (step), so a large
 * board can be checked in the background with progress; verifyBoard runs it to the end.
 */
export class RecordVerifier {
  private readonly stmt: Database.Statement<[number, number], RawRecord>;
  private readonly verifiers = new Map<Projection, ProjectionVerifier>();
  private lastSeq = 0;
  private prevHash = GENESIS_HASH;
  private failure: VerifyFinding | null = null;
  private finished = false;

  constructor(
    private readonly db: Database.Database,
    private readonly projections: Projections,
    private readonly options: VerifyOptions = {},
  ) {
    this.stmt = db.prepare<[number, number], RawRecord>(SELECT_RECORDS).raw(true);
    for (const p of projections.all) this.verifiers.set(p, p.verifier(db));
  }

  /** How many records there are to check (for progress). */
  total(): number {
    return this.db.prepare<[], { n: number | null }>('SELECT max(seq) AS n FROM record').get()?.n ?? 0;
  }

  get checked(): number {
    return this.lastSeq;
  }

  /** Checks up to `limit` more records; true when the whole check is done. */
  step(limit: number): boolean {
    if (this.finished) return true;
    const rows = this.stmt.all(this.lastSeq, limit);
    for (const row of rows) {
      const problem = this.check(row);
      // Name what the record is about too (its stored subject), so a person reads "loggpost #12".
      if (problem) return this.fail(problem.subject === null && problem.seq === row[0] ? { ...problem, subject: row[2] } : problem);
      this.lastSeq = row[0];
      this.prevHash = row[8];
    }
    if (rows.length === limit) return false;
    for (const v of this.verifiers.values()) {
      const problem = v.finish();
      if (problem) return this.fail(problem);
    }
    const headProblem = this.checkExpectedHead();
    if (headProblem) return this.fail(headProblem);
    this.finished = true;
    return true;
  }

  private check(row: RawRecord): VerifyFinding | null {
    const chain = chainProblem(row, this.lastSeq, this.prevHash);
    if (chain) return chain;
    const [seq, type, subject, by, payload, occurred_at, recorded_at, prev_hash, hash] = row;
    const projection = this.projections.forType(type);
    if (!projection || !isRecordType(type)) return finding('bad_payload', seq);
    let parsed: unknown;
    try {
      parsed = RECORD_TYPES[type].parse(JSON.parse(payload));
    } catch {
      return finding('bad_payload', seq);
    }
    const record: StoredRecord = { seq, type, subject, by, payload, occurred_at, recorded_at, prev_hash, hash };
    return this.verifiers.get(projection)?.feed(record, parsed) ?? null;
  }

  private checkExpectedHead(): VerifyFinding | null {
    const want = this.options.expectHead;
    if (!want) return null;
    const row = this.db.prepare<[number], { hash: string }>('SELECT hash FROM record WHERE seq = ?').get(want.seq);
    if (!row) return finding('head_missing', want.seq);
    return row.hash === want.hash ? null : finding('head_mismatch', want.seq);
  }

  private fail(problem: VerifyFinding): true {
    this.failure = problem;
    this.finished = true;
    return true;
  }

  result(): VerifyResult {
    if (this.failure) return { ok: false, count: this.failure.seq !== null ? Math.min(this.lastSeq, this.failure.seq - 1) : this.lastSeq, head: null, first_bad: this.failure };
    return { ok: true, count: this.lastSeq, head: this.lastSeq > 0 ? { seq: this.lastSeq, hash: this.prevHash } : null, first_bad: null };
  }
}

/** Verifies the whole board in one go, telling progress every `progressEvery` records. */
export function verifyBoard(
  db: Database.Database,
  projections: Projections,
  options: VerifyOptions & { onProgress?: (checked: number, total: number) => void; chunk?: number } = {},
): VerifyResult {
  const verifier = new RecordVerifier(db, projections, options);
  const total = options.onProgress ? verifier.total() : 0;
  // Small chunks: rows die young, so the garbage collector never has to promote a chunk.
  const chunk = options.chunk ?? 2_000;
  // One read transaction: the check sees one state of the file, even while others write it.
  db.transaction(() => {
    while (!verifier.step(chunk)) options.onProgress?.(verifier.checked, total);
  })();
  options.onProgress?.(verifier.checked, total);
  return verifier.result();
}
