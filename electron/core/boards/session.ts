import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { BoardInfo } from '../../../shared/domain/board.js';
import type { RecordHead, Verification } from '../../../shared/record/record.js';
import type { OpenedDb } from '../db/open.js';
import type { EventHub } from '../events.js';
import type { Caller } from '../handler-types.js';
import { JournalReader } from '../journal/list.js';
import { RecordLog } from '../record/log.js';
import { ALL_ROLES, type EventContext, type RoutedEvent } from '../record/projection.js';
import type { Projections } from '../record/projections.js';
import { RecordVerifier } from '../record/verify.js';
import { WriteContext, type AppendedRecord } from '../record/write.js';
import { readBoardInfo } from './board-row.js';

export interface SessionOptions {
  events: EventHub;
  projections: Projections;
  now: () => Date;
  /** How often to look for commits by other processes, in ms; 0 = never. */
  watchIntervalMs: number;
  /** Check the chain and projections in the background once opened (not for one-off CLI calls). */
  verifyOnOpen: boolean;
  log: (message: string) => void;
}

/** Events taken under the write lock (or read after another process's commit), to emit in order. */
interface Pending {
  events: RoutedEvent[];
  /** The last record they cover. */
  upTo: number;
  /** Records after upTo may be waiting. */
  more: boolean;
}

/** Records checked per turn of the event loop while verifying in the background. */
const VERIFY_CHUNK = 5_000;
/** Records published per query while catching up. */
const PUBLISH_CHUNK = 500;

/**
 * One open board file: the one write path (records and their projections in one IMMEDIATE
 * transaction, then published), reads in one read transaction, publishing from the record for
 * this process's commits and other processes' alike, and the background check of the chain.
 */
export class BoardSession {
  private currentInfo: BoardInfo;
  readonly reader: JournalReader;
  readonly records: RecordLog;
  private lastPublishedSeq: number;
  private lastDataVersion: number;
  private readonly timer: NodeJS.Timeout | null;
  private closed = false;
  private brokenChain = false;
  private verificationState: Verification | null = null;
  private readonly opGet: Database.Statement<[string], { method: string; result: string }>;
  private readonly opPut: Database.Statement<[string, string, string, string]>;
  /** Runs a function in a transaction; made once (better-sqlite3 builds a wrapper per call to transaction()). */
  private readonly inTransaction: Database.Transaction<(fn: () => unknown) => unknown>;

  constructor(
    private readonly opened: OpenedDb,
    private readonly path: string,
    private readonly options: SessionOptions,
  ) {
    this.currentInfo = this.readInfo();
    this.reader = new JournalReader(opened.db);
    this.records = new RecordLog(opened.db);
    this.lastPublishedSeq = this.records.head()?.seq ?? 0;
    this.lastDataVersion = this.dataVersion();
    this.opGet = opened.db.prepare('SELECT method, result FROM op WHERE op_id = ?');
    this.opPut = opened.db.prepare('INSERT INTO op (op_id, method, result, recorded_at) VALUES (?, ?, ?, ?)');
    this.inTransaction = opened.db.transaction((fn: () => unknown) => fn());
    const { watchIntervalMs } = options;
    this.timer = watchIntervalMs > 0 ? setInterval(() => this.pollForeignCommits(), watchIntervalMs) : null;
    this.timer?.unref();
    if (options.verifyOnOpen) this.verifyInBackground();
  }

  get info(): BoardInfo {
    return this.currentInfo;
  }

  get db(): Database.Database {
    return this.opened.db;
  }

  /** The board's clock (createCore's `now`): reads judge what is overdue by it. */
  now(): Date {
    return this.options.now();
  }

  get verification(): Verification | null {
    return this.verificationState;
  }

  head(): RecordHead | null {
    return this.records.head();
  }

  private readOnlyReason(): BoardInfo['read_only_reason'] {
    if (this.opened.readOnly) return 'damaged';
    return this.brokenChain ? 'chain_broken' : null;
  }

  private readInfo(): BoardInfo {
    const reason = this.readOnlyReason();
    return readBoardInfo(this.opened.db, this.path, { readOnly: reason !== null, readOnlyReason: reason });
  }

  /** Reads the board's details again; emits board.changed when they differ from what was shown. */
  refreshInfo(): BoardInfo {
    const next = this.readInfo();
    if (JSON.stringify(next) !== JSON.stringify(this.currentInfo)) {
      this.currentInfo = next;
      this.options.events.emit({ event: 'board.changed', data: { board: next }, roles: ALL_ROLES, record: null });
    }
    return next;
  }

  /** A read: one read transaction, so every statement of it sees the same state of the file. */
  read<T>(fn: () => T): T {
    return this.inTransaction(fn) as T;
  }

