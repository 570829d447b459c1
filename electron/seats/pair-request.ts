import type { IncomingMessage, ServerResponse } from 'node:http';
import { PairRequest, type PairReply } from '../../shared/room/contract.js';
import type { ApiErrorShape } from '../../shared/api/errors.js';
import type { Room } from './room.js';

/** A pairing request is a code and a name: anything longer is not one. */
const PAIR_BODY_MAX_BYTES = 4 * 1024;

function reply(res: ServerResponse, status: number, body: PairReply | { error: ApiErrorShape }, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, code: ApiErrorShape['code'], message: string, extra: Record<string, string> = {}): void {
  reply(res, status, { error: { code, message } }, extra);
}

/**
 * The body; 'too_large' when it passes the limit (the rest is not read); 'aborted' when the client
 * went away before the end (never a rejection: a dropped connection is not the server's failure).
 */
function readBody(req: IncomingMessage): Promise<Buffer | 'too_large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > PAIR_BODY_MAX_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve('aborted'));
  });
}

function parseJson(body: Buffer): unknown {
  try {
    // fatal: a body that is not well-formed UTF-8 is refused, not repaired.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POST /api/pair {code, name} → {token, kind, actor_id}. JSON only (a form on another site cannot
 * send it without a preflight this server never answers); a wrong code answers 401 and counts
 * against the remote address, which past its limit gets 429 whatever it sends.
 */
export async function handlePair(req: IncomingMessage, res: ServerResponse, room: Room): Promise<void> {
  const address = req.socket.remoteAddress ?? 'unknown';
  if (room.limiter.blocked(address)) {
    return refuse(res, 429, 'rate_limited', 'too many failed pairing attempts from this address; wait a minute', { 'Retry-After': '60' });
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(res, 415, 'bad_request', 'send the pairing request as application/json');
  const body = await readBody(req);
  if (body === 'aborted') return;
  if (body === 'too_large') {
    refuse(res, 413, 'bad_request', `a pairing request is at most ${PAIR_BODY_MAX_BYTES} bytes`, { Connection: 'close' });
    req.destroy();
    return;
  }
  const json = parseJson(body);
  if (json === undefined) return refuse(res, 400, 'bad_request', 'the body is not JSON in UTF-8');
  const parsed = PairRequest.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.') || '(input)'))].join(', ');
    return refuse(res, 400, 'validation', `invalid input: ${fields}`);
  }
  const paired = room.pair(parsed.data.code, parsed.data.name, address);
  if (!paired) {
    room.limiter.fail(address);
    return refuse(res, 401, 'unauthorized', 'unknown or replaced pairing code (or sharing is off)');
  }
  reply(res, 200, paired);
}
