import { readFileSync, writeFileSync } from 'node:fs';
import { parseActorCsv, type CsvLineError } from '../../shared/actors/csv.js';
import { ActorLevel, type Actor } from '../../shared/domain/actor.js';
import { stockholmDateTime } from '../../shared/time.js';
import { CliApiError, CliError, optional, parseFlags, required } from './args.js';
import { withBoard, type BoardCall } from './board-call.js';
import { whoIsWriting } from './by.js';
import type { Io } from './commands.js';

/** `samlad actor …`: the actor registry from the command line, through the same API as the UI. */

/** A refusal core words by `details.reason` (actors:error.*) is said in the user's language. */
async function saying<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const reason = err instanceof CliApiError ? err.error.details?.reason : undefined;
    if (err instanceof CliApiError && typeof reason === 'string' && reason !== 'csv') {
      const vars = Object.fromEntries(Object.entries(err.error.details ?? {}).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
      throw new CliError(`actors:error.${reason}`, vars, 1);
    }
    throw err;
  }
}

export async function actorList(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, json: { type: 'boolean' } });
  const { actors } = await withBoard(required(v, 'db'), null, (board) => board.call('actors.list', {}));
  if (v.json === true) {
    const rows = actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      level: a.status?.level ?? null,
      situation: a.status?.situation ?? null,
      reported_at: a.status?.reported_at ?? null,
      overdue: a.overdue,
      retired: a.retired,
    }));
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (actors.length === 0) io.out(io.tr.t('actors:cli.no_actors'));
  for (const a of actors) {
    const parts = [
      `#${a.id}`,
      a.name,
      `[${io.tr.t(`actors:type.${a.type}`)}]`,
      a.status ? io.tr.t(`actors:level.${a.status.level}`) : '',
      a.status?.situation ?? '',
      a.status ? stockholmDateTime(a.status.reported_at) : '',
      a.overdue ? io.tr.t('actors:cli.overdue') : '',
      a.retired ? `(${io.tr.t('actors:cli.retired')})` : '',
    ];
    io.out(parts.filter((p) => p.length > 0).join('  '));
  }
  return 0;
}

/** The actor a person named: exactly (any case), else the one whose name starts so. */
function findActor(actors: readonly Actor[], name: string): Actor {
  const key = name.trim().toLocaleLowerCase('sv');
  const exact = actors.filter((a) => a.name.toLocaleLowerCase('sv') === key);
  if (exact.length === 1 && exact[0]) return exact[0];
  const starts = actors.filter((a) => !a.retired && a.name.toLocaleLowerCase('sv').startsWith(key));
  if (starts.length === 1 && starts[0]) return starts[0];
  if (starts.length > 1) throw new CliError('actors:cli.ambiguous_actor', { value: name, names: starts.map((a) => a.name).slice(0, 8).join(', ') }, 1);
  throw new CliError('actors:cli.unknown_actor', { value: name }, 1);
}

export async function actorStatus(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, {
    db: { type: 'string' },
    actor: { type: 'string' },
    level: { type: 'string' },
    situation: { type: 'string' },
    needs: { type: 'string' },
    by: { type: 'string' },
  });
  const db = required(v, 'db');
  const name = required(v, 'actor');
  const level = ActorLevel.safeParse(required(v, 'level'));
  if (!level.success) throw new CliError('actors:cli.bad_level', { value: String(v.level) });
  const by = whoIsWriting(optional(v, 'by'));
  const actor = await saying(() =>
    withBoard(db, by, async (board) => {
      const { actors } = await board.call('actors.list', {});
      const { id } = findActor(actors, name);
      return board.call('actors.setStatus', { id, level: level.data, situation: optional(v, 'situation') ?? null, needs: optional(v, 'needs') ?? null });
    }),
  );
  io.out(io.tr.t('actors:cli.status_set', { actor: actor.name, level: io.tr.t(`actors:level.${level.data}`) }));
  return 0;
}

function lineMessage(e: CsvLineError, io: Io): string {
  const reason = io.tr.t(`actors:error.csv.${e.reason}`, e.values);
  return io.tr.t('actors:error.csv.line', { line: e.line, reason });
}

/** Bad lines the registry itself would refuse: names already there. */
async function duplicatesOf(board: BoardCall, names: readonly { line: number; name: string }[]): Promise<CsvLineError[]> {
  const { actors } = await board.call('actors.list', {});
  const taken = new Set(actors.map((a) => a.name.toLocaleLowerCase('sv')));
  return names.filter((r) => taken.has(r.name.toLocaleLowerCase('sv'))).map((r) => ({ line: r.line, reason: 'duplicate', values: { name: r.name } }));
}

export async function actorImport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, file: { type: 'string' }, by: { type: 'string' } });
  const db = required(v, 'db');
  const file = required(v, 'file');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError('actors:cli.file_missing', { path: file }, 1);
  }
  const by = whoIsWriting(optional(v, 'by'));
  // Checked here first so every bad line is named in the user's language; core checks again.
  const parsed = parseActorCsv(text);
  const result = await saying(() =>
    withBoard(db, by, async (board): Promise<{ errors: CsvLineError[] } | { imported: number }> => {
      const errors = [...parsed.errors, ...(await duplicatesOf(board, parsed.rows))].sort((a, b) => a.line - b.line);
      if (errors.length > 0) return { errors };
      return { imported: (await board.call('actors.import', { csv: text })).imported };
    }),
  );
  if ('errors' in result) {
    for (const e of result.errors) io.err(`samlad: ${lineMessage(e, io)}`);
    return 1;
  }
  io.out(JSON.stringify({ imported: result.imported }));
  return 0;
}

/**
 * The protokoll of a conference (the latest without --id) as Markdown on stdout or into --out,
 * or with --pdf as a PDF into --out (a PDF is not for a terminal). --out never overwrites a file.
 */
export async function conferenceProtocol(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, id: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'boolean' } });
  const db = required(v, 'db');
  const idText = optional(v, 'id');
  const id = idText === undefined ? null : Number(idText);
  if (id !== null && !(Number.isInteger(id) && id > 0)) throw new CliError('actors:cli.protocol_missing', { value: String(idText) }, 2);
  const pdf = v.pdf === true;
  const out = pdf ? required(v, 'out') : optional(v, 'out');
  const bytes = await withBoard(db, null, async (board): Promise<Buffer> => {
    const wanted = id ?? (await board.call('actors.conference.list', {})).conferences[0]?.id;
    if (wanted === undefined) throw new CliError('actors:cli.no_conferences', {}, 1);
    try {
      if (pdf) return Buffer.from((await board.call('actors.conference.protocolPdf', { id: wanted })).pdf_base64, 'base64');
      return Buffer.from((await board.call('actors.conference.protocol', { id: wanted })).markdown, 'utf8');
    } catch (err) {
      if (err instanceof CliApiError && err.error.code === 'not_found') throw new CliError('actors:cli.protocol_missing', { value: wanted }, 1);
      throw err;
    }
  });
  if (out === undefined) {
    io.out(bytes.toString('utf8').trimEnd());
    return 0;
  }
  try {
    writeFileSync(out, bytes, { flag: 'wx' });
  } catch {
    throw new CliError('actors:cli.out_failed', { path: out }, 1);
  }
  io.out(io.tr.t('actors:cli.protocol_written', { path: out }));
  return 0;
}
