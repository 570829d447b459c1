/** Reconnect delays: quick first retries (a restarted server is back in a second), capped at 10 s. */
export function backoffMs(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** Math.max(0, attempt));
}
