import { z } from 'zod';
import { MELDING_SCHEMA_VERSION, MeldingSchema } from './schema';

/** JSON Schema (draft 2020-12) of a stored melding: what the loket and integrations receive. */
export function meldingJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(MeldingSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    $id: `/schema/melding.json`,
    title: 'Krachtwijzer melding',
    description: `A melding as sent by an inwoner (schemaVersion ${MELDING_SCHEMA_VERSION}). Not an aanvraag: it describes a situation.`,
  };
}
