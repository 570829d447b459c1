import type { ReceivedReport } from './domain.js';

/** The newest report from each neighbour: the one whose features are that neighbour's current picture. */
export function newestPerSender(received: readonly ReceivedReport[]): ReceivedReport[] {
  const newest = new Map<string, ReceivedReport>();
  for (const r of received) {
    const was = newest.get(r.sender_board);
    if (!was || was.number < r.number) newest.set(r.sender_board, r);
  }
  return [...newest.values()];
}
