import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GemeenteSchema } from '@/domain/gemeente';

/** One YAML file per gemeente in content/gemeente/; KRACHTWIJZER_GEMEENTE picks one. An invalid file fails the build. */
const gemeente = defineCollection({
  loader: glob({ base: './content/gemeente', pattern: '*.yaml' }),
  schema: GemeenteSchema,
});

export const collections = { gemeente };
