import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { forEachEngine } from '../db/testing/engines';
import { KLOPT_NIET_PAGE_SIZE } from '@/domain/sociale-kaart/klopt-niet';
import { kloptNietStore } from './klopt-niet';

const NOW = new Date('2026-11-23T10:00:00Z');
const SERVICE = '11111111-1111-4111-8111-111111111111';
const cipher = createCipher(randomBytes(32));

forEachEngine('klopt-niet store', ({ engine }) => {
  test('deletes handled reports past their term after handling, and open ones past their term after being made', async () => {
    const store = kloptNietStore(engine(), cipher);
    const day = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);
    await store.add(SERVICE, { watKloptNiet: 'Oud, afgehandeld', contact: '' }, day(0));
    await store.add(SERVICE, { watKloptNiet: 'Oud, open', contact: '' }, day(0));
    await store.add(SERVICE, { watKloptNiet: 'Nieuw, afgehandeld', contact: '' }, day(0));
    await store.add(SERVICE, { watKloptNiet: 'Nieuw, open', contact: '' }, day(20));
    const ids = (await store.page({ open: false, page: 1 })).items.map((i) => i.id).sort((a, b) => a - b);
    await store.markAfgehandeld(ids[0]!, 'beheer@example.nl', day(5));
    await store.markAfgehandeld(ids[2]!, 'beheer@example.nl', day(15));
    expect(await store.deleteVerlopen({ afgehandeldVoor: day(10), openVoor: day(10) })).toBe(2);
    expect((await store.list(SERVICE)).map((r) => r.report.watKloptNiet)).toEqual(['Nieuw, afgehandeld', 'Nieuw, open']);
    expect(await store.deleteVerlopen({ afgehandeldVoor: day(10), openVoor: day(10) })).toBe(0);
  });

  test('keeps reports per service for the beheerder', async () => {
    const store = kloptNietStore(engine(), cipher);
    await store.add(SERVICE, { watKloptNiet: 'Het nummer is veranderd.', contact: '' }, NOW);
    await store.add('22222222-2222-4222-8222-222222222222', { watKloptNiet: 'Ander', contact: '' }, NOW);
    expect(await store.list(SERVICE)).toEqual([{ report: { watKloptNiet: 'Het nummer is veranderd.', contact: '' }, createdAt: NOW.toISOString() }]);
  });

  test('writes what was reported, contact included, only encrypted', async () => {
    await kloptNietStore(engine(), cipher).add(SERVICE, { watKloptNiet: 'Geheimzinnig', contact: 'jan@example.nl' }, NOW);
    const { rows } = await sql`SELECT * FROM klopt_niet`.execute(engine().db);
    expect(rows).toHaveLength(1);
    expect([JSON.stringify(rows).includes('Geheimzinnig'), JSON.stringify(rows).includes('jan@example.nl')]).toEqual([false, false]);
  });

  test('lists every report newest first, and leaves out handled ones when asked', async () => {
    const store = kloptNietStore(engine(), cipher);
    await store.add(SERVICE, { watKloptNiet: 'Eerste', contact: '' }, NOW);
    await store.add(SERVICE, { watKloptNiet: 'Tweede', contact: 'bel 0612345678' }, new Date('2026-11-24T10:00:00Z'));
    const { items, total } = await store.page({ open: false, page: 1 });
    expect([total, items.map((i) => i.report.watKloptNiet)]).toEqual([2, ['Tweede', 'Eerste']]);
    expect(await store.markAfgehandeld(items[1]!.id, 'beheer@example.nl', NOW)).toBe(true);
    expect((await store.page({ open: true, page: 1 })).items.map((i) => i.report.watKloptNiet)).toEqual(['Tweede']);
    expect((await store.page({ open: true, page: 1 })).total).toBe(1);
    expect((await store.page({ open: false, page: 1 })).items[1]).toEqual({
      id: items[1]!.id, serviceId: SERVICE, createdAt: NOW.toISOString(), report: { watKloptNiet: 'Eerste', contact: '' },
      afgehandeldOp: NOW.toISOString(), afgehandeldDoor: 'beheer@example.nl',
    });
  });

  test('pages by the page size', async () => {
    const store = kloptNietStore(engine(), cipher);
    for (let i = 0; i <= KLOPT_NIET_PAGE_SIZE; i++) await store.add(SERVICE, { watKloptNiet: `Melding ${i}`, contact: '' }, NOW);
    const second = await store.page({ open: true, page: 2 });
    expect([second.total, second.items.map((i) => i.report.watKloptNiet)]).toEqual([KLOPT_NIET_PAGE_SIZE + 1, ['Melding 0']]);
  });

  test('marks a report as handled only once', async () => {
    const store = kloptNietStore(engine(), cipher);
    await store.add(SERVICE, { watKloptNiet: 'Eerste', contact: '' }, NOW);
    const [report] = (await store.page({ open: true, page: 1 })).items;
    expect([await store.markAfgehandeld(report!.id, 'a@example.nl', NOW), await store.markAfgehandeld(report!.id, 'b@example.nl', NOW),
      await store.markAfgehandeld(999, 'a@example.nl', NOW)]).toEqual([true, false, false]);
  });
});
