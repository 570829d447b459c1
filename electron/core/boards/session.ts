import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { BoardInfo } from '../../../shared/domain/board.js';
import type { JournalEntry } from '../../../shared/domain/journal.js';
import type { OpenedDb } from '../db/open.js';
import { JournalWriter } from '../journal/append.js';
import { JournalReader } from '../journal/list.js';
import { entryFromRow } from '../journal/row.js';
import type { EventHub } from '../events.js';
import { readBoardInfo } from './board-row.js';

/**
 * One open board file: its connection, the journal's writer and reader, and the watcher that
 * notices commits made by other processes (the CLI, another seat server) so every window sees them.
 */
export class BoardSession {
  private currentInfo: BoardInfo;
  readonly reader: JournalReader;
  private readonly writer: JournalWriter | null;
  private lastPublishedSeq: number;
  private lastDataVersion: number;
  private readonly timer: NodeJS.Timeout | null;
  private closed = false;

  constructor(
    private readonly opened: OpenedDb,
    path: string,
    private readonly events: EventHub,
    now: () => Date,
    watchIntervalMs: number,
  ) {
    this.currentInfo = readBoardInfo(opened.db, path, opened);
    this.reader = new JournalReader(opened.db);
    this.writer = opened.readOnly ? null : new JournalWriter(opened.db, now);
    this.lastPublishedSeq = this.reader.headSeq();
    this.lastDataVersion = this.dataVersion();
    this.timer = watchIntervalMs > 0 ? setInterval(() => this.pollForeignCommits(), watchIntervalMs) : null;
    this.timer?.unref();
  }

  get info(): BoardInfo {
    return this.currentInfo;
  }

  /** Reads the board's details again; emits board.changed when they differ from what was shown. */
  refreshInfo(): BoardInfo {
    const next = readBoardInfo(this.opened.db, this.currentInfo.path, this.opened);
    if (JSON.stringify(next) !== JSON.stringify(this.currentInfo)) {
      this.currentInfo = next;
      this.events.emit({ event: 'board.changed', data: { board: next } });
    }
    return next;
  }

  get db(): Database.Database {
    return this.opened.db;
  }

  /** The journal writer, or a clear refusal when the file is damaged and read-only. */
  journalWriter(): JournalWriter {
    if (!this.writer) {
      throw new ApiError('read_only', 'the board file is damaged and open read-only', { path: this.info.path });
    }
    return this.writer;
  }

  /**
   * After this process committed `entry`: emit it straight away when it is the next one, else
   * catch up first on what other processes committed in between (so the order stays seq order).
   */
  publishCommitted(entry: JournalEntry): void {
    if (this.closed) return;
    if (entry.seq !== this.lastPublishedSeq + 1) {
      this.publishNewEntries();
      return;
    }
    this.lastPublishedSeq = entry.seq;
    this.events.emit({ event: 'journal.appended', data: { entry } });
  }

  /** Emits journal.appended for every entry committed since the last one published, in order. */
  publishNewEntries(): void {
    if (this.closed) return;
    for (const row of this.reader.since(this.lastPublishedSeq)) {
      this.lastPublishedSeq = row.seq;
      this.events.emit({ event: 'journal.appended', data: { entry: entryFromRow(row) } });
    }
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
      this.publishNewEntries();
      this.refreshInfo();
    } catch {
      // A busy or briefly locked file: the next tick tries again.
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.opened.db.close();
  }
}
