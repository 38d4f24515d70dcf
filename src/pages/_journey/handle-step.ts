import type { AstroGlobal } from 'astro';
import type { z } from 'zod';
import { readForm, type FormValues } from '@/domain/form-data';
import { toFieldErrors, type FieldError } from '@/domain/form-errors';
import { pathAfterSave } from '@/domain/journey/steps';
import type { Draft } from '@/domain/melding/draft';
import { readPostedForm } from '@/server/request';

/** The outcome of checking one posted step: valid data, or the zod error. */
export type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

interface StepOptions<T> {
  /** The step's path without locale prefix. */
  path: string;
  /** The saved answers, to fill the form in again. */
  initial: FormValues;
  /** Checkbox groups on this form. */
  arrays?: readonly string[];
  parse: (values: FormValues) => Parsed<T>;
  /** The draft with this step's answers in it. */
  save: (draft: Draft, data: T) => Draft;
  /** Where to go after saving, when it is not simply the next step. */
  next?: string;
}

/**
 * One journey step's form (Post/Redirect/Get): on a valid post, save and redirect with 303;
 * on an invalid one, answer 422 with the errors and the values as typed.
 */
export async function handleStep<T>(astro: AstroGlobal, draft: Draft, options: StepOptions<T>):
  Promise<{ redirect: Response } | { values: FormValues; errors: FieldError[] }> {
  if (astro.request.method !== 'POST') return { values: options.initial, errors: [] };
  const values = readForm(await readPostedForm(astro.request), options.arrays);
  const result = options.parse(values);
  if (!result.success) {
    astro.response.status = 422;
    return { values, errors: toFieldErrors(result.error) };
  }
  const updated = options.save(draft, result.data);
  await astro.locals.session.save(updated);
  const target = options.next ?? pathAfterSave(updated, options.path, values.actie, astro.url.searchParams.get('terug'));
  return { redirect: astro.redirect(astro.locals.href(target), 303) };
}
