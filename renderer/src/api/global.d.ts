import type { SamladBridge } from '../../../shared/api/bridge';

declare global {
  interface Window {
    /** Present only in the Electron window (exposed by the preload); browser seats use WebSocket. */
    samlad?: SamladBridge;
  }
}
