import { useSyncExternalStore } from 'react';
import { connectionStatus, onConnectionStatus } from './client';
import type { ConnectionStatus } from './transport';

/** The live link state and seat role; re-renders when either changes. */
export function useConnection(): ConnectionStatus {
  return useSyncExternalStore(onConnectionStatus, connectionStatus);
}

/** Wall displays only read: every write control is hidden for them. */
export function useCanWrite(): boolean {
  return useConnection().role === 'staff';
}

/**
 * The host machine (the desktop window, `samlad serve`'s own staff address): only it chooses which
 * board is open, for the whole room. A seat paired over the network does not (the server refuses).
 */
export function useIsHost(): boolean {
  const { role, seat } = useConnection();
  return role === 'staff' && (seat === null || seat.kind === 'host');
}

/**
 * A staff seat that decides for the board: the mode, the wall, corrections, every pane. A liaison
 * writes only for its own actor (its status, its assignments) and new journal entries.
 */
export function useDecidesForBoard(): boolean {
  const { role, seat } = useConnection();
  return role === 'staff' && seat?.kind !== 'liaison';
}
