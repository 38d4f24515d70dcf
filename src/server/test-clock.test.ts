import { expect, test } from 'vitest';
import { loadConfig } from './config';
import { clockNow, TEST_CLOCK_HEADER, withTestClock } from './test-clock';

const headers = (days: string) => new Headers({ [TEST_CLOCK_HEADER]: days });
const DAY = 24 * 60 * 60 * 1000;

test('moves the clock of one request by the days in its header, when the test clock is on', () => {
  const moved = withTestClock(true, headers('8'), () => clockNow().getTime());
  expect(moved - Date.now()).toBeGreaterThan(8 * DAY - 1000);
  expect(clockNow().getTime() - Date.now()).toBeLessThan(1000);
});

test('ignores the header when the test clock is off', () => {
  expect(withTestClock(false, headers('8'), () => clockNow().getTime()) - Date.now()).toBeLessThan(1000);
});

test('ignores a header that is not a number of days', () => {
  expect(withTestClock(true, headers('morgen'), () => clockNow().getTime()) - Date.now()).toBeLessThan(1000);
});

test('the server refuses to start with the test clock under NODE_ENV=production', () => {
  expect(() => loadConfig({ KRACHTWIJZER_TEST_CLOCK: 'aan', NODE_ENV: 'production' })).toThrow(/KRACHTWIJZER_TEST_CLOCK/);
  expect(loadConfig({ KRACHTWIJZER_TEST_CLOCK: 'aan' }).KRACHTWIJZER_TEST_CLOCK).toBe('aan');
});
