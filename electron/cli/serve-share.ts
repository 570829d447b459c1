import { createSecureContext } from 'node:tls';
import type { RoomStatus } from '../../shared/room/contract.js';
import { DEFAULT_IDLE_MINUTES } from '../seats/room.js';
import type { TlsFiles } from '../seats/listener.js';
import { CliError, optional, wholeNumber, type FlagValues } from './args.js';
import { readBoundedText } from './read-file.js';
import type { Translator } from './messages.js';

/** The share flags of `samlad serve` (a flag table entry each). */
export const SHARE_FLAGS = {
  share: { type: 'boolean' },
  'share-port': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'seat-idle-minutes': { type: 'string' },
} as const;

/** A week: a seat idle longer must pair again whatever is asked. */
const IDLE_MINUTES_MAX = 7 * 24 * 60;
const PEM_MAX_BYTES = 1024 * 1024;

export interface ShareOptions {
  on: boolean;
  port: number;
  tls: TlsFiles | null;
  idleMinutes: number;
}

/** The certificate and key, read and checked before anything listens (a bad pair is said at start, not at the first seat). */
function tlsFiles(certPath: string | undefined, keyPath: string | undefined): TlsFiles | null {
  if (certPath === undefined && keyPath === undefined) return null;
  if (certPath === undefined || keyPath === undefined) throw new CliError('tls_pair');
  const files = { cert: Buffer.from(readBoundedText(certPath, PEM_MAX_BYTES)), key: Buffer.from(readBoundedText(keyPath, PEM_MAX_BYTES)) };
  try {
    createSecureContext(files);
  } catch (err) {
    throw new CliError('tls_invalid', { reason: err instanceof Error ? err.message : String(err) });
  }
  return files;
}

export function shareOptions(v: FlagValues): ShareOptions {
  return {
    on: v.share === true,
    port: wholeNumber(optional(v, 'share-port'), 0, 65_535, 'bad_share_port', 0),
    tls: tlsFiles(optional(v, 'tls-cert'), optional(v, 'tls-key')),
    idleMinutes: wholeNumber(optional(v, 'seat-idle-minutes'), 1, IDLE_MINUTES_MAX, 'bad_idle_minutes', DEFAULT_IDLE_MINUTES),
  };
}

/** What `samlad serve --share` says on stderr: where seats pair, and the codes (never a token). */
export function sharingLines(status: RoomStatus, tr: Translator): string[] {
  if (!status.sharing) return [];
  return [
    tr.t('sharing_on', { addresses: status.addresses.join(', ') }),
    ...status.codes.map((c) => `  ${tr.t(`seat_kinds.${c.kind}`).padEnd(16)}${c.code}  ${c.url}`),
  ];
}
