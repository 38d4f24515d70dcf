import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { $resultaat, fillForm, formQuery, laadResultaten } from './zoek-store';

interface Props {
  /** The id of the GET search form; it keeps working without JavaScript. */
  formId: string;
  /** Where the results alone come from (/sociale-kaart/resultaten, per locale). */
  endpoint: string;
  /** The server-rendered results, shown until the person changes something. */
  children?: ComponentChildren;
}

/** Whether two query strings ask the same search, whatever the order of their fields and empty ones. */
function sameSearch(a: string, b: string): boolean {
  const fields = (query: string) => [...new URLSearchParams(query)].filter(([, value]) => value !== '').map((pair) => pair.join('=')).sort().join('&');
  return fields(a) === fields(b);
}

/** Time to wait after a key before searching, so a search is not sent for every letter. */
const TYPING_DELAY_MS = 250;

/**
 * Live results on hulp in de buurt: they update while the person types or ticks a filter. The address follows the
 * search (Back, Forward and sharing work); the count is announced politely (WCAG 4.1.3) without moving focus.
 */
export default function LiveZoeken({ formId, endpoint, children }: Props) {
  const resultaat = useStore($resultaat);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let typing = false;
    const update = (finished: boolean, push: boolean) => {
      const query = formQuery(form);
      if (`?${query}` !== window.location.search && (query !== '' || window.location.search !== '')) {
        const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
        if (push) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      void laadResultaten(endpoint, query, finished);
    };
    const onInput = (event: Event) => {
      const text = event.target instanceof HTMLInputElement && event.target.type !== 'checkbox' && event.target.type !== 'radio';
      clearTimeout(timer);
      // One history entry per burst of typing, one per ticked filter.
      const push = !(text && typing);
      typing = text;
      if (text) timer = setTimeout(() => update(false, push), TYPING_DELAY_MS);
      else update(false, push);
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox' && event.target.type !== 'radio') {
        typing = false;
        clearTimeout(timer);
        update(true, false);
      }
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      clearTimeout(timer);
      const push = !typing;
      typing = false;
      update(true, push);
    };
    const onPopState = () => {
      fillForm(form, window.location.search);
      typing = false;
      void laadResultaten(endpoint, window.location.search.slice(1), false);
    };
    form.addEventListener('input', onInput);
    form.addEventListener('change', onChange);
    form.addEventListener('submit', onSubmit);
    window.addEventListener('popstate', onPopState);
    // Typed or ticked before this island woke up (a slow phone, a slow connection): catch up with the form as it is.
    if (!sameSearch(formQuery(form), window.location.search)) update(true, true);
    return () => {
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onChange);
      form.removeEventListener('submit', onSubmit);
      window.removeEventListener('popstate', onPopState);
    };
  }, [formId, endpoint]);

  return (
    <>
      <p class="portal-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{resultaat?.aantal ?? ''}</p>
      {/* The server's own HTML for the same search (Resultaten.astro), escaped there: never text from the browser. */}
      {resultaat ? <div dangerouslySetInnerHTML={{ __html: resultaat.html }} /> : children}
    </>
  );
}
