import Database from 'better-sqlite3';
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';

/**
 * MBTiles (https://github.com/mapbox/mbtiles-spec): an SQLite file of map tiles, read-only. Only
 * raster tiles (PNG, JPEG, WebP) are served; rows are stored in TMS order (y counted from the
 * south), while Leaflet asks in XYZ order (y from the north): y is flipped.
 */

export interface Tile {
  body: Buffer;
  type: string;
}

/** The image type of a tile from its first bytes, or null for anything that is not a raster image. */
export function rasterType(data: Buffer): string | null {
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const RASTER_FORMATS = new Set(['png', 'jpg', 'jpeg', 'webp']);

function invalid(file: string, reason: string): ApiError {
  return new ApiError('layer_invalid', `not a usable MBTiles file: ${reason}`, { file, reason });
}

function open(file: string, nativeBinding: string | undefined): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

export interface MbtilesInfo {
  format: string;
  name: string | null;
  attribution: string | null;
}

/**
 * Checks that a path on the host is a readable MBTiles file of raster tiles; a clear refusal
 * (layer_invalid, with the reason) otherwise.
 */
export function checkMbtiles(file: string, nativeBinding?: string): MbtilesInfo {
  if (!isAbsolute(file)) throw invalid(file, 'the path must be absolute');
  try {
    if (!statSync(file).isFile()) throw invalid(file, 'not a file');
    accessSync(file, constants.R_OK);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw invalid(file, 'the file does not exist or cannot be read');
  }
  let db: Database.Database;
  try {
    db = open(file, nativeBinding);
  } catch {
    throw invalid(file, 'not an SQLite file');
  }
  try {
    let meta: Map<string, string>;
    let first: Buffer | undefined;
    try {
      meta = new Map(db.prepare<[], [string, string]>('SELECT name, value FROM metadata').raw(true).all());
      first = db.prepare<[], Buffer>('SELECT tile_data FROM tiles LIMIT 1').pluck().get();
    } catch {
      throw invalid(file, 'no metadata and tiles tables (not an MBTiles file)');
    }
    const format = meta.get('format')?.toLowerCase() ?? null;
    if (format !== null && !RASTER_FORMATS.has(format)) throw invalid(file, `its tiles are ${format}, not raster images (png, jpg, webp)`);
    if (first === undefined) throw invalid(file, 'it holds no tiles');
    const sniffed = Buffer.isBuffer(first) ? rasterType(first) : null;
    if (sniffed === null) throw invalid(file, 'its tiles are not raster images (png, jpg, webp)');
    return { format: format ?? sniffed.slice('image/'.length), name: meta.get('name') ?? null, attribution: meta.get('attribution') ?? null };
  } finally {
    db.close();
  }
}

/** Open MBTiles files, kept open read-only for the tile route (a few at a time). */
export class MbtilesTiles {
  private readonly open = new Map<string, Database.Statement<[number, number, number], Buffer>>();
  private readonly handles = new Map<string, Database.Database>();
  private static readonly MAX_OPEN = 8;

  constructor(private readonly nativeBinding?: string) {}

  /** The tile at z/x/y (XYZ numbering), or null: no such tile, or the file cannot be read. */
  read(file: string, z: number, x: number, y: number): Tile | null {
    const max = 2 ** z;
    if (!Number.isInteger(z) || z < 0 || z > 30 || x < 0 || y < 0 || x >= max || y >= max) return null;
    const stmt = this.statement(file);
    if (!stmt) return null;
    let data: Buffer | undefined;
    try {
      data = stmt.get(z, x, max - 1 - y);
    } catch {
      return null;
    }
    if (!Buffer.isBuffer(data)) return null;
    const type = rasterType(data);
    return type === null ? null : { body: data, type };
  }

  private statement(file: string): Database.Statement<[number, number, number], Buffer> | null {
    const cached = this.open.get(file);
    if (cached) return cached;
    let db: Database.Database;
    try {
      db = open(file, this.nativeBinding);
    } catch {
      return null;
    }
    if (this.handles.size >= MbtilesTiles.MAX_OPEN) {
      const [oldest] = this.handles.keys();
      if (oldest !== undefined) this.forget(oldest);
    }
    try {
      const stmt = db.prepare<[number, number, number], Buffer>('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?').pluck();
      this.handles.set(file, db);
      this.open.set(file, stmt);
      return stmt;
    } catch {
      db.close();
      return null;
    }
  }

  private forget(file: string): void {
    this.handles.get(file)?.close();
    this.handles.delete(file);
    this.open.delete(file);
  }

  close(): void {
    for (const file of [...this.handles.keys()]) this.forget(file);
  }
}
