import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json',
};

function send(res: ServerResponse, status: number, type: string, body: Buffer | string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...extra,
  });
  res.end(body);
}

/**
 * Serves the built renderer. The path is resolved inside rootDir or refused, so no request can
 * read another file on the machine.
 */
export async function serveStatic(rootDir: string, urlPath: string, res: ServerResponse): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
    return;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  // Source maps give the whole source away to any seat, the wall included: never served.
  if (extname(relative).toLowerCase() === '.map') {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  const full = normalize(join(rootDir, relative));
  if (full !== rootDir && !full.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)) {
    send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    return;
  }
  try {
    const body = await readFile(full);
    const type = TYPES[extname(full)] ?? 'application/octet-stream';
    // index.html carries no hash in its name: always fetch it fresh; hashed assets may be cached.
    const cache = extname(full) === '.html' ? 'no-store' : 'public, max-age=31536000, immutable';
    send(res, 200, type, body, { 'Cache-Control': cache });
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
}
