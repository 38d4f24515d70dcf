import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GemeenteSchema } from '@/domain/gemeente';
import { OrganisatieSchema } from '@/domain/sociale-kaart/schema';

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

export const collections = { gemeente, socialeKaart };
