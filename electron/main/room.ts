import type { Core } from '../core/index.js';
import { createSeatService } from '../seats/seat-service.js';

/**
 * The desktop app's room: the window (IPC, the host) switches sharing on from its Room pane;
 * only then does a listener open on the network, with the seat server's handlers. Nothing listens
 * until then: the window itself needs no server. Returns the stop (sharing off, seats dropped).
 */
export function attachRoom(core: Core, dirs: { rendererDir: string; resourcesDir: string }): () => Promise<void> {
  const service = createSeatService({ core, ...dirs, tokens: null });
  return () => service.close();
}
