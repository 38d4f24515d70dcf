import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { GemeenteSchema } from '@/domain/gemeente';
import { OrganisatieSchema } from '@/domain/sociale-kaart/schema';
import { ZoekwoordenSchema } from '@/domain/sociale-kaart/zoekwoorden';

/** One YAML file per gemeente in content/gemeente/; KRACHTWIJZER_GEMEENTE picks one. An invalid file fails the build. */
const gemeente = defineCollection({
  loader: glob({ base: './content/gemeente', pattern: '*.yaml' }),
  schema: GemeenteSchema,
});

/** Hulp in de buurt: one YAML file per organisation with its services (HSDS 3.0 shaped). An invalid file fails the build, naming file and field. */
const socialeKaart = defineCollection({
  loader: glob({ base: './content/sociale-kaart', pattern: '*.yaml' }),
  schema: OrganisatieSchema,
});

/** The words people search with, per levensgebied (content/zoekwoorden.yaml): one entry, checked as a whole, so a wrong levensgebied fails the build. */
const zoekwoorden = defineCollection({
  loader: file('./content/zoekwoorden.yaml', { parser: (text) => [{ id: 'zoekwoorden', woorden: parse(text) as unknown }] }),
  schema: z.object({ woorden: ZoekwoordenSchema }),
});

export const collections = { gemeente, socialeKaart, zoekwoorden };
