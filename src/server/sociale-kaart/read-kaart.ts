import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toAanbod, type Aanbod, type Organisatie } from '@/domain/sociale-kaart/schema';
import { readOrganisatieFile } from './read-file';

/** Every entry of the YAML files in `dir` (content/sociale-kaart by default) that are valid, for tools and tests outside the built server. */
export function readAanbod(dir = join(process.cwd(), 'content', 'sociale-kaart')): Aanbod[] {
  return toAanbod(readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((f) => {
    const r = readOrganisatieFile(join(dir, f));
    return 'organisatie' in r ? [r.organisatie] : [];
  }) as Organisatie[]);
}
