import type { ColumnType, Generated } from 'kysely';

/**
 * A yes/no column: INTEGER 0/1 on SQLite, boolean on PostgreSQL. Written as 0 or 1 (PostgreSQL takes both for a
 * boolean); read back as either, so a store parses it with a schema that turns both into a boolean.
 */
export type Flag = ColumnType<number | boolean, number | undefined, number>;

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
  /** Queued, sent and finally failed mails; `recipient` is ciphertext (inwoner) or null (loket, or once done). */
  mail_outbox: {
    id: Generated<number>;
    kind: 'loket-nieuwe-melding' | 'inwoner-bevestiging';
    referentie: string;
    recipient: string | null;
    payload: string;
    status: 'wachtend' | 'verstuurd' | 'mislukt';
    attempts: Generated<number>;
    next_attempt_at: string;
    last_error: string | null;
    created_at: string;
    done_at: string | null;
    /** Until when a worker holds the row while sending it; null when no one does. */
    claimed_until: string | null;
  };
  /** "Later verder" codes, as keyed hashes only, tied to a draft (session) and, once sent, to its melding. */
  verder_codes: {
    lookup: string; salt: string; check_hash: string; session_key: string; referentie: string | null; created_at: string; expires_at: string;
  };
  /** Wrong tries at a code, per hashed code and hashed IP address. */
  verder_pogingen: { key: string; at: string };
  /** Short-lived access to the plan or status page, by the hash of the browser's token. */
  verder_toegang: { token_hash: string; code_lookup: string; expires_at: string };
  /** Persoonlijk plan additions to a sent melding; `data` is ciphertext. */
  verder_plannen: { id: Generated<number>; referentie: string; at: string; data: string };
  /** Which job ran in which period (one row per run, across instances). */
  job_runs: { name: string; period: string; started_at: string };
  /** Words of searches that found nothing, per day. */
  zoek_lacunes: { term: string; dag: string; aantal: number };
  /** Werkplek accounts. `totp_secret` is AES-256-GCM ciphertext. */
  loket_accounts: {
    id: string;
    email: string;
    role: string;
    password_hash: string;
    must_change_password: Flag;
    totp_secret: string | null;
    totp_enabled: Flag;
    totp_last_step: ColumnType<number, number | undefined, number>;
    disabled: Flag;
    created_at: string;
    must_setup_totp: Flag;
  };
  /** Werkplek sessions, by the SHA-256 of the cookie value. */
  loket_sessions: { id_hash: string; account_id: string; stage: string; created_at: string; last_seen_at: string };
  /** Failed logins per hashed key (an address or an IP address), kept for the throttle's window. */
  loket_login_failures: { key: string; at: string };
  /** The append-only audit log: ids and actions, never content. */
  loket_audit: { id: Generated<number>; at: string; actor: string; action: string; referentie: string | null; subject: string | null };
  /** A melding's handling; `gesprek` and `uitkomst` are ciphertext. */
  loket_behandeling: {
    referentie: string;
    status: string;
    toegewezen_aan: string | null;
    updated_at: string;
    gesprek: string | null;
    uitkomst: string | null;
    afgerond_op: string | null;
  };
  /** Internal notes on a melding; `data` is ciphertext. */
  loket_notities: { id: Generated<number>; referentie: string; account_id: string; at: string; data: string };
  /** Each step of a melding's handling; `data` is the encrypted plan of a gesprek. */
  loket_historie: {
    id: Generated<number>;
    referentie: string;
    at: string;
    account_id: string | null;
    soort: string;
    waarde: string | null;
    data: string | null;
  };
}
