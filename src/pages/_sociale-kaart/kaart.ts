import { getCollection } from 'astro:content';
import { toAanbod } from '@/domain/sociale-kaart/schema';
import { Kaart } from '@/domain/sociale-kaart/zoeken';

let kaart: Promise<Kaart> | undefined;

/** The kaart of this build: content is bundled into the server, so it is read and indexed once per process. */
export function getKaart(): Promise<Kaart> {
  kaart ??= getCollection('socialeKaart').then((entries) => new Kaart(toAanbod(entries.map((e) => e.data))));
  return kaart;
}
