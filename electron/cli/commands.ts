import { resolve } from 'node:path';
import { ENTRY_KINDS, EntryKind, type JournalEntryView } from '../../shared/domain/journal.js';
import { BOARD_MODES, BoardMode } from '../../shared/domain/board.js';
import { findKommun } from '../../shared/kommuner.js';
import { instant } from '../../shared/domain/text.js';
import { stockholmDateTime } from '../../shared/time.js';
import { createCore } from '../core/index.js';
import { defaultDataDir } from '../core/data-dir.js';
import { CliError, optional, parseFlags, required } from './args.js';
import { withBoard } from './board-call.js';
import type { Translator } from './messages.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  tr: Translator;
}

export async function newBoard(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, {
    db: { type: 'string' },
    name: { type: 'string' },
    kommun: { type: 'string' },
    exercise: { type: 'boolean' },
    mode: { type: 'string' },
  });
  const path = resolve(required(v, 'db'));
  const mode = optional(v, 'mode') ?? 'ordinary';
  if (!BoardMode.safeParse(mode).success) throw new CliError('bad_mode', { value: mode });
  const input = {
    name: required(v, 'name'),
    kommun_code: required(v, 'kommun'),
    exercise: v.exercise === true,
    mode: mode as (typeof BOARD_MODES)[number],
  };
  const core = createCore({ dataDir: defaultDataDir(), watchIntervalMs: 0, rememberRecent: false });
  try {
    core.createBoardFile(path, input);
  } finally {
    core.close();
  }
  io.out(io.tr.t('created', { name: input.name.trim(), kommun: findKommun(input.kommun_code)?.name ?? input.kommun_code, path }));
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
  });
  const db = required(v, 'db');
  const kind = required(v, 'kind');
  if (!EntryKind.safeParse(kind).success) throw new CliError('bad_kind', { value: kind });
  const at = optional(v, 'at');
  if (at !== undefined && !instant.safeParse(at).success) throw new CliError('bad_time', { value: at });
  const text = required(v, 'text');
  const entry = await withBoard(db, (board) =>
    board.call('journal.append', {
      kind: kind as (typeof ENTRY_KINDS)[number],
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
  const entries = await withBoard(db, async (board) => {
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

export async function verify(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' } });
  const result = await withBoard(required(v, 'db'), (board) => board.call('journal.verify', {}));
  if (result.ok) {
    io.out(result.head ? io.tr.t('verify_ok', { count: result.count, head: result.head }) : io.tr.t('verify_ok_empty'));
    return 0;
  }
  const bad = result.first_bad;
  io.err(io.tr.t('verify_bad', { seq: bad?.seq ?? 0, problem: io.tr.t(`problem_${bad?.problem ?? 'missing'}`) }));
  return 1;
}
