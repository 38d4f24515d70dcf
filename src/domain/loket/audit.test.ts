import { describe, expect, test } from 'vitest';
import { dayStartInNetherlands, parseAuditDates } from './audit';

describe('the audit log date filter', () => {
  test('starts a day at midnight in the Netherlands, in winter and in summer time', () => {
    expect(dayStartInNetherlands('2026-12-01')?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(dayStartInNetherlands('2026-07-01')?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });
  test('includes the whole last day, also on the day summer time ends', () => {
    expect(parseAuditDates('2026-10-25', '2026-10-25')).toEqual({ ok: true,
      van: new Date('2026-10-24T22:00:00.000Z'), totVoor: new Date('2026-10-25T23:00:00.000Z') });
  });
  test('leaves a side open when it is empty', () => {
    expect(parseAuditDates('', '2026-12-01')).toEqual({ ok: true, totVoor: new Date('2026-12-01T23:00:00.000Z') });
    expect(parseAuditDates('', '')).toEqual({ ok: true });
  });
  test('refuses what is not a date, naming the field', () => {
    expect(parseAuditDates('gisteren', '2026-02-30')).toEqual({ ok: false, errors: [
      { field: 'van', key: 'errors.loket.auditDatum.invalid' }, { field: 'tot', key: 'errors.loket.auditDatum.invalid' }] });
  });
  test('refuses a range that ends before it starts', () => {
    expect(parseAuditDates('2026-12-02', '2026-12-01')).toEqual({ ok: false, errors: [{ field: 'tot', key: 'errors.loket.auditDatum.volgorde' }] });
  });
});
