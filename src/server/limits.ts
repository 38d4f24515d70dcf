/** Largest request body we accept; the longest melding step is far below it. Used by the adapter and the middleware. */
export const BODY_SIZE_LIMIT = 256 * 1024;
