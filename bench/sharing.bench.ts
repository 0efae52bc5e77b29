/**
 * Data sharing against PostgreSQL, beside a baseline of the same run (GET /api/health): the token
 * endpoint (one argon2id verification per token, by design), an identity check by a department
 * system (token lookup + registry read + data-use row), pages of open datasets (paged, and
 * filtered, in the query), and page 20 of the service points, by number and by key (`after`), in
 * the open dataset and in the public list.
 *
 *   npm run bench:sharing           (BENCH_SECONDS=10 by default)
 */
import { fixedClock } from '../apps/server/src/platform/clock';
import { openDatabase } from '../apps/server/src/platform/db/database';
import { auditSignerOf } from '../apps/server/src/platform/audit/audit.signing';
import { createAuditLog } from '../apps/server/src/platform/audit/audit.service';
import { createOutbox, developmentTransport } from '../apps/server/src/platform/outbox/outbox.service';
import { createServiceAccounts } from '../apps/server/src/domains/sharing/sharing.accounts';
import { createSharingRepository } from '../apps/server/src/domains/sharing/sharing.repository';
import { DEMO_RESIDENTS } from '../apps/server/src/domains/registries/registries.demo';
import { load, printTable, recreateDatabase, seconds, startServer, type Figures } from './harness';

const port = 3900 + Math.floor(Math.random() * 90);
const databaseUrl = await recreateDatabase('yici_bench_sharing');
const server = await startServer({ databaseUrl, port });
try {
  // The account is registered in-process as an administrator would (the HTTP path needs a second factor).
  const database = await openDatabase({ kind: 'postgresql', url: databaseUrl, poolSize: 2 });
  const clock = fixedClock(new Date());
  const outbox = createOutbox({ db: database.db, clock, transport: developmentTransport });
  const audit = createAuditLog({
    db: database.db,
    clock,
    signer: auditSignerOf('3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8'),
    embedded: false,
    checkpoints: { directory: null, outbox, witness: null },
  });
  const accounts = createServiceAccounts({ db: database.db, repo: createSharingRepository(database.db), clock, audit });
  const issued = await accounts.register(
    {
      actor: {
        kind: 'staff',
        accountId: 'bench',
        name: '基准',
        roles: ['administrator'],
        departmentId: null,
        regionCode: '37',
      },
      requestId: 'bench',
      ip: null,
    },
    {
      name: '基准测试系统',
      kind: 'department',
      scopes: ['sharing:identity_check'],
      personFields: [],
      regionCode: '37',
      departmentId: null,
    },
  );
  await database.close();

  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const basic = `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`;
  const tokenRequest = {
    method: 'POST' as const,
    path: '/api/oauth/token',
    headers: { ...form, authorization: basic },
    body: 'grant_type=client_credentials',
  };
  const tokenResponse = await fetch(`http://127.0.0.1:${port}/api/oauth/token`, {
    method: 'POST',
    headers: tokenRequest.headers,
    body: tokenRequest.body,
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const { zhangSan } = DEMO_RESIDENTS;
  const check = {
    method: 'POST' as const,
    path: '/api/sharing/identity-checks',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ idNumber: zhangSan.idNumber, name: zhangSan.name, purpose: '基准测试' }),
  };
  const health = { path: '/api/health' };
  const rows = { path: '/api/open-data/datasets/departments/rows?pageSize=50' };
  const points = { path: '/api/open-data/datasets/service-points/rows?pageSize=50&page=20' };
  const filtered = {
    path: '/api/open-data/datasets/service-implementations/rows?pageSize=50&field=regionCode&value=370102',
  };
  // Page 20 asked by key: the `next` of page 19, as a client paging through would hold it.
  const nextOf = async (path: string) =>
    ((await (await fetch(`http://127.0.0.1:${port}${path}`)).json()) as { next: string | null }).next;
  const pointsKey = await nextOf('/api/open-data/datasets/service-points/rows?pageSize=50&page=19&fields=id');
  const pointsAfter = {
    path: `/api/open-data/datasets/service-points/rows?pageSize=50&after=${encodeURIComponent(pointsKey ?? '')}`,
  };
  const listed = { path: '/api/network/service-points?region=37&pageSize=50&page=20' };
  const listedKey = await nextOf('/api/network/service-points?region=37&pageSize=50&page=19');
  const listedAfter = {
    path: `/api/network/service-points?region=37&pageSize=50&after=${encodeURIComponent(listedKey ?? '')}`,
  };
  if (!pointsKey || !listedKey) throw new Error('fewer than 20 pages of service points: the deep page is not deep');
  await load({
    name: 'warm-up',
    port,
    connections: 16,
    requests: [health, check, rows, points, pointsAfter, listed, listedAfter, filtered],
  });
  const results: Figures[] = [
    await load({ name: 'baseline: GET /api/health (64 conn.)', port, connections: 64, requests: [health] }),
    await load({
      name: 'token: client credentials, argon2id (16 conn.)',
      port,
      connections: 16,
      requests: [tokenRequest],
    }),
    await load({ name: 'identity check by a system, logged (64 conn.)', port, connections: 64, requests: [check] }),
    await load({ name: 'open data: 50 rows of departments (64 conn.)', port, connections: 64, requests: [rows] }),
    await load({
      name: 'open data: page 20 of service points, page=20 (64 conn.)',
      port,
      connections: 64,
      requests: [points],
    }),
    await load({
      name: 'open data: page 20 of service points, after=key (64 conn.)',
      port,
      connections: 64,
      requests: [pointsAfter],
    }),
    await load({
      name: 'public list: page 20 of service points, page=20 (64 conn.)',
      port,
      connections: 64,
      requests: [listed],
    }),
    await load({
      name: 'public list: page 20 of service points, after=id (64 conn.)',
      port,
      connections: 64,
      requests: [listedAfter],
    }),
    await load({
      name: 'open data: implementations filtered by region (64 conn.)',
      port,
      connections: 64,
      requests: [filtered],
    }),
  ];
  printTable(`sharing benchmark — PostgreSQL, ${seconds} s each`, results);
} finally {
  server.kill('SIGTERM');
}
