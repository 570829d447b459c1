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
