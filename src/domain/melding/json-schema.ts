import { z } from 'zod';
import { MELDING_SCHEMA_VERSION, MeldingSchema, MeldingV1Schema } from './schema';

const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });

/** JSON Schema (draft 2020-12) of a stored melding of the current version: what the loket and integrations receive. */
export function meldingJsonSchema(): Record<string, unknown> {
  return {
    ...toJson(MeldingSchema),
    $id: `/schema/melding.json`,
    title: 'Krachtwijzer melding',
    description: `A melding as sent by an inwoner (schemaVersion ${MELDING_SCHEMA_VERSION}). Not an aanvraag: it describes a situation.`
      + ' Meldingen sent before version 2 keep schemaVersion 1: see /schema/melding-v1.json.',
  };
}

/** JSON Schema of a melding sent as version 1, which stored meldingen and their exports may still be. */
export function meldingV1JsonSchema(): Record<string, unknown> {
  return {
    ...toJson(MeldingV1Schema),
    $id: `/schema/melding-v1.json`,
    title: 'Krachtwijzer melding, version 1',
    description: 'A melding sent as schemaVersion 1: on someone\'s behalf it names only the relation, not the invuller or how to reach them.',
  };
}
