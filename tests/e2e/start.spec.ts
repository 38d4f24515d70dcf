import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * npm start opens the port only when the portal is ready: the sociale kaart is indexed before the first request, so no
 * visitor waits for it (and nobody else waits while one does). Starts its own server on a port of its own.
 */
const PORT = Number(process.env.E2E_PORT ?? 4399) + 2000;

const accepts = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('error', () => resolve(false));
});

test('the sociale kaart is indexed before the port opens', async () => {
  test.setTimeout(60_000);
  const server = spawn(process.execPath, ['src/server/serve.ts'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', KRACHTWIJZER_DATA_DIR: mkdtempSync(join(tmpdir(), 'krachtwijzer-start-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  try {
    await expect.poll(() => accepts(PORT), { timeout: 45_000, intervals: [50] }).toBe(true);
    // No request has been made: the index line can only come from the start itself (the pipe may deliver it a moment later).
    await expect.poll(() => output, { timeout: 5_000 }).toMatch(/"event":"sociale-kaart-index","entries":\d+/);
  } finally {
    server.kill();
  }
});
