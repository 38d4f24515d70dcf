import { atom } from 'nanostores';

/** What the live search shows: the results' HTML from the server, and the sentence to announce (the count). */
export interface Resultaat { html: string; aantal: string }

/** The search as a query string, exactly as the GET form would send it (empty fields left out). */
export const $zoekvraag = atom('');
/** The latest results; undefined until the person changes something (the server's own HTML shows until then). */
export const $resultaat = atom<Resultaat | undefined>(undefined);

let pending: AbortController | undefined;
const counted = new Set<string>();

/**
 * Fetches the results for `query` from `endpoint` and puts them in $resultaat. A newer search cancels an older one,
 * so a slow answer never overwrites a newer one. `finished` asks the server to count words without a result, once per search.
 */
export async function laadResultaten(endpoint: string, query: string, finished: boolean): Promise<void> {
  const tel = finished && !counted.has(query);
  if (query === $zoekvraag.get() && $resultaat.get() && !tel) return;
  $zoekvraag.set(query);
  pending?.abort();
  pending = new AbortController();
  if (tel) counted.add(query);
  try {
    const response = await fetch(`${endpoint}?${query}${tel ? `${query ? '&' : ''}tel=1` : ''}`, { signal: pending.signal, headers: { Accept: 'text/html' } });
    if (!response.ok) return;
    const html = await response.text();
    const aantal = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-aantal]')?.textContent?.trim() ?? '';
    $resultaat.set({ html, aantal });
  } catch {
    // Aborted, or the network is gone: the form still works as a plain GET form.
  }
}

/** The form's fields as a query string, empty ones left out, so the address stays short and shareable. */
export function formQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') params.append(name, value);
  return params.toString();
}

/** Puts the search of a query string back into the form (after Back or Forward). */
export function fillForm(form: HTMLFormElement, query: string): void {
  const params = new URLSearchParams(query);
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) element.checked = params.getAll(element.name).includes(element.value);
    else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) element.value = params.get(element.name) ?? '';
  }
}
