import { kiesStem, voorleesTekst } from '@/domain/uitleg/voorlezen';

/**
 * "Lees voor": a button that reads a question or a page section aloud with the browser's speech synthesis.
 * It goes into each empty `[data-lees-voor]` placeholder, only when the browser has a voice for the page's
 * language. Pressing it again stops, and one reading at a time. It never reads what the person typed or
 * chose: only the question.
 */

/** Not read: controls and their values, the buttons, closed explanations, follow-up questions with their own button. */
const OVERSLAAN = 'button, input, textarea, select, summary, details:not([open]), [data-lees-voor], [data-niet-voorlezen], .portal-conditional, [aria-hidden="true"], [hidden], script, style, template, svg';
/** Where a section's text ends: the next heading or question. */
const EINDE_SECTIE = 'h1, h2, h3, h4, h5, h6, fieldset, form, .utrecht-form-field, .portal-actions, .portal-tiles, [data-lees-voor]';
const VRAAG = 'fieldset, .utrecht-form-field';
const KOP = 'h1, h2, h3, h4, h5, h6';
const LUIDSPREKER = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 9a4 4 0 0 1 0 6M19 6.5a8 8 0 0 1 0 11"/></svg>';

/** The text of elements as blocks, the way they show on screen (what is not shown is not read). */
function blokken(elementen: readonly Element[]): string[] {
  const uit = [''];
  const loop = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) { uit[uit.length - 1] += node.textContent ?? ''; return; }
    if (!(node instanceof Element) || node.matches(OVERSLAAN)) return;
    const display = getComputedStyle(node).display;
    if (display === 'none') return;
    // Visually hidden text ("Fout:", the ":" after "Stap 1 van 9") belongs to the text around it.
    const blok = !display.startsWith('inline') && !node.classList.contains('portal-visually-hidden');
    if (blok) uit.push('');
    node.childNodes.forEach(loop);
    if (blok) uit.push('');
  };
  elementen.forEach(loop);
  return uit;
}
const naamVan = (el: Element | null | undefined) => (el ? blokken([el]).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ') : '');

/** What a placeholder reads: its question, or for a section the heading before it and what follows until the next heading or question. */
function delen(plek: HTMLElement): Element[] {
  if (!plek.hasAttribute('data-sectie')) {
    const vraag = plek.closest(VRAAG);
    return vraag ? [vraag] : [];
  }
  const uit = plek.previousElementSibling ? [plek.previousElementSibling] : [];
  for (let el = plek.nextElementSibling; el && !el.matches(EINDE_SECTIE) && !el.querySelector(VRAAG); el = el.nextElementSibling) uit.push(el);
  return uit;
}

/** The question or heading, for the button's accessible name. */
function naam(plek: HTMLElement): string {
  const [eerste] = delen(plek);
  if (plek.hasAttribute('data-sectie')) return naamVan(eerste?.matches(KOP) ? eerste : eerste?.querySelector(KOP) ?? eerste);
  return naamVan(eerste?.querySelector(':scope > legend, label'));
}

export function leesVoor() {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance !== 'function') return;
  const synth = speechSynthesis;
  let stem: SpeechSynthesisVoice | undefined;
  let actief: HTMLElement | undefined;

  /** Shows whether a button is reading; its accessible name says what it reads (WCAG 2.5.3: it starts with the visible text). */
  const zet = (plek: HTMLElement, leest: boolean) => {
    const knop = plek.querySelector('button');
    const tekst = knop?.querySelector('span');
    if (!knop || !tekst) return;
    const d = plek.dataset;
    tekst.textContent = (leest ? d.stop : d.knop) ?? '';
    const wat = naam(plek);
    if (wat) knop.setAttribute('aria-label', (leest ? d.stopNaam : d.naam)?.replace('{{tekst}}', wat) ?? wat);
  };
  const stop = () => {
    const was = actief;
    actief = undefined;
    synth.cancel();
    if (was) zet(was, false);
  };
  const lees = (plek: HTMLElement) => {
    if (!stem) return;
    stop();
    const uiting = new SpeechSynthesisUtterance(voorleesTekst(blokken(delen(plek))));
    uiting.voice = stem;
    uiting.lang = stem.lang;
    uiting.rate = 0.9;
    uiting.onend = uiting.onerror = () => {
      if (actief !== plek) return;
      actief = undefined;
      zet(plek, false);
    };
    actief = plek;
    zet(plek, true);
    synth.speak(uiting);
  };
  // Voices often arrive a moment after the page loads (Chromium): the buttons appear then.
  const toon = () => {
    stem ??= kiesStem(synth.getVoices(), document.documentElement.lang || 'nl');
    if (!stem) return;
    for (const plek of document.querySelectorAll<HTMLElement>('[data-lees-voor]:empty')) {
      // The person's own answers only with a voice on the device: a network voice would send their words away.
      if (plek.hasAttribute('data-antwoorden') && !stem.localService) continue;
      const knop = document.createElement('button');
      knop.type = 'button';
      knop.className = 'utrecht-button utrecht-button--subtle portal-lees-voor__knop';
      knop.innerHTML = LUIDSPREKER;
      knop.append(document.createElement('span'));
      knop.addEventListener('click', () => (actief === plek ? stop() : lees(plek)));
      plek.append(knop);
      zet(plek, false);
    }
  };
  synth.addEventListener('voiceschanged', toon);
  addEventListener('pagehide', () => synth.cancel());
  toon();
}
