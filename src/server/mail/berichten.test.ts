import { describe, expect, test } from 'vitest';
import { composeBericht, type MailContext } from './berichten';
import type { QueuedMail } from './outbox';

const CONTEXT: MailContext = { publicUrl: 'https://krachtwijzer.middenveld.example/', loketAdres: 'wmo@middenveld.example',
  gemeenteNaam: 'Gemeente Middenveld', loketTelefoon: '0592 000 000' };
const mail = (over: Partial<QueuedMail>): QueuedMail => ({ id: 1, kind: 'loket-nieuwe-melding', referentie: 'KW-ABCD-2345', recipient: undefined,
  attempts: 0, payload: { kern: 'Smilde', verstuurdOp: '2026-12-01T23:30:00.000Z', taal: 'nl' }, ...over });

describe('the mails', () => {
  test('the loket notice says "kern niet opgegeven" when the inwoner chose none or another place', () => {
    expect(composeBericht(mail({ payload: { kern: 'anders', verstuurdOp: '2026-12-01T09:00:00.000Z', taal: 'nl' } }), CONTEXT).subject)
      .toBe('Nieuwe melding KW-ABCD-2345, kern niet opgegeven');
  });
  test('the inwoner confirmation is in their language, with the date in Dutch time', () => {
    const bericht = composeBericht(mail({ kind: 'inwoner-bevestiging', recipient: 'a@example.nl',
      payload: { kern: 'Smilde', verstuurdOp: '2026-12-01T23:30:00.000Z', taal: 'en' } }), CONTEXT);
    expect(bericht).toMatchObject({ to: 'a@example.nl', subject: 'Your melding KW-ABCD-2345 has been received' });
    expect(bericht.text).toContain('Gemeente Middenveld received your melding on 2 December 2026.');
  });
  test('a Turkish confirmation writes the date in Turkish too', () => {
    const bericht = composeBericht(mail({ kind: 'inwoner-bevestiging', recipient: 'a@example.nl',
      payload: { kern: 'Smilde', verstuurdOp: '2026-12-01T23:30:00.000Z', taal: 'tr' } }), CONTEXT);
    expect(bericht.text).toContain('2 Aralık 2026');
  });
  test('the inwoner confirmation falls back to Dutch for a language we have no mail in', () => {
    const bericht = composeBericht(mail({ kind: 'inwoner-bevestiging', recipient: 'a@example.nl',
      payload: { kern: '', verstuurdOp: '2026-12-01T09:00:00.000Z', taal: 'de' } }), CONTEXT);
    expect(bericht.subject).toBe('Uw melding KW-ABCD-2345 is ontvangen');
  });
});
