/** Choosing a voice and shaping the text for read-aloud (issue 5). Pure, so it is tested without a browser. */

/** The part of a SpeechSynthesisVoice we use. */
export interface Stem { name: string; lang: string; localService: boolean }

const norm = (lang: string) => lang.replace('_', '-').toLowerCase();
/** The region preferred per language: Dutch as spoken in the Netherlands, British English. */
const VOORKEUR: Record<string, string> = { nl: 'nl-nl', en: 'en-gb' };

/**
 * The voice for the page's language (`nl`, `en`, or with a region): one of that language only, never
 * another; the preferred region first, then a voice on the device (its text stays on the device) before one
 * of a network service. Undefined when there is none, and then no "Lees voor" button is shown.
 */
export function kiesStem<S extends Stem>(stemmen: readonly S[], taal: string): S | undefined {
  const primair = norm(taal).split('-')[0] ?? '';
  const score = (s: S) => (norm(s.lang) === VOORKEUR[primair] ? 2 : 0) + (s.localService ? 1 : 0);
  return stemmen.filter((s) => norm(s.lang).split('-')[0] === primair).sort((a, b) => score(b) - score(a))[0];
}

/**
 * The text to speak, from the blocks of a question or section (label, hint, options, paragraphs): each block
 * ends with a full stop when it has no ending of its own, so the voice pauses between them.
 */
export function voorleesTekst(blokken: readonly string[]): string {
  return blokken.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean).map((b) => (/[.!?:;]$/.test(b) ? b : `${b}.`)).join(' ');
}
