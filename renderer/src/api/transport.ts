import type { MethodName } from '../../../shared/api/contract';
import type { Reply } from '../../../shared/api/errors';
import type { SeatRole } from '../../../shared/api/protocol';
import type { SeatIdentity } from './seat';

/**
 * open: calls go through. connecting: the first connection is being made (calls wait).
 * reconnecting: the link dropped; calls fail at once so nothing is silently lost or stale.
 * no_token: a browser seat opened without an access token; it can never connect.
 * unauthorized: the server refused the token (revoked, idle too long, or a restart); retrying is
 *   useless: the seat pairs again (the join page).
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'no_token' | 'unauthorized';

export interface ConnectionStatus {
  readonly state: ConnectionState;
  readonly role: SeatRole;
  /** Which seat of the room this is (from the hello); null until known or from an older server. */
  readonly seat: SeatIdentity | null;
  /** Bumped on every successful (re)connect, so views know to fetch state again. */
  readonly epoch: number;
  /** Seconds until the next reconnect attempt, while reconnecting. */
  readonly retryInSeconds: number | null;
  /** When a live link dropped (ms since the epoch): how old what the page shows is. Null while open, or before it ever was. */
  readonly lostAt: number | null;
}

/** An incoming pushed event before it is checked against its schema. */
export interface RawEvent {
  readonly event: string;
  readonly data: unknown;
}

/** One way to reach the handler table: Electron IPC or the seat server's WebSocket. */
export interface Transport {
  /** opId: set for writes; a transport may re-send such a call after a drop, never another. */
  send(method: MethodName, input: unknown, opId?: string): Promise<Reply<unknown>>;
  /** Says who is at this seat; a WebSocket says it again first on every reconnect. */
  identify(name: string): Promise<Reply<unknown>>;
  onEvent(listener: (event: RawEvent) => void): () => void;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  status(): ConnectionStatus;
  /** Connects with a token the seat was just given (it paired); only a browser seat has this. */
  useToken?(token: string): void;
}
