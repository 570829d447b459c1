import { protocol } from 'electron';
import { readStatic, staticHeaders, type StaticRoots } from '../seats/static-files.js';
import { APP_SCHEME } from './app-origin.js';
import { appRequestPath } from './static-files.js';

/**
 * Must run before app 'ready'. standard: real origin and relative URLs; secure: counts as a
 * secure context like https; supportFetchAPI: the renderer may fetch its own assets (map data).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves samlad://app/ from the same static file server as the seat server (the renderer, and
 * resources/ read-only under /resources/), with the same headers and CSP. Files are read here
 * rather than via net.fetch('file://…') so no file: URL is ever involved. fs reads inside app.asar
 * work in the main process.
 */
export function handleAppProtocol(roots: StaticRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const urlPath = request.method === 'GET' || request.method === 'HEAD' ? appRequestPath(request.url) : null;
    const { status, body, headers } =
      urlPath === null
        ? { status: request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, body: 'Not found', headers: staticHeaders('text/plain; charset=utf-8') }
        : await readStatic(roots, urlPath);
    // The window's files change with every build: never a stale chunk from the cache.
    const sent = request.method === 'HEAD' ? null : typeof body === 'string' ? body : new Uint8Array(body);
    return new Response(sent, { status, headers: { ...headers, 'Cache-Control': 'no-store' } });
  });
}
