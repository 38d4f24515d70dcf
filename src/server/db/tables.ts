import type { Generated } from 'kysely';

/**
 * The tables the storage layer reaches through the query builder, as both engines hold them. Dates are ISO 8601
 * strings in UTC on both (PostgreSQL's timestamptz is read back into that form), so store code never branches on
 * the engine. Columns named `data` hold AES-256-GCM ciphertext; the rest holds nothing that points to a person.
 */
export interface Tables {
  migrations: { name: string; applied_at: string };
  /** One draft per browser session (the key is the cookie's session key). */
  drafts: { session_key: string; data: string; sent_referentie: string | null; created_at: string; updated_at: string; expires_at: string };
  /** Sent meldingen, in the schema version they were sent with. */
  meldingen: { referentie: string; schema_version: number; verstuurd_op: string; data: string; created_at: string };
  /** "Klopt dit niet?" reports about an entry of the sociale kaart. */
  klopt_niet: {
    id: Generated<number>;
    service_id: string;
    data: string;
    created_at: string;
    afgehandeld_op: string | null;
    afgehandeld_door: string | null;
  };
  /** One row per stored report and key (a hash of the sender's address, or `alle`), kept for the limit's window. */
  klopt_niet_limiet: { sleutel: string; at: number };
  /** Sent meldingen per month, way of filling in and dorpssteunpunt. */
  samen_tellingen: { maand: string; invuller: string; dorpssteunpunt: string; aantal: number };
  /** Words of searches that found nothing, per day. */
  zoek_lacunes: { term: string; dag: string; aantal: number };
}
