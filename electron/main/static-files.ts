import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

// Pure path logic of the custom protocol, kept apart from Electron so a unit test can hit it
// with hostile URLs.

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
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
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under rootDir that a request URL names, or null when the URL is not ours or tries to
 * leave rootDir (../, encoded %2e%2e or %2f, backslashes, NUL, absolute or drive paths).
 * '/' means index.html.
 */
export function resolveStaticPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;

  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // Refuse rather than normalise anything odd: our own build never produces such names.
  if (relative.includes('\0') || relative.includes('\\') || relative.split('/').includes('..')) return null;
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, `.${relative}`);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}
