import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { forEachEngine } from '../db/testing/engines';
import { samenTellingen } from './samen-tellingen';

const NOV = new Date('2026-11-23T10:00:00Z');
const DEC = new Date('2026-12-01T08:00:00Z');
const helper = { helperNaam: 'Fenna', helperRol: 'vrijwilliger', helperOrganisatie: '' };

forEachEngine('samen-tellingen store', ({ engine }) => {
  test('counts sent meldingen per month, per way of filling in and per dorpssteunpunt', async () => {
    const tellingen = samenTellingen(engine());
    await tellingen.count({ invuller: { wie: 'samen', ...helper, dorpssteunpunt: 'Dorpssteunpunt Smilde' } }, NOV);
    await tellingen.count({ invuller: { wie: 'samen', ...helper, dorpssteunpunt: 'Dorpssteunpunt Smilde' } }, NOV);
    await tellingen.count({ invuller: { wie: 'samen', ...helper, dorpssteunpunt: 'Dorpssteunpunt beilen' } }, NOV);
    await tellingen.count({ invuller: { wie: 'namens', naam: 'Sandra', relatie: 'dochter', telefoon: '0612345678', email: '', weetPersoon: 'ja', eersteContact: 'invuller' } }, NOV);
    await tellingen.count({}, DEC);
    expect(await tellingen.list(NOV)).toEqual([
      { maand: '2026-12', invuller: 'zelf', dorpssteunpunt: '', aantal: 1 },
      { maand: '2026-11', invuller: 'namens', dorpssteunpunt: '', aantal: 1 },
      { maand: '2026-11', invuller: 'samen', dorpssteunpunt: 'Dorpssteunpunt Smilde', aantal: 2 },
      { maand: '2026-11', invuller: 'samen', dorpssteunpunt: 'Dorpssteunpunt beilen', aantal: 1 },
    ]);
  });

  test('counts every one of many sent at the same time', async () => {
    const tellingen = samenTellingen(engine());
    await Promise.all(Array.from({ length: 20 }, () => tellingen.count({}, NOV)));
    expect(await tellingen.list(NOV)).toEqual([{ maand: '2026-11', invuller: 'zelf', dorpssteunpunt: '', aantal: 20 }]);
  });

  test('leaves out months before `since`', async () => {
    const tellingen = samenTellingen(engine());
    await tellingen.count({}, NOV);
    expect(await tellingen.list(DEC)).toEqual([]);
  });

  test('stores only the month, the way of filling in, the dorpssteunpunt and the count', async () => {
    await samenTellingen(engine()).count({ invuller: { wie: 'samen', ...helper, dorpssteunpunt: 'Dorpssteunpunt Beilen' } }, NOV);
    expect((await sql`SELECT * FROM samen_tellingen`.execute(engine().db)).rows).toEqual([
      { maand: '2026-11', invuller: 'samen', dorpssteunpunt: 'Dorpssteunpunt Beilen', aantal: 1 },
    ]);
  });
});
