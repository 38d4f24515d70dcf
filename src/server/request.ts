import { BadRequestError } from './errors';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * The posted form. A body that is not a form, or cannot be read (too large, broken), throws
 * BadRequestError: treating it as an empty form would overwrite saved answers with blanks.
 */
export async function readPostedForm(request: Request): Promise<FormData> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(type)) throw new BadRequestError('onleesbaar');
  try {
    return await request.formData();
  } catch {
    throw new BadRequestError('onleesbaar');
  }
}
