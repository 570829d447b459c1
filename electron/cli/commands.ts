import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type JournalEntryView } from '../../shared/domain/journal.js';
import { BOARD_MODES, BoardMode } from '../../shared/domain/board.js';
import { instant } from '../../shared/domain/text.js';
import { stockholmDateTime } from '../../shared/time.js';
import { createCore } from '../core/index.js';
import { defaultDataDir } from '../core/data-dir.js';
import { CliError, optional, parseFlags, required } from './args.js';
import { withBoard } from './board-call.js';
import { whoIsWriting } from './by.js';
import { parseKind } from './kinds.js';
import { resolveKommun } from './kommun.js';
import type { Translator } from './messages.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  tr: Translator;
  /** A person is reading stdout (not a program): addresses get their labels there too. */
  stdoutIsTerminal: boolean;
}

export async function newBoard(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, {
    db: { type: 'string' },
    name: { type: 'string' },
    kommun: { type: 'string' },
    exercise: { type: 'boolean' },
    mode: { type: 'string' },
    by: { type: 'string' },
  });
  const path = resolve(required(v, 'db'));
  if (!existsSync(dirname(path))) throw new CliError('db_folder_missing', { folder: dirname(path) }, 1);
  const mode = optional(v, 'mode') ?? 'ordinary';
  if (!BoardMode.safeParse(mode).success) throw new CliError('bad_mode', { value: mode });
  const name = required(v, 'name');
  const kommun = resolveKommun(required(v, 'kommun'));
  const input = {
    name,
    kommun_code: kommun.code,
    exercise: v.exercise === true,
    mode: mode as (typeof BOARD_MODES)[number],
  };
  const by = whoIsWriting(optional(v, 'by'));
  const core = createCore({ dataDir: defaultDataDir(), watchIntervalMs: 0, verifyOnOpen: false, rememberRecent: false });
  try {
    core.createBoardFile(path, input, by);
  } finally {
    core.close();
  }
  io.out(io.tr.t('created', { name: input.name.trim(), kommun: kommun.name, path }));
  return 0;
}

export async function journalAdd(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, {
    db: { type: 'string' },
    kind: { type: 'string' },
    text: { type: 'string' },
    actor: { type: 'string' },
    at: { type: 'string' },
    significant: { type: 'boolean' },
    by: { type: 'string' },
  });
  const db = required(v, 'db');
  const kind = parseKind(required(v, 'kind'));
  const at = optional(v, 'at');
  if (at !== undefined && !instant.safeParse(at).success) throw new CliError('bad_time', { value: at });
  const text = required(v, 'text');
  const by = whoIsWriting(optional(v, 'by'));
  const entry = await withBoard(db, by, (board) =>
    board.call('journal.append', {
      kind,
      text,
      actor: optional(v, 'actor') ?? null,
      occurred_at: at ?? null,
      significant: v.significant === true,
    }),
  );
  io.out(io.tr.t('appended', { seq: entry.seq }));
  return 0;
}

function formatEntry(e: JournalEntryView, tr: Translator): string {
  const parts = [
    `#${e.seq}`,
    stockholmDateTime(e.occurred_at),
    tr.t(`kinds.${e.kind}`),
    e.significant ? tr.t('significant') : '',
    e.actor ? `[${e.actor}]` : '',
    e.text.replace(/\s*\n\s*/g, ' / '),
    e.by ? `(${tr.t('by', { by: e.by })})` : '',
    e.corrects !== null ? `(${tr.t('corrects', { seq: e.corrects, reason: e.correction_reason })})` : '',
    e.corrected_by !== null ? `(${tr.t('corrected_by', { seq: e.corrected_by })})` : '',
  ];
  return parts.filter((p) => p.length > 0).join('  ');
}

const LIST_PAGE = 500;

export async function journalList(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, search: { type: 'string' }, json: { type: 'boolean' } });
  const db = required(v, 'db');
  const search = optional(v, 'search');
  const entries = await withBoard(db, null, async (board) => {
    const all: JournalEntryView[] = [];
    // A page may hold fewer than asked (pages are bounded in bytes too): go on until the total.
    for (;;) {
      const page = await board.call('journal.list', { query: search ? { search } : {}, offset: all.length, limit: LIST_PAGE });
      all.push(...page.entries);
      if (page.entries.length === 0 || all.length >= page.total) return all;
    }
  });
  if (v.json === true) {
    io.out(JSON.stringify(entries, null, 2));
  } else if (entries.length === 0) {
    io.out(io.tr.t('no_entries'));
  } else {
    for (const e of entries) io.out(formatEntry(e, io.tr));
  }
  return 0;
}
