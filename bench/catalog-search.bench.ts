/**
 * Catalog search under load, against PostgreSQL: requests/s and p50/p99 latency at 64 concurrent
 * connections, beside a baseline measured in the same run (GET /api/health: the same server,
 * HTTP and validation, no database). The machine is shared and noisy: read the ratios.
 *
 *   npm run bench:catalog            (BENCH_SECONDS=10 by default; BENCH_DATABASE_URL to choose a server)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 64;
const port = 3900 + Math.floor(Math.random() * 90);
const database = 'yici_bench';

async function recreateDatabase() {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists ${database} with (force)`);
  await client.query(`create database ${database}`);
  await client.end();
}

function databaseUrl() {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function startServer() {
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl(),
      LOG_LEVEL: 'warn',
      YICI_DATA_DIR: '.tmp/bench',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('server did not start');
}

type Figures = { name: string; rps: number; p50: number; p99: number; errors: number };

async function load(name: string, paths: string[]): Promise<Figures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const q = (text: string) => encodeURIComponent(text);
const scenarios: [string, string[]][] = [
  ['baseline: GET /api/health (no database)', ['/api/health']],
  ['search q=营业执照 (province standard)', [`/api/catalog/items?q=${q('营业执照')}`]],
  ['search q=开办 in 青岛市 (implementations)', [`/api/catalog/items?region=3702&q=${q('开办')}`]],
  [
    'mixed browsing (region, department, audience, paging)',
    [
      `/api/catalog/items?region=370102&pageSize=20`,
      `/api/catalog/items?department=market_regulation`,
      `/api/catalog/items?audience=person&oneVisit=true&page=2`,
      `/api/catalog/items?region=3706&q=${q('不动产')}`,
    ],
  ],
];

await recreateDatabase();
const server = await startServer();
try {
  // Warm up the server, the JIT and PostgreSQL's caches before measuring.
  await load(
    'warm-up',
    scenarios.flatMap(([, paths]) => paths),
  );
  const results: Figures[] = [];
  for (const [name, paths] of scenarios) results.push(await load(name, paths));
  const baseline = results[0]!;
  console.log(`\ncatalog search benchmark — PostgreSQL, ${connections} connections, ${seconds} s each\n`);
  console.log(
    'scenario'.padEnd(58),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'vs baseline'.padStart(12),
    'errors'.padStart(7),
  );
  for (const r of results) {
    console.log(
      r.name.padEnd(58),
      r.rps.toFixed(0).padStart(8),
      String(r.p50).padStart(8),
      String(r.p99).padStart(8),
      `${((r.rps / baseline.rps) * 100).toFixed(0)} %`.padStart(12),
      String(r.errors).padStart(7),
    );
  }
} finally {
  server.kill('SIGTERM');
}
