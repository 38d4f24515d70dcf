import type { z } from 'zod';

/** One error to show next to a field and in the error summary. `key` is an i18n key. */
export interface FieldError {
  field: string;
  key: string;
  /** Where the summary links to, when the answer is asked on another page. */
  href?: string;
}

/** Turns zod issues into one clear instruction per field, in form order. */
export function toFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const errors = new Map<string, string>();
  for (const issue of error.issues) {
    // A message that isn't one of our keys is zod's own English: never show that to a resident.
    const key = issue.message.startsWith('errors.') ? issue.message : 'errors.generic';
    // A bad item in a checkbox group belongs to the group: drop trailing list indexes.
    const path = [...issue.path];
    while (typeof path.at(-1) === 'number') path.pop();
    const field = prefix + path.map(String).join('-');
    if (!errors.has(field)) errors.set(field, key);
  }
  return [...errors].map(([field, key]) => ({ field, key }));
}

/** The error for one field, if any. */
export function errorFor(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.field === field);
}
