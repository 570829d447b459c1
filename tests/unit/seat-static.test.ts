import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index.js';
import { startSeatServer } from '../../electron/seats/server.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import { tempDir } from './helpers.js';

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw path: URL normalisation in a client would hide traversal attempts.
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('seat server static files', () => {
  it('serves the renderer with the strict CSP, and nothing outside it', async () => {
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samlad</title>');
    const secretDir = tempDir();
    writeFileSync(join(secretDir, 'secret.txt'), 'hemligt');
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    const server = await startSeatServer({ core, rendererDir: renderer });
    try {
      const index = await get(server.port, '/');
      expect(index.status).toBe(200);
      expect(index.body).toContain('<title>Samlad</title>');
      expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
      expect(index.headers['x-content-type-options']).toBe('nosniff');
      for (const path of [`/../${secretDir.split('/').pop()}/secret.txt`, '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/../../../../etc/passwd']) {
        const res = await get(server.port, path);
        expect(res.status, path).not.toBe(200);
        expect(res.body).not.toContain('hemligt');
        expect(res.body).not.toContain('root:');
      }
      expect((await get(server.port, '/', 'POST')).status).toBe(405);
    } finally {
      await server.close();
      core.close();
    }
  });

  it('serves resources/ read-only under /resources/, with the same headers, and nothing beside it', async () => {
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samlad</title>');
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    const server = await startSeatServer({ core, rendererDir: renderer, resourcesDir: 'resources' });
    const without = await startSeatServer({ core, rendererDir: renderer });
    try {
      const lan = await get(server.port, '/resources/geo/sweden-lan.geojson');
      expect(lan.status).toBe(200);
      expect(lan.headers['content-type']).toMatch(/^application\/geo\+json/);
      expect(lan.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(JSON.parse(lan.body)).toHaveProperty('features');
      expect((await get(server.port, '/resources/geo/SOURCES.md')).body).toContain('SCB');
      for (const path of ['/resources/../package.json', '/resources/..%2fpackage.json', '/resources/%2e%2e/README.md', '/resources/geo/nothing.json']) {
        const res = await get(server.port, path);
        expect(res.status, path).toBe(404);
      }
      expect((await get(server.port, '/resources/geo/SOURCES.md', 'PUT')).status).toBe(405);
      expect((await get(without.port, '/resources/geo/SOURCES.md')).status).toBe(404);
    } finally {
      await server.close();
      await without.close();
      core.close();
    }
  });
});
