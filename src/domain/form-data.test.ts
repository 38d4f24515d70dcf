import { describe, expect, test } from 'vitest';
import { field, fieldList, readForm, readRows, rowsToValues, toFormValues, withoutControlCharacters } from './form-data';

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('readForm', () => {
  test('reads a posted form into plain values', () => {
    expect(readForm(form([['naam', 'Greet'], ['telefoon', '0612345678']]))).toEqual({ naam: 'Greet', telefoon: '0612345678' });
  });

  test('keeps every ticked box of a checkbox group, in the order posted', () => {
    const values = readForm(form([['moeiteMet', 'koken'], ['naam', 'Greet'], ['moeiteMet', 'was']]), ['moeiteMet']);
    expect(values.moeiteMet).toEqual(['koken', 'was']);
  });

  test('makes a checkbox group a list even when one box is ticked', () => {
    expect(readForm(form([['moeiteMet', 'koken']]), ['moeiteMet']).moeiteMet).toEqual(['koken']);
  });

  test('makes a checkbox group an empty list when nothing is ticked', () => {
    expect(readForm(form([]), ['moeiteMet'])).toEqual({ moeiteMet: [] });
  });

  test('keeps every value of a repeated name, even when the page did not say it is a checkbox group', () => {
    expect(readForm(form([['soorten', 'eigen-kracht'], ['soorten', 'netwerk'], ['soorten', 'vrijwilligers']])).soorten)
      .toEqual(['eigen-kracht', 'netwerk', 'vrijwilligers']);
  });

  test('a repeated single-value field is never read as one of its values', () => {
    expect(field(readForm(form([['naam', 'Greet'], ['naam', 'Mallory']])), 'naam')).toBe('');
  });

  test('drops uploaded files', () => {
    const file = new File(['geheim'], 'brief.txt', { type: 'text/plain' });
    expect(readForm(form([['naam', 'Greet'], ['bijlage', file], ['moeiteMet', file]]), ['moeiteMet'])).toEqual({ naam: 'Greet', moeiteMet: [] });
  });
});

describe('field and fieldList', () => {
  test('field gives an empty string for a missing field', () => {
    expect(field({}, 'naam')).toBe('');
  });

  test('field gives an empty string for a list, never one of its items', () => {
    expect(field({ naam: ['Greet', 'Mallory'] }, 'naam')).toBe('');
  });

  test('fieldList turns a single value into a list of one', () => {
    expect(fieldList({ moeiteMet: 'koken' }, 'moeiteMet')).toEqual(['koken']);
  });

  test('fieldList gives an empty list for a missing field', () => {
    expect(fieldList({}, 'moeiteMet')).toEqual([]);
  });
});

describe('readRows', () => {
  const fields = ['naam', 'relatie'] as const;

  test('reads rows named <prefix>-<index>-<field>, trimmed', () => {
    const values = { 'persoon-0-naam': ' Jan ', 'persoon-0-relatie': 'kind', 'persoon-1-naam': 'Ans', 'persoon-1-relatie': 'buur' };
    expect(readRows(values, 'persoon', fields, 3)).toEqual([{ naam: 'Jan', relatie: 'kind' }, { naam: 'Ans', relatie: 'buur' }]);
  });

  test('drops rows where every field is empty or only spaces', () => {
    const values = { 'persoon-0-naam': '  ', 'persoon-0-relatie': '', 'persoon-1-naam': 'Ans', 'persoon-1-relatie': '' };
    expect(readRows(values, 'persoon', fields, 3)).toEqual([{ naam: 'Ans', relatie: '' }]);
  });

  test('keeps a row with only some fields filled in, so its missing name can be pointed out', () => {
    expect(readRows({ 'persoon-0-relatie': 'buur' }, 'persoon', fields, 3)).toEqual([{ naam: '', relatie: 'buur' }]);
  });

  test('drops the row whose "Verwijder" button was pressed', () => {
    const values = { 'persoon-0-naam': 'Jan', 'persoon-1-naam': 'Ans', 'persoon-2-naam': 'Piet' };
    expect(readRows(values, 'persoon', fields, 3, 1).map((r) => r.naam)).toEqual(['Jan', 'Piet']);
  });

  test('keeps the order of the indexes, closing gaps', () => {
    const values = { 'persoon-4-naam': 'Piet', 'persoon-1-naam': 'Jan' };
    expect(readRows(values, 'persoon', fields, 5).map((r) => r.naam)).toEqual(['Jan', 'Piet']);
  });

  test('reads no row at or past the maximum index', () => {
    expect(readRows({ 'persoon-0-naam': 'Jan', 'persoon-2-naam': 'Piet' }, 'persoon', fields, 2).map((r) => r.naam)).toEqual(['Jan']);
  });

  test('reads only rows of its own prefix', () => {
    expect(readRows({ 'professional-0-naam': 'Thuiszorg' }, 'persoon', fields, 2)).toEqual([]);
  });
});

describe('rowsToValues', () => {
  test('writes rows back under the names readRows reads', () => {
    const rows = [{ naam: 'Jan', relatie: 'kind' }, { naam: 'Ans', relatie: 'buur' }];
    expect(readRows(rowsToValues('persoon', rows), 'persoon', ['naam', 'relatie'], 5)).toEqual(rows);
  });

  test('leaves out fields without a value', () => {
    expect(rowsToValues('persoon', [{ naam: 'Jan', relatie: undefined }])).toEqual({ 'persoon-0-naam': 'Jan' });
  });
});

describe('toFormValues', () => {
  test('shows stored texts and choices as typed', () => {
    expect(toFormValues({ watLuktZelf: 'Koken', hoeGaatHet: 'goed' })).toEqual({ watLuktZelf: 'Koken', hoeGaatHet: 'goed' });
  });

  test('shows a ticked box (true) as "ja"', () => {
    expect(toFormValues({ niemandHelpt: true })).toEqual({ niemandHelpt: 'ja' });
  });

  test('leaves an unticked box (false) out', () => {
    expect(toFormValues({ niemandHelpt: false })).toEqual({});
  });

  test('keeps the ticked options of a checkbox group', () => {
    expect(toFormValues({ moeiteMet: ['koken', 'was'] })).toEqual({ moeiteMet: ['koken', 'was'] });
  });

  test('leaves out answers not given yet (undefined)', () => {
    expect(toFormValues({ hoeGaatHet: undefined, overPraten: undefined })).toEqual({});
  });

  test('gives an empty form when there are no answers yet', () => {
    expect(toFormValues(undefined)).toEqual({});
  });
});

describe('control characters', () => {
  test('are removed from every value and name, while tabs and line breaks stay', () => {
    const values = readForm(form([['ver\u001bhaal', 'Een\u0000 zin\u0007\u009b met\ttab\r\nen regel\u007f'], ['keuze', '\u0008ja']]), ['keuze']);
    expect(values).toEqual({ keuze: ['ja'], verhaal: 'Een zin met\ttab\r\nen regel' });
  });

  test('withoutControlCharacters leaves ordinary text, accents and emoji alone', () => {
    expect(withoutControlCharacters('Één café — 👍 «ok»')).toBe('Één café — 👍 «ok»');
  });
});
