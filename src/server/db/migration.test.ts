import { expect, test } from 'vitest';
import { pending } from './migration';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

test('leaves out what was applied and keeps the order of the rest', () => {
  const all = [{ name: 'a-001', sql: '' }, { name: 'a-002', sql: '' }, { name: 'b-001', sql: '' }];
  expect(pending(all, new Set(['a-002'])).map((m) => m.name)).toEqual(['a-001', 'b-001']);
});

test('refuses a list that names a migration twice', () => {
  expect(() => pending([{ name: 'a-001', sql: '' }, { name: 'a-001', sql: 'x' }], new Set())).toThrow('Migration a-001 is listed twice');
  expect(() => pending(SQLITE_MIGRATIONS, new Set())).not.toThrow();
  expect(() => pending(POSTGRES_MIGRATIONS, new Set())).not.toThrow();
});
