import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ZoekwoordenSchema, type Zoekwoorden } from '@/domain/sociale-kaart/zoekwoorden';

/** content/zoekwoorden.yaml, read and checked, for the tools and tests that run outside the built server. */
export function readZoekwoorden(root = process.cwd()): Zoekwoorden {
  return ZoekwoordenSchema.parse(parse(readFileSync(join(root, 'content', 'zoekwoorden.yaml'), 'utf8')));
}
