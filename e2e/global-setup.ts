import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a plain ESM build script without type declarations
import { ensureWebBuilt } from '../scripts/web-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const GENEROUS_RATE_LIMITS = Object.fromEntries(
  ['VERIFY', 'LOGIN', 'REGISTER', 'CODE', 'SUBMIT'].map((name) => [
    `YICI_LIMIT_${name}`,
    'ip:100000/1m,account:100000/1m',
  ]),
);

/**
 * Browser journeys run against the platform as `npm start` runs it: the built web app, a fresh
 * embedded database seeded with the full reference data, one server process.
 */
export default async function setup() {
  await ensureWebBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-e2e-'));
  const port = 3400 + Math.floor(Math.random() * 500);
  // The embedded database, as a first `npm start` uses it.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      YICI_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      YICI_DEV_OUTBOX_PUBLIC: 'true',
      // Every journey logs in and verifies from this one address: the limits are tested on their own.
      ...GENEROUS_RATE_LIMITS,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Leave no server behind when the run gives up on it.
      server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error('the server did not start within 180 s');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.env.E2E_BASE_URL = baseUrl;
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
