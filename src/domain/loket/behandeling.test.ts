import { describe, expect, test } from 'vitest';
import { canTransition, deadline, filterInbox, InboxFilterSchema, type InboxRow } from './behandeling';

const NOW = new Date('2026-03-10T10:00:00.000Z');
const row = (over: Partial<InboxRow>): InboxRow => ({
  referentie: 'KW-ABCD-2345', verstuurdOp: '2026-03-01T10:00:00.000Z', kern: 'Beilen', levensgebieden: ['huishouden'],
  invuller: 'zelf', naam: 'Gerda Bakker', status: 'nieuw', ...over,
});

describe('status transitions', () => {
  test('a new melding can be taken into handling', () => expect(canTransition('nieuw', 'in-behandeling')).toBe(true));
  test('a new melding cannot jump to afgerond', () => expect(canTransition('nieuw', 'afgerond')).toBe(false));
  test('afgerond is final', () => expect(canTransition('afgerond', 'in-behandeling')).toBe(false));
});

describe('deadline', () => {
  test('is six weeks after the melding, with whole days left', () => {
    expect(deadline('2026-03-01T10:00:00.000Z', NOW)).toMatchObject({ dagenOver: 33, urgent: false, verlopen: false });
  });
  test('is urgent under seven days', () => {
    expect(deadline('2026-02-01T10:00:00.000Z', NOW)).toMatchObject({ dagenOver: 5, urgent: true, verlopen: false });
  });
  test('is past after six weeks', () => {
    expect(deadline('2026-01-20T10:00:00.000Z', NOW)).toMatchObject({ verlopen: true, urgent: true });
  });
});

describe('filterInbox', () => {
  const rows = [row({}), row({ referentie: 'KW-EFGH-2345', kern: 'Westerbork', naam: 'Jan Jansen' }), row({ referentie: 'KW-JKMN-2345', status: 'afgerond' })];
  const filter = (q: Record<string, string>) => filterInbox(rows, InboxFilterSchema.parse(q), 'me', NOW).map((r) => r.referentie);
  test('hides afgeronde meldingen unless asked', () => expect(filter({})).toEqual(['KW-ABCD-2345', 'KW-EFGH-2345']));
  test('filters on kern', () => expect(filter({ kern: 'Westerbork' })).toEqual(['KW-EFGH-2345']));
  test('searches by name', () => expect(filter({ zoek: 'jansen' })).toEqual(['KW-EFGH-2345']));
  test('searches by reference, afgerond included', () => expect(filter({ zoek: 'kw-jkmn' })).toEqual(['KW-JKMN-2345']));
  test('ignores an unknown status instead of failing', () => expect(filter({ status: 'kapot' })).toHaveLength(2));
});
