import type { FieldError } from '@/domain/form-errors';

/** The aria-describedby value for a control with an optional hint and error. */
export function describedBy(id: string, hint: unknown, error: FieldError | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
