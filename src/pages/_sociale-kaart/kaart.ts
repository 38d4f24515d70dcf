import { getCollection, getEntry } from 'astro:content';
import { Kaart } from '@/domain/sociale-kaart/kaart';
import { toAanbod } from '@/domain/sociale-kaart/schema';

let kaart: Promise<Kaart> | undefined;

/**
 * The kaart of this build: content is bundled into the server, so it is read and indexed once per process.
 * The middleware asks for it when it loads, so the index is built before the first request is answered.
 */
export function getKaart(): Promise<Kaart> {
  kaart ??= Promise.all([getCollection('socialeKaart'), getEntry('zoekwoorden', 'zoekwoorden')]).then(([entries, zoekwoorden]) => {
    const started = performance.now();
    const built = new Kaart(toAanbod(entries.map((e) => e.data)), zoekwoorden?.data.woorden);
    console.info(JSON.stringify({ event: 'sociale-kaart-index', entries: built.aanbod.length, ms: Math.round(performance.now() - started) }));
    return built;
  });
  return kaart;
}
