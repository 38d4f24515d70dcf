/** The posted form, or an empty one when the body is not a form (a forged or broken request). */
export async function readPostedForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}
