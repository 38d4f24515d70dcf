/**
 * The words we cannot avoid, and where each is explained (issue 5, domain brief section 9; WCAG 3.1.3).
 * Their text lives in i18n: `uitleg.<id>.woord` is the word as it appears in the text, `uitleg.<id>.tekst`
 * its explanation in plain language.
 */

/** Words the inwoner meets in our own pages. */
export const BEGRIPPEN = ['melding', 'gesprek', 'clientondersteuner', 'eigen-plan', 'dorpssteunpunt', 'hulp-in-de-buurt', 'mantelzorger'] as const;
/** Words the inwoner may meet in letters from the gemeente: explained on the word list, never used in our own text. */
export const BRIEF_BEGRIPPEN = ['wmo', 'keukentafelgesprek', 'maatwerkvoorziening', 'beschikking'] as const;
export type BegripId = (typeof BEGRIPPEN)[number] | (typeof BRIEF_BEGRIPPEN)[number];

/**
 * Jargon (see i18n/plain-language.ts) an explanation may name: only the word it explains.
 * Every other string, explanations of other words included, stays free of jargon.
 */
export const JARGON_IN_UITLEG: Partial<Record<BegripId, readonly string[]>> = {
  wmo: ['wmo'],
  keukentafelgesprek: ['keukentafelgesprek'],
  maatwerkvoorziening: ['maatwerkvoorziening'],
};

/** The i18n keys of one word's text. */
export const uitlegKeys = (id: BegripId) => ({ woord: `uitleg.${id}.woord`, tekst: `uitleg.${id}.tekst` }) as const;

/**
 * Where each word is explained: per page, the i18n key of the text in which it first appears, and the words
 * explained there. A word is explained once per page, at its first appearance in the page's own content.
 */
export const UITLEG_PLAATSEN = {
  start: {
    'start.melding': ['melding', 'gesprek'],
    'start.daarna.3': ['clientondersteuner'],
    'start.daarna.4': ['eigen-plan'],
    'start.anders.steunpunt': ['dorpssteunpunt'],
  },
  verstuurd: {
    'verstuurd.hoeNu.1': ['gesprek'],
    'verstuurd.hoeNu.3': ['clientondersteuner'],
  },
  'hulp-in-de-buurt-stap': {
    'socialeKaart.journey.intro': ['hulp-in-de-buurt'],
  },
  /** The same step after an answer that signals danger: professional help first, so the intro says so. */
  'hulp-in-de-buurt-stap-dringend': {
    'socialeKaart.journey.introDringend': ['hulp-in-de-buurt'],
  },
} as const satisfies Record<string, Record<string, readonly BegripId[]>>;
export type UitlegPagina = keyof typeof UITLEG_PLAATSEN;
