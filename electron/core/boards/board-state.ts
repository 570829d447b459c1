import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { BoardInfo, BoardMode } from '../../../shared/domain/board.js';
import { findKommun } from '../../../shared/kommuner.js';
import { stockholmDate, stockholmTime } from '../../../shared/time.js';
import { boardsDir } from '../data-dir.js';
import { createBoardDb, openBoardDb, type OpenOptions } from '../db/open.js';
import type { EventHub } from '../events.js';
import { PROJECTIONS } from '../projections.js';
import { RecordLog } from '../record/log.js';
import { ALL_ROLES } from '../record/projection.js';
import { WriteContext } from '../record/write.js';
import { RecentBoards } from './recent.js';
import { BoardSession } from './session.js';

export interface NewBoardInput {
  name: string;
  kommun_code: string;
  exercise: boolean;
  mode: BoardMode;
}

/** A file name a person recognises: the board's name and when it was made (Stockholm time). */
function boardFileName(name: string, at: Date): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'lage';
  // Stockholm time, as the room reads the clock: "storm-20261123-2240" made at 22:40 on the wall.
  const stamp = `${stockholmDate(at).replace(/-/g, '')}-${stockholmTime(at).replace(':', '')}`;
  return `${slug}-${stamp}`;
}

/**
 * Creates a board file whose record starts with board.created (its identity: the chain is bound
 * to this board), in the same transaction as its schema. `by` is who created it.
 */
export function createBoardFile(path: string, input: NewBoardInput, now: Date, by: string, options: OpenOptions = {}): void {
  const kommun = findKommun(input.kommun_code);
  if (!kommun) throw new ApiError('validation', `unknown kommunkod ${input.kommun_code}`, { fields: 'kommun_code' });
  const db = createBoardDb(
    path,
    (d) => {
      new WriteContext(d, new RecordLog(d), PROJECTIONS, by, now).append('board.created', 'board', {
        board_id: randomUUID(),
        name: input.name,
        kommun_code: kommun.code,
        kommun_name: kommun.name,
        exercise: input.exercise,
        mode: input.mode,
        created_at: now.toISOString(),
      });
    },
    options,
  );
  db.close();
}

export interface BoardStateOptions extends OpenOptions {
  dataDir: string;
  events: EventHub;
  now: () => Date;
  watchIntervalMs: number;
  verifyOnOpen: boolean;
  rememberRecent: boolean;
  log: (message: string) => void;
}

/** Which board this process has open (at most one), and the recent-boards list. */
export class BoardState {
  private session: BoardSession | null = null;
  readonly recent: RecentBoards;

  constructor(private readonly options: BoardStateOptions) {
    this.recent = new RecentBoards(options.dataDir);
  }

  current(): BoardSession | null {
    return this.session;
  }

  /** The better-sqlite3 binding other SQLite files are opened with (MBTiles packs). */
  get nativeBinding(): string | undefined {
    return this.options.nativeBinding;
  }

  /** The open board, or a clear refusal when none is open. */
  require(): BoardSession {
    if (!this.session) throw new ApiError('no_board', 'no board is open');
    return this.session;
  }

  open(path: string): BoardInfo {
    const absolute = resolve(path);
    const opened = openBoardDb(absolute, this.options);
    let next: BoardSession;
    try {
      next = new BoardSession(opened, absolute, { ...this.options, projections: PROJECTIONS });
    } catch (err) {
      opened.db.close();
      throw err;
    }
    this.session?.close();
    this.session = next;
    if (this.options.rememberRecent) {
      try {
        this.recent.remember(next.info, this.options.now());
      } catch (err) {
        // The recent list is a convenience; an unwritable data folder must not keep a board shut.
        this.options.log(`could not update the recent boards list: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    this.options.events.emit({ event: 'board.changed', data: { board: next.info }, roles: ALL_ROLES, record: null });
    return next.info;
  }

  openRecent(id: string): BoardInfo {
    const path = this.recent.pathOf(id);
    if (!path) throw new ApiError('not_found', `no recent board ${id}`, { id });
    return this.open(path);
  }

  /** A new board file in the data folder's boards/, then opened. */
  create(input: NewBoardInput, by: string): BoardInfo {
    const dir = boardsDir(this.options.dataDir);
    mkdirSync(dir, { recursive: true });
    const now = this.options.now();
    const base = boardFileName(input.name, now);
    let path = join(dir, `${base}.samlad`);
    for (let n = 2; existsSync(path); n++) path = join(dir, `${base}-${n}.samlad`);
    createBoardFile(path, input, now, by, this.options);
    return this.open(path);
  }

  close(): void {
    if (!this.session) return;
    this.session.close();
    this.session = null;
    this.options.events.emit({ event: 'board.changed', data: { board: null }, roles: ALL_ROLES, record: null });
  }
}
