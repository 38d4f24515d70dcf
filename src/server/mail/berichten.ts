import { getT, LOCALES, type Locale } from '@/i18n';
import type { QueuedMail } from './outbox';

/** What the mails may name besides the melding's reference: the gemeente and where the werkplek is. */
export interface MailContext {
  /** KRACHTWIJZER_PUBLIC_URL: the werkplek link is built from it. */
  publicUrl: string;
  /** The loket's address for notices (KRACHTWIJZER_LOKET_MAIL, or the gemeente file's loket e-mail). */
  loketAdres: string;
  gemeenteNaam: string;
  loketTelefoon: string;
}

/** One mail as handed to the transport. Plain text only: nothing to render, nothing to track. */
export interface Bericht {
  to: string;
  subject: string;
  text: string;
}

const isLocale = (taal: string): taal is Locale => (LOCALES as readonly string[]).includes(taal);

/** The date in the Netherlands' time zone, written out in the mail's language ("1 december 2026"). */
function datum(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

/**
 * The text of a queued mail. The loket's notice names only the reference, the kern and a link to the melding in the
 * werkplek (behind its login); the inwoner's confirmation only the reference and the date. Neither holds a name, an
 * answer or any other content of the melding: a mail travels through servers the gemeente does not control.
 */
export function composeBericht(mail: QueuedMail, context: MailContext): Bericht {
  const { referentie, payload } = mail;
  if (mail.kind === 'loket-nieuwe-melding') {
    // The werkplek is for the gemeente's staff: its notice is in Dutch.
    const t = getT('nl');
    const kern = payload.kern === '' || payload.kern === 'anders' ? t('loket.mail.geenKern') : payload.kern;
    const link = new URL(`/loket/meldingen/${referentie}`, context.publicUrl).href;
    return {
      to: context.loketAdres,
      subject: t('loket.mail.onderwerp', { referentie, kern }),
      text: [t('loket.mail.intro', { referentie, kern }), '', t('loket.mail.link'), link, '', t('loket.mail.geenGegevens')].join('\n'),
    };
  }
  if (!mail.recipient) throw new Error('An inwoner confirmation without a recipient');
  const locale = isLocale(payload.taal) ? payload.taal : 'nl';
  const t = getT(locale);
  const vars = { referentie, datum: datum(payload.verstuurdOp, locale), gemeente: context.gemeenteNaam, telefoon: context.loketTelefoon };
  return {
    to: mail.recipient,
    subject: t('mail.bevestiging.onderwerp', vars),
    text: [t('mail.bevestiging.aanhef'), '', t('mail.bevestiging.ontvangen', vars), t('mail.bevestiging.referentie', vars), '',
      t('mail.bevestiging.verder', vars), '', t('mail.bevestiging.geenInhoud'), '', t('mail.bevestiging.groet', vars)].join('\n'),
  };
}
