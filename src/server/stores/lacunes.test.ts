import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { forEachEngine } from '../db/testing/engines';
import { lacuneStore, MAX_TERMS_PER_DAY } from './lacunes';

const NOW = new Date('2026-11-23T10:00:00Z');
const NEXT_DAY = new Date('2026-11-24T10:00:00Z');

forEachEngine('lacunes store', ({ engine }) => {
  test('counts words of searches without results, most frequent first, then in byte order', async () => {
    const lacunes = lacuneStore(engine());
    await lacunes.count(['strijkservice'], NOW);
    await lacunes.count(['buurtbus', 'strijkservice', 'Zorg', 'ápp'], NEXT_DAY);
    expect(await lacunes.list(NOW)).toEqual([{ term: 'strijkservice', aantal: 2 }, { term: 'Zorg', aantal: 1 }, { term: 'buurtbus', aantal: 1 },
      { term: 'ápp', aantal: 1 }]);
    expect(await lacunes.list(NOW, 2)).toEqual([{ term: 'strijkservice', aantal: 2 }, { term: 'Zorg', aantal: 1 }]);
    expect(await lacunes.list(NEXT_DAY)).toHaveLength(4);
  });

  test('stores only the word, the day and the count', async () => {
    await lacuneStore(engine()).count(['inloophuis'], NOW);
    expect((await sql`SELECT * FROM zoek_lacunes`.execute(engine().db)).rows).toEqual([{ term: 'inloophuis', dag: '2026-11-23', aantal: 1 }]);
  });

  test('stops adding new words after the daily cap, but keeps counting known ones', async () => {
    const lacunes = lacuneStore(engine(), 3);
    await lacunes.count(['aap', 'noot', 'mies'], NOW);
    await lacunes.count(['nieuw', 'noot'], NOW);
    expect(await lacunes.list(NOW)).toEqual([{ term: 'noot', aantal: 2 }, { term: 'aap', aantal: 1 }, { term: 'mies', aantal: 1 }]);
  });
});

test('has a daily cap of a few thousand words', () => {
  expect(MAX_TERMS_PER_DAY).toBe(2000);
});