  /**
   * The one write path. Refuses a read-only board and a nameless caller; then, in one IMMEDIATE
   * transaction, answers a repeated op_id with its first reply, or runs the handler (which appends
   * records and their projections) and remembers its reply; takes the events of every record not
   * yet published while it holds the write lock; commits; publishes them.
   */
  write<T>(method: string, caller: Caller, opId: string | null, fn: (records: WriteContext) => T): T {
    const reason = this.readOnlyReason();
    if (reason) {
      throw new ApiError('read_only', `the board is open read-only (${reason})`, { path: this.path, reason });
    }
    const by = caller.name;
    if (by === null) throw new ApiError('name_required', 'say who is writing first (session.identify)');
    const db = this.opened.db;
    const infoBefore = this.currentInfo;
    let pending: Pending = { events: [], upTo: this.lastPublishedSeq, more: false };
    let result: T;
    try {
      result = this.inTransaction.immediate((): T => {
        const now = this.options.now();
        const earlier = opId === null ? undefined : this.opGet.get(opId);
        if (earlier) {
          if (earlier.method !== method) throw new ApiError('op_conflict', `op_id already used for ${earlier.method}`, { method: earlier.method });
          pending = this.eventsSince(this.lastPublishedSeq, Infinity);
          return JSON.parse(earlier.result) as T;
        }
        const records = new WriteContext(db, this.records, this.options.projections, by, now);
        const out = fn(records);
        if (opId !== null) this.opPut.run(opId, method, JSON.stringify(out), now.toISOString());
        // This call's records, as written, when they follow the last one published (the head was
        // read under the write lock): nothing from another process waits before them. Else all
        // records after the last published, read from the record.
        const first = records.appended[0]?.record;
        pending = first?.seq === this.lastPublishedSeq + 1 ? this.eventsOf(records.appended) : this.eventsSince(this.lastPublishedSeq, Infinity);
        return out;
      }) as T;
    } catch (err) {
      // Nothing was committed: the board's details read for an event are not the file's.
      this.currentInfo = infoBefore;
      throw err;
    }
    this.emit(pending);
    return result;
  }

  /**
   * Emits the events of every record committed since the last one published, in record order,
   * whoever committed it: another process (noticed by data_version) or this one. Each projection
   * says which events its records make and who may see them.
   */
  publishSince(): void {
    for (;;) {
      if (this.closed) return;
      const pending = this.eventsSince(this.lastPublishedSeq, PUBLISH_CHUNK);
      this.emit(pending);
      if (!pending.more) return;
    }
  }

  private emit(pending: Pending): void {
    if (this.closed || pending.upTo <= this.lastPublishedSeq) return;
    this.lastPublishedSeq = pending.upTo;
    for (const event of pending.events) this.options.events.emit(event);
  }

  /** The events of the records after `seq`, read from the record (at most `limit` records; the rest: `more`). */
  private eventsSince(seq: number, limit: number): Pending {
    let upTo = seq;
    const events: RoutedEvent[] = [];
    for (;;) {
      const batch = this.records.since(upTo, Math.min(limit, PUBLISH_CHUNK));
      const part = this.eventsOf(batch.map((record) => ({ record, payload: null })));
      events.push(...part.events);
      upTo = part.upTo || upTo;
      const more = batch.length === PUBLISH_CHUNK;
      if (!more || upTo - seq >= limit) return { events, upTo, more };
    }
  }

  /** The events these records make, in order. */
  private eventsOf(records: readonly AppendedRecord[]): Pending {
    const ctx: EventContext = { db: this.opened.db, boardInfo: () => this.refreshedInfoQuietly(), now: this.options.now };
    const events: RoutedEvent[] = [];
    for (const { record, payload } of records) events.push(...this.options.projections.events(ctx, record, payload));
    return { events, upTo: records.at(-1)?.record.seq ?? 0, more: false };
  }

  /** The info read again for a board record's event (which is itself the board.changed). */
  private refreshedInfoQuietly(): BoardInfo {
    this.currentInfo = this.readInfo();
    return this.currentInfo;
  }

  private dataVersion(): number {
    return this.opened.db.pragma('data_version', { simple: true }) as number;
  }

  /** PRAGMA data_version changes only when another connection commits: cheap to ask each second. */
  private pollForeignCommits(): void {
    if (this.closed) return;
    try {
      const version = this.dataVersion();
      if (version === this.lastDataVersion) return;
      this.lastDataVersion = version;
      this.publishSince();
    } catch {
      // A busy or briefly locked file: the next tick tries again.
    }
  }

  /**
   * Checks the chain and rebuilds the projections in the background, a chunk per turn of the
   * event loop, so a large board opens at once and the seats stay served. Progress and the result
   * are events; a board whose record does not hold is switched to read-only.
   */
  private verifyInBackground(): void {
    const verifier = new RecordVerifier(this.opened.db, this.options.projections);
    const total = verifier.total();
    let lastReport = 0;
    const report = (verification: Verification): void => {
      this.verificationState = verification;
      this.options.events.emit({ event: 'record.verification', data: { verification }, roles: ALL_ROLES, record: null });
    };
    report({ state: 'running', checked: 0, total });
    const turn = (): void => {
      if (this.closed) return;
      let done: boolean;
      try {
        done = verifier.step(VERIFY_CHUNK);
      } catch (err) {
        this.options.log(`verification stopped: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
      if (!done) {
        const now = Date.now();
        if (now - lastReport > 250) {
          lastReport = now;
          report({ state: 'running', checked: verifier.checked, total });
        }
        setImmediate(turn);
        return;
      }
      const result = verifier.result();
      if (result.ok || !result.first_bad) {
        report({ state: 'ok', count: result.count, head: result.head });
        return;
      }
      this.brokenChain = true;
      report({ state: 'broken', count: result.count, first_bad: result.first_bad });
      this.refreshInfo();
    };
    setImmediate(turn);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.opened.db.close();
  }
}
