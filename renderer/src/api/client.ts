import { z } from 'zod';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { METHODS } from '../../../shared/api/contract';
import { EVENTS, type AnyEvent } from '../../../shared/api/events';
import { ClientError } from './ClientError';
import { ipcTransport } from './ipcTransport';
import { newOpId } from './opId';
import { storeToken, takeToken } from './token';
import type { ConnectionStatus, Transport } from './transport';
import { wsTransport } from './wsTransport';

// The page runs under a CSP without 'unsafe-eval': keep zod from trying to compile validators.
z.config({ jitless: true });

let transport: Transport | null = null;

/** Picked once: IPC inside Electron, the seat server's WebSocket in a browser. */
function getTransport(): Transport {
  if (!transport) transport = window.samlad ? ipcTransport(window.samlad) : wsTransport(takeToken());
  return transport;
}

/**
 * Calls one API method. Resolves with its checked result; throws ClientError with the server's
 * code (or connection_lost / no_token / bad_reply) so the UI can show a localized message.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  // One op_id per user action: a write re-sent after a dropped link is then written once.
  const opId = METHODS[method].access === 'write' ? newOpId() : undefined;
  const reply = await getTransport().send(method, input, opId);
  if (!reply.ok) {
    const { code, message, details, issues } = reply.error;
    throw new ClientError(code, message, details, issues);
  }
  // Checked against the contract: a reply of the wrong shape must not be drawn as the record.
  const parsed = METHODS[method].output.safeParse(reply.result);
  if (!parsed.success) throw new ClientError('bad_reply', `reply of ${method} did not match the contract`);
  return parsed.data as MethodOutput<M>;
}

/** Says who is at this seat or window: every record written from here on carries the name. */
export async function identify(name: string): Promise<void> {
  const reply = await getTransport().identify(name);
  if (!reply.ok) {
    const { code, message, details, issues } = reply.error;
    throw new ClientError(code, message, details, issues);
  }
}

/** Subscribes to pushed change events; events of unknown name or shape are dropped. */
export function onEvent(listener: (event: AnyEvent) => void): () => void {
  return getTransport().onEvent((raw) => {
    if (!Object.prototype.hasOwnProperty.call(EVENTS, raw.event)) return;
    const schema = EVENTS[raw.event as keyof typeof EVENTS];
    const parsed = schema.safeParse(raw.data);
    if (parsed.success) listener({ event: raw.event, data: parsed.data } as AnyEvent);
  });
}

/** A seat that has just paired: keeps its token and connects with it (no reload; the page stays). */
export function connectWithToken(token: string): void {
  storeToken(token);
  getTransport().useToken?.(token);
}

export function connectionStatus(): ConnectionStatus {
  return getTransport().status();
}

export function onConnectionStatus(listener: (status: ConnectionStatus) => void): () => void {
  return getTransport().onStatus(listener);
}
