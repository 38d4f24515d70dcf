import type { InboxRow } from '@/domain/loket/behandeling';
import type { StoredMelding } from '@/domain/melding/schema';
import { eerstPersoonVragen } from '@/domain/samen/invuller';
import type { App } from '../app';

/**
 * Every melding as an inbox row. Meldingen are encrypted, so filtering happens after decrypting; fine for the
 * hundreds of meldingen a gemeente has open. TODO(#4): a search index of non-personal columns when that grows.
 */
export async function inboxRows(app: App): Promise<InboxRow[]> {
  const behandeling = await app.loket.behandeling.all();
  const accounts = new Map((await app.loket.accounts.list()).map((a) => [a.id, a]));
  const rows: InboxRow[] = [];
  for (const referentie of await app.loket.behandeling.referenties()) {
    const melding = await app.repository.getMelding(referentie);
    if (!melding) continue;
    rows.push(toRow(melding, behandeling.get(referentie), accounts));
  }
  return rows;
}

function toRow(melding: StoredMelding, b: { status: InboxRow['status']; toegewezenAan: string | undefined } | undefined,
  accounts: Map<string, { id: string; email: string }>): InboxRow {
  const toegewezen = b?.toegewezenAan ? accounts.get(b.toegewezenAan) : undefined;
  return {
    referentie: melding.referentie,
    verstuurdOp: melding.verstuurdOp,
    kern: melding.contact.kern,
    levensgebieden: melding.toestemming.gedeeld,
    invuller: melding.invuller?.wie ?? 'zelf',
    eerstPersoonVragen: eerstPersoonVragen(melding.invuller),
    naam: melding.contact.naam,
    status: b?.status ?? 'nieuw',
    toegewezenAan: toegewezen ? { id: toegewezen.id, email: toegewezen.email } : undefined,
  };
}
