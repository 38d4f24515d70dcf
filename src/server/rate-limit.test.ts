import { expect, test } from 'vitest';
import { RateLimit } from './rate-limit';

test('allows up to the maximum per window, then refuses until the window has passed', () => {
  const limit = new RateLimit(2, 1000);
  expect([limit.allow('a', 0), limit.allow('a', 10), limit.allow('a', 20), limit.allow('b', 20), limit.allow('a', 1001)]).toEqual([true, true, false, true, true]);
});
