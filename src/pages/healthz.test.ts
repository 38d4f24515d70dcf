import type { APIContext } from 'astro';
import { expect, test } from 'vitest';
import { GET } from './healthz';

const call = (journey: boolean, storage: boolean) => GET({
  locals: { app: { repository: { healthy: async () => journey }, storageHealthy: async () => storage, mail: { health: () => ({ aan: false }) } } },
} as unknown as APIContext) as Promise<Response>;

test('is 200 when both the journey\'s database and the storage layer answer', async () => {
  expect((await call(true, true)).status).toBe(200);
});

test('is 503 when the storage layer\'s database (PostgreSQL, when set) does not answer', async () => {
  const response = await call(true, false);
  expect([response.status, (await response.json() as { database: boolean }).database]).toEqual([503, false]);
});

test('is 503 when the journey\'s database does not answer', async () => {
  expect((await call(false, true)).status).toBe(503);
});
