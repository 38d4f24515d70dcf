/**
 * A small in-memory rate limit: at most `max` events per key per window. Enough for one server process;
 * it forgets on restart, which is fine for abuse protection of a feedback form.
 */
export class RateLimit {
  readonly #events = new Map<string, number[]>();

  constructor(private readonly max: number, private readonly windowMs: number) {}

  /** Records an event for `key` and says whether it is allowed. */
  allow(key: string, now = Date.now()): boolean {
    const recent = (this.#events.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.#events.set(key, recent);
      return false;
    }
    recent.push(now);
    this.#events.set(key, recent);
    if (this.#events.size > 10_000) this.#events.clear(); // never grow without bound
    return true;
  }
}
