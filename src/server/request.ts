import { withoutControlCharacters } from '@/domain/form-data';
import { BadRequestError } from './errors';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * The posted form, the one way pages read a body (form-data.test.ts checks that none reads it another way).
 * Control characters are stripped from every text here, at the edge, so no form can store one (tabs and line
 * breaks stay). A body that is not a form, or cannot be read (too large, broken), throws BadRequestError:
 * treating it as an empty form would overwrite saved answers with blanks.
 */
export async function readPostedForm(request: Request): Promise<FormData> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(type)) throw new BadRequestError('onleesbaar');
  let posted: FormData;
  try {
    posted = await request.formData();
  } catch {
    throw new BadRequestError('onleesbaar');
  }
  const form = new FormData();
  for (const [name, value] of posted.entries()) {
    if (typeof value === 'string') form.append(withoutControlCharacters(name), withoutControlCharacters(value));
    else form.append(withoutControlCharacters(name), value);
  }
  return form;
}
