import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { RecentBoard, type BoardInfo } from '../../../shared/domain/board.js';

const MAX_RECENT = 20;

/** What recent.json keeps: a recent board less what is derived when listing (id, exists). */
const StoredRecent = RecentBoard.omit({ id: true, exists: true });
type StoredRecent = z.infer<typeof StoredRecent>;

/** A recent board is named by an id derived from its path: renderers pick ids, never paths. */
export function recentId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

/**
 * recent.json in the data folder: the boards opened lately, newest first. A damaged list is
 * ignored rather than fatal: it is a convenience, the boards themselves are the record.
 */
export class RecentBoards {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent.json');
  }

  private read(): StoredRecent[] {
    try {
      const parsed = z.array(StoredRecent).safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  list(): RecentBoard[] {
    return this.read().map((r) => ({ ...r, id: recentId(r.path), exists: existsSync(r.path) }));
  }

  pathOf(id: string): string | null {
    return this.read().find((r) => recentId(r.path) === id)?.path ?? null;
  }

  remember(board: BoardInfo, at: Date): void {
    const entry: StoredRecent = {
      path: board.path,
      name: board.name,
      kommun_code: board.kommun_code,
      kommun_name: board.kommun_name,
      exercise: board.exercise,
      last_opened_at: at.toISOString(),
    };
    const next = [entry, ...this.read().filter((r) => r.path !== board.path)].slice(0, MAX_RECENT);
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so a crash never leaves half a list.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`);
    renameSync(tmp, this.file);
  }
}
