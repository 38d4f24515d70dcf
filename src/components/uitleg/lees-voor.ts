import { kiesStem, voorleesTekst } from '@/domain/uitleg/voorlezen';

/**
 * <portal-lees-voor>: a "Lees voor" button that reads a question or a page section aloud with the browser's
 * speech synthesis. Shown only when the browser has a voice for the page's language; pressing it again
 * stops, and one reading at a time. It never reads what the person typed or chose: only the question.
 */

/** Not read: controls and their values, the button itself, closed explanations, follow-up questions with their own button. */
const OVERSLAAN = 'button, input, textarea, select, summary, details:not([open]), portal-lees-voor, .portal-conditional, [aria-hidden="true"], [hidden], script, style, template, svg';
/** Where a section's text ends: the next heading or question. */
const EINDE_SECTIE = 'h1, h2, h3, h4, h5, h6, fieldset, form, .utrecht-form-field, .portal-actions, .portal-tiles, portal-lees-voor';
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

export function defineLeesVoor() {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance !== 'function' || customElements.get('portal-lees-voor')) return;
  const synth = speechSynthesis;
  const wachtend = new Set<LeesVoor>();
  let stem: SpeechSynthesisVoice | undefined;
  let actief: LeesVoor | undefined;

  const stop = () => {
    const was = actief;
    actief = undefined;
    synth.cancel();
    was?.zet(false);
  };
  // Voices often arrive a moment after the page loads (Chromium): the buttons then appear.
  const toon = () => {
    stem ??= kiesStem(synth.getVoices(), document.documentElement.lang || 'nl');
    if (!stem) return;
    for (const el of wachtend) el.maak();
    wachtend.clear();
  };

  class LeesVoor extends HTMLElement {
    knop: HTMLButtonElement | undefined;
    tekstVeld: HTMLSpanElement | undefined;

    connectedCallback() { wachtend.add(this); toon(); }
    disconnectedCallback() { wachtend.delete(this); if (actief === this) stop(); }

    /** A section: the heading before this element and what follows until the next heading or question. */
    private delen(): Element[] {
      if (!this.hasAttribute('data-sectie')) {
        const vraag = this.closest('fieldset, .utrecht-form-field');
        return vraag ? [vraag] : [];
      }
      const delen = this.previousElementSibling ? [this.previousElementSibling] : [];
      for (let el = this.nextElementSibling; el && !el.matches(EINDE_SECTIE) && !el.querySelector('fieldset, .utrecht-form-field'); el = el.nextElementSibling) delen.push(el);
      return delen;
    }

    private naam(): string {
      const [eerste] = this.delen();
      if (this.hasAttribute('data-sectie')) return naamVan(eerste?.matches(KOP) ? eerste : eerste?.querySelector(KOP) ?? eerste);
      return naamVan(eerste?.querySelector(':scope > legend, label'));
    }

    maak() {
      if (this.knop) return;
      this.knop = document.createElement('button');
      this.knop.type = 'button';
      this.knop.className = 'utrecht-button utrecht-button--subtle portal-lees-voor';
      this.knop.innerHTML = LUIDSPREKER;
      this.tekstVeld = this.knop.appendChild(document.createElement('span'));
      this.knop.addEventListener('click', () => (actief === this ? stop() : this.lees()));
      this.append(this.knop);
      this.zet(false);
    }

    /** Shows whether this button is reading; its accessible name says what it reads (WCAG 2.5.3: it starts with the visible text). */
    zet(leest: boolean) {
      if (!this.knop || !this.tekstVeld) return;
      const d = this.dataset;
      this.tekstVeld.textContent = (leest ? d.stop : d.knop) ?? '';
      const naam = this.naam();
      if (naam) this.knop.setAttribute('aria-label', (leest ? d.stopNaam : d.naam)?.replace('{{tekst}}', naam) ?? naam);
    }

    lees() {
      if (!stem) return;
      stop();
      const uiting = new SpeechSynthesisUtterance(voorleesTekst(blokken(this.delen())));
      uiting.voice = stem;
      uiting.lang = stem.lang;
      uiting.rate = 0.9;
      uiting.onend = uiting.onerror = () => {
        if (actief !== this) return;
        actief = undefined;
        this.zet(false);
      };
      actief = this;
      this.zet(true);
      synth.speak(uiting);
    }
  }

  synth.addEventListener('voiceschanged', toon);
  addEventListener('pagehide', () => synth.cancel());
  customElements.define('portal-lees-voor', LeesVoor);
}
