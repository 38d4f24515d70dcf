/** A posted form as plain values: what the person typed, before validation. */
export type FormValues = Record<string, string | string[]>;

/**
 * C0 and C1 control characters (NUL, BEL, ESC, DEL, …) except tab, line feed and carriage return. Nobody types
 * them; pasted or forged into an answer they would be stored and shown raw (a terminal escape in an export, a NUL
 * that cuts a string short elsewhere).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this expression
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A posted text without control characters; tabs and line breaks stay. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/**
 * Reads a posted form. Every value is kept: a name posted once is a string, a name posted more than once a list,
 * so a checkbox group keeps every ticked box even when the page forgets to name it in `arrays` (reading only the
 * first value once lost all but one kind of help at the werkplek). Names in `arrays` are always lists, also with
 * none or one box ticked, for schemas that expect a list. Files are dropped: no form here takes one.
 * Control characters are removed from every name and value.
 */
export function readForm(form: FormData, arrays: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const name of arrays) values[name] = [];
  for (const [rawName, rawValue] of form.entries()) {
    if (typeof rawValue !== 'string') continue;
    const name = withoutControlCharacters(rawName);
    const value = withoutControlCharacters(rawValue);
    const current = values[name];
    if (Array.isArray(current)) current.push(value);
    else values[name] = current === undefined ? value : [current, value];
  }
  return values;
}

/** One value of a form field as a string ('' when absent or a list: a repeated single field is never guessed at). */
export function field(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

/** All values of a checkbox group. */
export function fieldList(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/**
 * Reads repeated rows named `<prefix>-<index>-<field>` (an "add another" list that works without JS).
 * Rows where every field is empty are dropped, and so is row `omit` (its "Verwijder" button was pressed).
 * The order of the indexes is kept.
 */
export function readRows<F extends string>(values: FormValues, prefix: string, fields: readonly F[], max: number, omit?: number): Record<F, string>[] {
  const rows: Record<F, string>[] = [];
  for (let i = 0; i < max; i++) {
    if (i === omit) continue;
    const row = Object.fromEntries(fields.map((f) => [f, field(values, `${prefix}-${i}-${f}`).trim()])) as Record<F, string>;
    if (fields.some((f) => row[f] !== '')) rows.push(row);
  }
  return rows;
}

/** Writes rows back into form values, so a page re-shows them as typed. */
export function rowsToValues<F extends string>(prefix: string, rows: readonly Partial<Record<F, string | undefined>>[]): FormValues {
  const values: FormValues = {};
  rows.forEach((row, i) => {
    for (const [f, v] of Object.entries(row)) if (typeof v === 'string') values[`${prefix}-${i}-${f}`] = v;
  });
  return values;
}

/** Stored answers as form values, to fill a form in again: `true` becomes 'ja', empty answers are left out. */
export function toFormValues(answers: object | undefined): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(answers ?? {})) {
    if (typeof value === 'string') values[name] = value;
    else if (value === true) values[name] = 'ja';
    else if (Array.isArray(value)) values[name] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}
