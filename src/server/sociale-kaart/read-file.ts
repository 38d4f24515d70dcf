import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { describeInvalid, OrganisatieSchema, type Organisatie } from '@/domain/sociale-kaart/schema';

/** One sociale-kaart YAML file, read and checked: the organisation, or one message per problem naming file and field. */
export function readOrganisatieFile(path: string): { organisatie: Organisatie } | { problems: string[] } {
  const file = basename(path);
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { problems: [`${file}: (file): not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`] };
  }
  const result = OrganisatieSchema.safeParse(data);
  return result.success ? { organisatie: result.data } : { problems: describeInvalid(file, result.error) };
}
