import type { SamladBridge } from '../../../shared/api/bridge';
import type { MethodInput } from '../../../shared/api/contract';
import type { ConnectionStatus, RawEvent, Transport } from './transport';

/** The Electron window: the preload is always there, so the link is always open, staff, and the host. */
export function ipcTransport(bridge: SamladBridge): Transport {
  const status: ConnectionStatus = { state: 'open', role: 'staff', seat: { kind: 'host', actor_id: null, name: null }, epoch: 1, retryInSeconds: null, lostAt: null };
  return {
    send(method, input, opId) {
      // The client typed the input for this method; main and core check it again.
      return bridge.invoke(method, input as MethodInput<typeof method>, opId);
    },
    identify(name) {
      return bridge.invoke('session.identify', { name });
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
