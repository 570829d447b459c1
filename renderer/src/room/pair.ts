import { SeatKind, type PairReply } from '../../../shared/room/contract';
import { normalizeCode } from './codeFormat';

/** Why a pairing failed, as a key of the room namespace's `join` texts. */
export type PairFailure = 'badCode' | 'badInput' | 'tooMany' | 'notSharing' | 'network' | 'other';

export type PairOutcome = { ok: true; reply: PairReply } | { ok: false; failure: PairFailure; status: number | null };

/** What the server's error code says, when its body names one (shared/api/errors.ts). */
const BY_CODE: Readonly<Record<string, PairFailure>> = {
  unauthorized: 'badCode',
  not_found: 'badCode',
  validation: 'badInput',
  bad_request: 'badInput',
  rate_limited: 'tooMany',
  not_available: 'notSharing',
};

/**
 * Why POST /api/pair refused: by the error code in its body if it has a known one, else by the
 * HTTP status. A refused code is said as such, never as "internal error".
 */
export function pairFailure(status: number, body: unknown = null): PairFailure {
  const error = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).error : undefined;
  const code = typeof error === 'object' && error !== null ? (error as Record<string, unknown>).code : undefined;
  if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(BY_CODE, code)) return BY_CODE[code] ?? 'other';
  if (status === 400 || status === 413 || status === 415) return 'badInput';
  if (status === 401 || status === 403 || status === 404) return 'badCode';
  if (status === 429) return 'tooMany';
  if (status === 503) return 'notSharing';
  return 'other';
}

/** A good answer's body, checked: a token, and a kind this page knows. */
export function pairReply(body: unknown): PairReply | null {
  if (typeof body !== 'object' || body === null) return null;
  const { token, kind, actor_id: actorId } = body as Record<string, unknown>;
  const parsedKind = SeatKind.safeParse(kind);
  if (typeof token !== 'string' || token.length === 0 || !parsedKind.success) return null;
  const actor = typeof actorId === 'number' && Number.isInteger(actorId) && actorId > 0 ? actorId : null;
  return { token, kind: parsedKind.data, actor_id: actor };
}

/** Exchanges a code and a name for this seat's own token (POST /api/pair on the page's own server). */
export async function pair(code: string, name: string): Promise<PairOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/pair', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: normalizeCode(code), name: name.trim() }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, failure: 'network', status: null };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, failure: pairFailure(response.status, body), status: response.status };
  const reply = pairReply(body);
  return reply ? { ok: true, reply } : { ok: false, failure: 'other', status: response.status };
}
