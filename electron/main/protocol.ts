import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME } from './app-origin.js';
import { securityHeaders } from './csp.js';
import { contentTypeOf, resolveStaticPath } from './static-files.js';

/**
 * Must run before app 'ready'. standard: real origin and relative URLs; secure: counts as a
 * secure context like https; supportFetchAPI: the renderer may fetch its own assets (map data).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Serves the built renderer (dist/renderer) on samlad://app/. Files are read here rather than
 * via net.fetch('file://…') so no file: URL is ever involved and every response, errors too,
 * carries our headers. fs reads inside app.asar work in the main process.
 */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveStaticPath(rendererDir, request.url);
    if (filePath === null) return plain(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(filePath) },
    });
  });
}
