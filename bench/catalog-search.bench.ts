/**
 * Catalog search under load, against PostgreSQL: requests/s and p50/p99 latency at 64 concurrent
 * connections, beside a baseline measured in the same run (GET /api/health: the same server,
 * HTTP and validation, no database). The machine is shared and noisy: read the ratios.
 *
 *   npm run bench:catalog            (BENCH_SECONDS=10 by default; BENCH_DATABASE_URL to choose a server)
 */
import { load, printTable, recreateDatabase, seconds, startServer, type Figures } from './harness';

const connections = 64;
const port = 3900 + Math.floor(Math.random() * 90);
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

const server = await startServer({ databaseUrl: await recreateDatabase('yici_bench'), port });
try {
  // Warm up the server, the JIT and PostgreSQL's caches before measuring.
  const all = scenarios.flatMap(([, paths]) => paths.map((path) => ({ path })));
  await load({ name: 'warm-up', port, connections, requests: all });
  const results: Figures[] = [];
  for (const [name, paths] of scenarios) {
    results.push(await load({ name, port, connections, requests: paths.map((path) => ({ path })) }));
  }
  printTable(`catalog search benchmark — PostgreSQL, ${connections} connections, ${seconds} s each`, results);
} finally {
  server.kill('SIGTERM');
}
