/**
 * Login and session-check throughput against PostgreSQL, beside baselines of the same run:
 * GET /api/health (no database) for the session check, and the raw argon2id verify rate (the cost
 * chosen on purpose in identity.passwords.ts) for the login.
 *
 *   npm run bench:identity           (BENCH_SECONDS=10 by default)
 */
import { availableParallelism } from 'node:os';
import { ARGON2_OPTIONS, hashPassword, verifyPassword } from '../apps/server/src/domains/identity/identity.passwords';
import { DEMO_PASSWORD } from '../apps/server/src/domains/identity/identity.seed';
import { DEMO_RESIDENTS } from '../apps/server/src/domains/registries/registries.demo';
import { load, printTable, recreateDatabase, seconds, startServer, type Figures } from './harness';

const port = 3900 + Math.floor(Math.random() * 90);
const phone = DEMO_RESIDENTS.zhangSan.phone;
const loginBody = JSON.stringify({ login: phone, password: DEMO_PASSWORD });
const json = { 'content-type': 'application/json' };

/** argon2id verifications per second on all cores: the ceiling a login can reach here. */
async function argon2Ceiling(): Promise<number> {
  const stored = await hashPassword(DEMO_PASSWORD);
  const started = Date.now();
  let done = 0;
  const workers = Array.from({ length: availableParallelism() }, async () => {
    while (Date.now() - started < 3000) {
      await verifyPassword(stored, DEMO_PASSWORD);
      done += 1;
    }
  });
  await Promise.all(workers);
  return (done * 1000) / (Date.now() - started);
}

async function sessionCookie(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/identity/login`, {
    method: 'POST',
    headers: json,
    body: loginBody,
  });
  const cookies = response.headers.getSetCookie();
  return cookies.map((c) => c.split(';')[0]).join('; ');
}

const ceiling = await argon2Ceiling();
const server = await startServer({ databaseUrl: await recreateDatabase('yici_bench_identity'), port });
try {
  const cookie = await sessionCookie();
  const health = { path: '/api/health' };
  const me = { path: '/api/me', headers: { cookie } };
  const login = { method: 'POST' as const, path: '/api/identity/login', headers: json, body: loginBody };
  await load({ name: 'warm-up', port, connections: 16, requests: [health, me] });
  const results: Figures[] = [
    await load({ name: 'baseline: GET /api/health (64 conn.)', port, connections: 64, requests: [health] }),
    await load({ name: 'session check: GET /api/me with a cookie (64 conn.)', port, connections: 64, requests: [me] }),
    await load({
      name: 'login: POST /api/identity/login, argon2id (16 conn.)',
      port,
      connections: 16,
      requests: [login],
    }),
  ];
  printTable(`identity benchmark — PostgreSQL, ${seconds} s each`, results);
  const logins = results[2]!.rps;
  console.log(
    `\nargon2id m=${ARGON2_OPTIONS.memoryCost} KiB t=${ARGON2_OPTIONS.timeCost} p=${ARGON2_OPTIONS.parallelism}: ` +
      `${ceiling.toFixed(0)} verifications/s on ${availableParallelism()} cores in-process; ` +
      `logins reach ${((logins / ceiling) * 100).toFixed(0)} % of that ceiling.`,
  );
} finally {
  server.kill('SIGTERM');
}
