import type { LayerSecret, TileFailure } from '../../../shared/map/layer.js';
import { rasterType } from './mbtiles.js';
import { upstreamHeaders } from './tile-upstream.js';

/**
 * Fetches one background tile from its service for the static route, so that the page itself only
 * ever loads images from its own origin. Only http(s); only a raster image (PNG, JPEG, WebP, GIF,
 * checked by its bytes, not just its Content-Type) is passed on; bounded in time and size. Why it
 * failed goes back as a short code the renderer shows; the address (it may carry the key) never
 * goes anywhere.
 */

export const TILE_TIMEOUT_MS = 10_000;
export const TILE_MAX_BYTES = 2 * 1024 * 1024;

export type TileAnswer = { ok: true; body: Buffer; type: string; cache: string } | { ok: false; status: 404 | 502 | 504; reason: TileFailure | 'not_found' };

function fail(reason: TileFailure): TileAnswer {
  return { ok: false, status: reason === 'timeout' ? 504 : 502, reason };
}

function imageType(data: Buffer): string | null {
  if (data.length >= 6 && (data.toString('latin1', 0, 6) === 'GIF87a' || data.toString('latin1', 0, 6) === 'GIF89a')) return 'image/gif';
  return rasterType(data);
}

/** Reads at most max bytes of a body; null when there are more. */
async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

export interface ProxyLimits {
  timeoutMs?: number;
  maxBytes?: number;
}

export async function fetchTile(url: string, secret: LayerSecret | null, limits: ProxyLimits = {}): Promise<TileAnswer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('unreachable');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail('unreachable');
  const maxBytes = limits.maxBytes ?? TILE_MAX_BYTES;
  const signal = AbortSignal.timeout(limits.timeoutMs ?? TILE_TIMEOUT_MS);
  try {
    const res = await fetch(parsed, { signal, redirect: 'follow', headers: { Accept: 'image/*', ...upstreamHeaders(secret) } });
    if (!res.ok) {
      await res.body?.cancel();
      return fail(res.status === 401 || res.status === 403 ? 'refused' : 'upstream_error');
    }
    // A redirect may not lead off http(s) (fetch follows only those, but say it plainly).
    if (!/^https?:/.test(res.url || parsed.href)) return fail('unreachable');
    const declared = (res.headers.get('content-type') ?? '').toLowerCase();
    if (!declared.startsWith('image/')) {
      await res.body?.cancel();
      return fail('not_image');
    }
    if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
      await res.body?.cancel();
      return fail('too_large');
    }
    const body = res.body ? await readCapped(res.body, maxBytes) : Buffer.alloc(0);
    if (body === null) return fail('too_large');
    const type = imageType(body);
    if (type === null) return fail('not_image');
    // Background tiles rarely change: a seat may keep one a while, only for itself.
    return { ok: true, body, type, cache: 'private, max-age=600' };
  } catch {
    return fail(signal.aborted ? 'timeout' : 'unreachable');
  }
}

/**
 * Upstream tile fetches by layer version and tile: one fetch at a time per tile (a wall and a
 * staff seat, or Leaflet's retry, asking while it is under way share it), and failures remembered
 * a short while: a page asks a failed tile again to learn why (an image's error says nothing);
 * neither should wait out a timeout twice or hammer a service that is down. Bounded; a changed
 * layer starts afresh.
 */
export class TileFetches {
  private readonly failures = new Map<string, { answer: TileAnswer; until: number }>();
  private readonly underWay = new Map<string, Promise<TileAnswer>>();

  constructor(
    private readonly keepMs = 30_000,
    private readonly max = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): TileAnswer | null {
    const hit = this.failures.get(key);
    if (!hit) return null;
    if (hit.until > this.now()) return hit.answer;
    this.failures.delete(key);
    return null;
  }

  /** A failure remembered, the fetch under way, or `fetch` started (its failure then remembered). */
  once(key: string, fetch: () => Promise<TileAnswer>): Promise<TileAnswer> {
    const failed = this.get(key);
    if (failed) return Promise.resolve(failed);
    let answer = this.underWay.get(key);
    if (!answer) {
      answer = fetch()
        .then((a) => (this.remember(key, a), a))
        .finally(() => this.underWay.delete(key));
      this.underWay.set(key, answer);
    }
    return answer;
  }

  remember(key: string, answer: TileAnswer): void {
    if (answer.ok) return;
    if (this.failures.size >= this.max) {
      const [oldest] = this.failures.keys();
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(key, { answer, until: this.now() + this.keepMs });
  }
}
