import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * An injectable clock for browser tests, so they can check "within 7 days", "after 7 days" and the 30-day expiry
 * without waiting. Only when `KRACHTWIJZER_TEST_CLOCK=aan` (which config.ts refuses under NODE_ENV=production), a
 * request may carry the header below with a number of days; that request alone (and nothing else on the server)
 * then sees the clock moved forward by that many days. Without the setting the header is ignored.
 */
export const TEST_CLOCK_HEADER = 'x-krachtwijzer-testklok';
const DAY = 24 * 60 * 60 * 1000;
const offset = new AsyncLocalStorage<number>();

/** The time now, moved for a test request when the test clock is on. */
export function clockNow(): Date {
  return new Date(Date.now() + (offset.getStore() ?? 0));
}

/** Runs one request with the clock its header asks for, when the test clock is enabled; otherwise simply runs it. */
export function withTestClock<T>(enabled: boolean, headers: Headers, run: () => T): T {
  const days = enabled ? Number(headers.get(TEST_CLOCK_HEADER) ?? '') : NaN;
  if (!enabled || !Number.isFinite(days) || Math.abs(days) > 3650) return run();
  return offset.run(days * DAY, run);
}
