import { openSync, readSync, closeSync, fstatSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { instant } from '../../shared/domain/text.js';
import type { Feature } from '../../shared/map/feature.js';
import { IMPORT_MAX_BYTES } from '../../shared/map/import.js';
import { CliError, optional, parseFlags, required } from './args.js';
import { existingBoardFile, withBoard } from './board-call.js';
import { whoIsWriting } from './by.js';
import type { Io } from './commands.js';

const MIB = 1024 * 1024;

function atFlag(value: string | undefined): string | null {
  if (value === undefined) return null;
  const parsed = instant.safeParse(value);
  if (!parsed.success) throw new CliError('bad_time', { value });
  return parsed.data;
}

/**
 * A map file's text, read only when it is within the import cap (a 2 GB file is refused before
 * it is read), and only when it is UTF-8 (the importer's errors would otherwise name garbled text).
 */
function readMapFile(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new CliError('file_unreadable', { path }, 1);
  }
  try {
    const size = fstatSync(fd).size;
    const refuse = (problem: 'too_large' | 'not_json', detail: string, max: number | null = null): ApiError =>
      new ApiError('import_invalid', detail, { problem, feature_index: null, line: null, path: null, max, detail });
    if (size > IMPORT_MAX_BYTES) throw refuse('too_large', `${(size / MIB).toFixed(1)} MiB; at most ${IMPORT_MAX_BYTES / MIB} MiB`, IMPORT_MAX_BYTES / MIB);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, read));
    } catch {
      throw refuse('not_json', 'the file is not UTF-8 text');
    }
  } finally {
    closeSync(fd);
  }
}

/** `samlad map import`: all or nothing; prints {"imported": N}. */
export async function mapImport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, file: { type: 'string' }, by: { type: 'string' } });
  const db = required(v, 'db');
  const file = resolve(required(v, 'file'));
  existingBoardFile(db);
  const text = readMapFile(file);
  const by = whoIsWriting(optional(v, 'by'));
  const result = await withBoard(db, by, (board) => board.call('map.import', { file_name: basename(file), text }));
  io.out(JSON.stringify({ imported: result.imported }));
  return 0;
}

/** The properties `map list --json` gives each feature (issue 9's list). */
function listed(f: Feature) {
  return {
    type: 'Feature' as const,
    id: f.id,
    geometry: f.geometry,
    properties: {
      id: f.id,
      version: f.version,
      title: f.title,
      category: f.category,
      status: f.status,
      actor: f.actor,
      valid_from: f.valid_from,
      valid_until: f.valid_until,
    },
  };
}

/** `samlad map list`: the features as they stood at --at (default now). */
export async function mapList(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean' } });
  const db = required(v, 'db');
  const at = atFlag(optional(v, 'at'));
  const { features } = await withBoard(db, null, (board) => board.call('map.list', { at }));
  if (v.json === true) {
    io.out(JSON.stringify({ type: 'FeatureCollection', features: features.map(listed) }, null, 2));
  } else if (features.length === 0) {
    io.out(io.tr.map('cli.none'));
  } else {
    io.out(io.tr.map('cli.list_header'));
    for (const f of features) {
      const cells = [`${f.id}`.padEnd(4), `${f.version}`.padEnd(4), io.tr.map(`status.${f.status}`).padEnd(11), io.tr.map(`category.${f.category}`).padEnd(21), f.title.replace(/\s*\n\s*/g, ' / ')];
      io.out(cells.join(' ').trimEnd());
    }
  }
  return 0;
}

/** `samlad map export`: the live or replayed picture as GeoJSON, stamped with the board and its head. */
export async function mapExport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, out: { type: 'string' }, at: { type: 'string' } });
  const db = existingBoardFile(required(v, 'db'));
  const out = resolve(required(v, 'out'));
  if (out === db) throw new CliError('out_is_board', { path: out });
  const at = atFlag(optional(v, 'at'));
  const collection = await withBoard(db, null, (board) => board.call('map.export', { at }));
  writeFileSync(out, `${JSON.stringify(collection, null, 2)}\n`);
  io.out(io.tr.map('cli.exported', { count: collection.features.length, file: out }));
  return 0;
}
