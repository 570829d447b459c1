const FORGET_ABOVE = 1_000;

/**
 * Failed attempts per remote address in a sliding window: past `limit` failures in `windowMs`,
 * the address is refused until the oldest of them is older than the window. Guessing a code at
 * 10 a minute from one address takes longer than any crisis.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }

  /** Whether the address has used up its failures for now. */
  blocked(address: string): boolean {
    return this.recent(address).length >= this.limit;
  }

  fail(address: string): void {
    this.failures.set(address, [...this.recent(address), this.now()]);
    // Addresses that stopped trying are forgotten, so many of them cannot grow the map for ever.
    if (this.failures.size > FORGET_ABOVE) for (const other of [...this.failures.keys()]) this.recent(other);
  }
}
