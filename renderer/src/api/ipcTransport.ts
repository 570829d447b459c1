import type { SamladBridge } from '../../../shared/api/bridge';
import type { MethodName } from '../../../shared/api/contract';
import type { Reply } from '../../../shared/api/errors';
import type { ConnectionStatus, RawEvent, Transport } from './transport';

type LooseBridgeCall = (input: unknown) => Promise<Reply<unknown>>;

/** 'journal.append' → 'journalAppend', the preload's name for a method (see shared/api/bridge.ts). */
export function bridgeName(method: MethodName): string {
  const [area = '', verb = ''] = method.split('.');
  return area + verb.charAt(0).toUpperCase() + verb.slice(1);
}

/** The Electron window: the preload is always there, so the link is always open and staff. */
export function ipcTransport(bridge: SamladBridge): Transport {
  const status: ConnectionStatus = { state: 'open', role: 'staff', epoch: 1, retryInSeconds: null };
  // The bridge's per-method types are checked by the preload; here one method is looked up by name.
  const calls = bridge as unknown as Record<string, LooseBridgeCall | undefined>;
  return {
    send(method, input) {
      const fn = calls[bridgeName(method)];
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: method, details: { method } } });
      return fn(input);
    },
    onEvent(listener: (event: RawEvent) => void) {
      return bridge.onEvent((e) => listener(e));
    },
    onStatus() {
      return () => undefined;
    },
    status: () => status,
  };
}
