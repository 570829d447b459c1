import { connectionStatus, onConnectionStatus } from '../api/client';
import type { ConnectionStatus } from '../api/transport';
import { useConnection } from '../api/useConnection';

// Kept for the page, not per component: a panel re-mounted while the link is down (a rotation,
// a new configuration) must still know since when the picture has been old.
let wasOpen = false;
let lostAt: number | null = null;
let tracking = false;

function track(status: ConnectionStatus): void {
  if (status.state === 'open') {
    wasOpen = true;
    lostAt = null;
  } else if (wasOpen && lostAt === null) {
    lostAt = Date.now();
  }
}

/** When this page lost its link (ms since the epoch), or null while live or before it ever was. */
export function useLostAt(): number | null {
  if (!tracking) {
    tracking = true;
    track(connectionStatus());
    onConnectionStatus(track);
  }
  const { state } = useConnection();
  return state === 'open' ? null : lostAt;
}
