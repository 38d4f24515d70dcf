import type { AstroGlobal } from 'astro';
import type { z } from 'zod';
import { readForm, type FormValues } from '@/domain/form-data';
import { toFieldErrors, type FieldError } from '@/domain/form-errors';
import { LATER_ACTIE, pathAfterSave } from '@/domain/journey/steps';
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

/** The value of `actie` the autosave script posts: save if valid, answer without a page. */
export const AUTOSAVE = 'autosave';

/**
 * One journey step's form (Post/Redirect/Get): on a valid post, save and redirect with 303;
 * on an invalid one, answer 422 with the errors and the values as typed.
 * An autosave post saves what is valid and answers 204 (saved) or 422 (not saved), without a page.
 */
export async function handleStep<T>(astro: AstroGlobal, draft: Draft, options: StepOptions<T>):
  Promise<{ response: Response } | { values: FormValues; errors: FieldError[] }> {
  // `response` is the finished answer: a 303 after a valid post, or the bare answer to an autosave.
  if (astro.request.method !== 'POST') return { values: options.initial, errors: [] };
  const values = readForm(await readPostedForm(astro.request), options.arrays);
  const result = options.parse(values);
  const autosave = values.actie === AUTOSAVE;
  if (!result.success && autosave) return { response: new Response(null, { status: 422 }) };
  if (!result.success) {
    astro.response.status = 422;
    return { values, errors: toFieldErrors(result.error) };
  }
  const updated = options.save(draft, result.data);
  await astro.locals.session.save(updated);
  if (autosave) return { response: new Response(null, { status: 204 }) };
  const target = (values.actie !== LATER_ACTIE ? options.next : undefined) ?? pathAfterSave(updated, options.path, values.actie, astro.url.searchParams.get('terug'));
  return { response: astro.redirect(astro.locals.href(target), 303) };
}
