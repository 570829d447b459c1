import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import type { TileAnswer } from '../core/map/tiles.js';

/**
 * The one static file server of the board: the seat server serves it over HTTP and the Electron
 * window over its samlad:// scheme, with the same paths, types, refusals and headers.
 *
 * `/resources/…` is the read-only route to the shipped data in resources/ (the offline map's
 * boundaries …); `/tiles/<layer>/<z>/<x>/<y>` the open board's background layers' tiles (an
 * MBTiles file's, or fetched by core from the layer's service, so the page loads images only from
 * its own origin); every other
 * path is the built renderer, `/` being index.html.
 */
export interface StaticRoots {
  /** The built renderer (dist/renderer). */
  renderer: string;
  /** resources/ (shipped data); null: no such route. */
  resources: string | null;
  /** The open board's background tiles (core.tile); left out: no such route. */
  tiles?: TileSource | null;
}

/** A tile by layer and XYZ numbers, or why not (a short code the renderer shows). */
export type TileSource = (layerId: number, z: number, x: number, y: number) => Promise<TileAnswer>;

export const RESOURCES_PREFIX = '/resources/';
/** Numbers only, bounded: nothing else can reach the tile reader. */
const TILE_PATH = /^\/tiles\/([1-9]\d{0,8})\/(\d{1,2})\/(\d{1,10})\/(\d{1,10})(?:\.(?:png|jpg|jpeg|webp))?$/;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every response carries, errors included. */
export function staticHeaders(type: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export type StaticTarget = { ok: true; file: string; type: string; cache: string } | { ok: false; status: 400 | 404 };

/** `dir`/`relative`, or null when it would leave dir. */
function inside(dir: string, relative: string): string | null {
  const root = path.resolve(dir);
  const resolved = path.resolve(root, `.${path.sep}${relative}`);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}

/**
 * The file a URL path names, or why not. Refused rather than normalised: ../ and its encodings,
 * backslashes, NUL, malformed percent-encoding, and source maps (they give the whole source away
 * to any seat, the wall included). Nothing outside the two roots can be named.
 */
export function resolveStatic(roots: StaticRoots, urlPath: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return { ok: false, status: 404 };
  let dir = roots.renderer;
  let relative = decoded;
  if (decoded.startsWith(RESOURCES_PREFIX)) {
    if (roots.resources === null) return { ok: false, status: 404 };
    dir = roots.resources;
    relative = decoded.slice(RESOURCES_PREFIX.length);
  }
  relative = relative.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  if (path.extname(relative).toLowerCase() === '.map') return { ok: false, status: 404 };
  const file = inside(dir, relative);
  if (file === null) return { ok: false, status: 404 };
  // index.html carries no hash in its name: always fetched fresh. Resources keep their names
  // across versions: revalidated. Hashed assets may be cached.
  const cache = path.extname(file) === '.html' ? 'no-store' : dir === roots.resources ? 'no-cache' : 'public, max-age=31536000, immutable';
  return { ok: true, file, type: contentTypeOf(file), cache };
}

/** Reads what resolveStatic found: the body, or a status to answer with. */
export async function readStatic(roots: StaticRoots, urlPath: string): Promise<{ status: number; body: Buffer | string; headers: Record<string, string> }> {
  const plain = (status: number, text: string) => ({ status, body: text, headers: staticHeaders('text/plain; charset=utf-8') });
  if (urlPath.startsWith('/tiles/')) {
    const m = TILE_PATH.exec(urlPath);
    if (!m || !roots.tiles) return plain(404, 'Not found');
    const tile = await roots.tiles(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]));
    if (tile.ok) return { status: 200, body: tile.body, headers: { ...staticHeaders(tile.type), 'Cache-Control': tile.cache } };
    // The body is the reason's code alone (never the service's address: it may carry a key).
    return { status: tile.status, body: tile.reason, headers: { ...staticHeaders('text/plain; charset=utf-8'), 'Cache-Control': 'no-store' } };
  }
  const target = resolveStatic(roots, urlPath);
  if (!target.ok) return target.status === 400 ? plain(400, 'Bad request') : plain(404, 'Not found');
  try {
    const body = await readFile(target.file);
    return { status: 200, body, headers: { ...staticHeaders(target.type), 'Cache-Control': target.cache } };
  } catch {
    return plain(404, 'Not found');
  }
}

/** Serves one HTTP GET or HEAD for the seat server. */
export async function serveStatic(roots: StaticRoots, urlPath: string, res: ServerResponse, head = false): Promise<void> {
  const { status, body, headers } = await readStatic(roots, urlPath);
  res.writeHead(status, headers);
  res.end(head ? undefined : body);
}
