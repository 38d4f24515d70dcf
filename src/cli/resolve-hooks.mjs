// Module resolution for command-line tools: `@/…` means src/…, and a specifier without extension
// finds its .ts file, as Vite does for the portal itself. Registered by src/cli/run.mjs.
const src = new URL('../', import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  const target = specifier.startsWith('@/') ? new URL(specifier.slice(2), src).href : specifier;
  try {
    return await nextResolve(target, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') throw error;
    for (const suffix of ['.ts', '/index.ts']) {
      try {
        return await nextResolve(target + suffix, context);
      } catch {
        // try the next suffix
      }
    }
    throw error;
  }
}
