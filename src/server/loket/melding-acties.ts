import { field, fieldList, type FormValues } from '@/domain/form-data';
import { toFieldErrors, type FieldError } from '@/domain/form-errors';
import { canTransition, GesprekPlanSchema, NotitieSchema, StatusSchema, UitkomstSchema, VerwijderSchema } from '@/domain/loket/behandeling';
import type { HistorieStap } from '@/domain/loket/historie';
import type { LoketUser } from '@/domain/loket/roles';
import type { App } from '../app';

/** The outcome of one posted action on a melding: done (redirect with `klaar`), or errors to show with 422. */
export type ActieResult = { ok: true; klaar: string } | { ok: false; errors: FieldError[] };

/** Handles the detail page's forms: change status, assign, add a note. Each is audit-logged, never with content. */
export async function handleMeldingActie(app: App, user: LoketUser, referentie: string, values: FormValues): Promise<ActieResult> {
  const now = app.now();
  const actie = field(values, 'actie');
  const audit = (action: 'status-gewijzigd' | 'melding-toegewezen' | 'notitie-toegevoegd' | 'gesprek-gepland' | 'uitkomst-vastgelegd', subject?: string) =>
    app.loket.audit.write({ actor: user.email, action, referentie, subject }, now);
  // Each step also goes into the melding's history, so what was planned stays visible after the next step.
  const stap = (item: HistorieStap) =>
    app.loket.historie.record(referentie, { ...item, at: now.toISOString(), door: user.accountId });
  if (actie === 'status') {
    const status = StatusSchema.safeParse(field(values, 'status'));
    const current = (await app.loket.behandeling.get(referentie)).status;
    if (!status.success || !canTransition(current, status.data)) return { ok: false, errors: [{ field: 'status', key: 'errors.loket.status.required' }] };
    await app.loket.behandeling.setStatus(referentie, status.data, now);
    await stap({ soort: 'status', status: status.data });
    await audit('status-gewijzigd', status.data);
    return { ok: true, klaar: 'status' };
  }
  if (actie === 'toewijzen') {
    const id = field(values, 'medewerker');
    const account = id === '' ? undefined : await app.loket.accounts.byId(id);
    if (id !== '' && (!account || account.disabled)) return { ok: false, errors: [{ field: 'medewerker', key: 'errors.loket.medewerker.required' }] };
    await app.loket.behandeling.assign(referentie, account?.id ?? null, now);
    await stap({ soort: 'toegewezen', aan: account?.id });
    await audit('melding-toegewezen', account?.email);
    return { ok: true, klaar: 'toegewezen' };
  }
  if (actie === 'notitie') {
    const parsed = NotitieSchema.safeParse({ tekst: field(values, 'tekst') });
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
    await app.loket.behandeling.addNote(referentie, user.accountId, parsed.data.tekst, now);
    await audit('notitie-toegevoegd');
    return { ok: true, klaar: 'notitie' };
  }
  if (actie === 'gesprek') {
    const parsed = GesprekPlanSchema.safeParse({ datum: field(values, 'datum'), tijd: field(values, 'tijd'), plek: field(values, 'plek'), gespreksvoerder: field(values, 'gespreksvoerder') });
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
    await app.loket.behandeling.planGesprek(referentie, parsed.data, now);
    await stap({ soort: 'gesprek', plan: parsed.data });
    // Planning het gesprek moves the melding on when that is allowed from where it stands.
    if (canTransition((await app.loket.behandeling.get(referentie)).status, 'gesprek-gepland')) {
      await app.loket.behandeling.setStatus(referentie, 'gesprek-gepland', now);
      await stap({ soort: 'status', status: 'gesprek-gepland' });
    }
    await audit('gesprek-gepland');
    return { ok: true, klaar: 'gesprek' };
  }
  if (actie === 'uitkomst') {
    if ((await app.loket.behandeling.get(referentie)).status !== 'afgerond') return { ok: false, errors: [{ field: 'soorten', key: 'errors.loket.uitkomst.afgerond' }] };
    const parsed = UitkomstSchema.safeParse({ soorten: fieldList(values, 'soorten'), toelichting: field(values, 'toelichting') });
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
    await app.loket.behandeling.setUitkomst(referentie, parsed.data, now);
    await audit('uitkomst-vastgelegd');
    return { ok: true, klaar: 'uitkomst' };
  }
  if (actie === 'verwijderen' && user.role === 'beheerder') {
    const parsed = VerwijderSchema.safeParse({ reden: field(values, 'reden') });
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
    await app.loket.behandeling.deleteContent(referentie, now);
    await app.loket.audit.write({ actor: user.email, action: 'melding-verwijderd', referentie, subject: `reden: ${parsed.data.reden}` }, now);
    return { ok: true, klaar: 'verwijderd' };
  }
  return { ok: false, errors: [{ field: 'status', key: 'errors.generic' }] };
}
