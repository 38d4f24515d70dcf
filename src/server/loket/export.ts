import { behandelingExport, type BehandelingExport } from '@/domain/loket/export';
import type { LoketUser } from '@/domain/loket/roles';
import type { App } from '../app';

/**
 * The handling of one melding for print and export. Internal notes come along only when a beheerder asks for them
 * (`metNotities`); for anyone else the request is ignored, so a link cannot widen what a medewerker hands out.
 */
export async function exportBehandeling(app: App, user: LoketUser, referentie: string, metNotities: boolean): Promise<{ behandeling: BehandelingExport; metNotities: boolean }> {
  const accounts = await app.loket.accounts.list();
  const emailOf = (id: string) => accounts.find((a) => a.id === id)?.email;
  const { status, toegewezenAan } = await app.loket.behandeling.get(referentie);
  const { gesprek, uitkomst } = await app.loket.behandeling.details(referentie);
  const notities = metNotities && user.role === 'beheerder';
  const bron = {
    status, toegewezenAan, gesprek, uitkomst,
    historie: await app.loket.historie.list(referentie),
    notities: notities ? await app.loket.behandeling.notes(referentie) : [],
  };
  return { behandeling: behandelingExport(bron, emailOf, notities), metNotities: notities };
}
