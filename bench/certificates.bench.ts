/**
 * Certificate issuances/s and verifications/s over HTTP against PostgreSQL, beside baselines of
 * the same run: GET /api/health (the HTTP ceiling) and the in-process SM2 sign and verify rates
 * (the cryptographic ceiling). An issuance is one transaction: registry check and data-use row,
 * identifier from a sequence, SM3 + SM2, the certificate, its event and its audit entry.
 *
 * Then verification again with the verified-signature memo switched off (YICI_CACHES=off, a
 * second server on the same database), and the target: verification by identifier ≥ 25 % of
 * the baseline.
 *
 *   npm run bench:certificates       (BENCH_SECONDS=10 by default)
 */
import { generateSealKeyPair, signSm2, verifySm2 } from '../apps/server/src/platform/crypto/sm';
import { DEMO_PASSWORD } from '../apps/server/src/domains/identity/identity.seed';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../apps/server/src/domains/registries/registries.demo';
import { load, printTable, recreateDatabase, seconds, startServer, type Figures } from './harness';

const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const json = { 'content-type': 'application/json' };

function cryptoCeiling(): { sign: number; verify: number } {
  const keys = generateSealKeyPair();
  const message = JSON.stringify({ identifier: '1.2.156.3005.2.x', data: { name: '济南一次网络科技有限公司' } });
  const rate = (work: () => void) => {
    const started = Date.now();
    let n = 0;
    while (Date.now() - started < 2000) {
      work();
      n += 1;
    }
    return (n * 1000) / (Date.now() - started);
  };
  const signature = signSm2({ ...keys, message });
  return {
    sign: rate(() => signSm2({ ...keys, message })),
    verify: rate(() => verifySm2({ publicKey: keys.publicKey, message, signature })),
  };
}

/** Logs the approver in, reading the second-factor code from the development outbox. */
async function approverSession(): Promise<{ cookie: string; csrf: string }> {
  const first = await fetch(`${base}/api/identity/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ login: 'approver.jinan', password: DEMO_PASSWORD }),
  });
  const { challengeId } = (await first.json()) as { challengeId: string };
  const [message] = (await (await fetch(`${base}/api/dev/outbox?recipient=13900000003&limit=1`)).json()) as {
    body: string;
  }[];
  const code = /(\d{6})/.exec(message!.body)![1];
  const second = await fetch(`${base}/api/identity/login/second-factor`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ challengeId, code }),
  });
  const cookies = second.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return {
    cookie: cookies.join('; '),
    csrf: cookies.find((c) => c.startsWith('yici_csrf='))!.slice('yici_csrf='.length),
  };
}

const foodLicence = JSON.stringify({
  type: 'food_business_licence',
  issuerDepartmentId: '3701-approval_bureau',
  data: {
    licenceNumber: 'JY13701020012345',
    operatorName: DEMO_ENTITIES.zhangjiStore.name,
    uscc: DEMO_ENTITIES.zhangjiStore.uscc,
    legalRepresentative: DEMO_RESIDENTS.zhangSan.name,
    residence: DEMO_ENTITIES.zhangjiStore.registeredAddress,
    premises: DEMO_ENTITIES.zhangjiStore.registeredAddress,
    mainFormat: 'food_sales',
    businessItems: '预包装食品（含冷藏冷冻食品）销售',
  },
});

const ceiling = cryptoCeiling();
const databaseUrl = await recreateDatabase('yici_bench_certificates');
let server = await startServer({ databaseUrl, port, env: { YICI_DEV_OUTBOX_PUBLIC: 'true' } });

function verificationTarget(results: Figures[]) {
  const baseline = results[0]!;
  const verify = results.find((r) => r.name.startsWith('verify'))!;
  const share = (verify.rps / baseline.rps) * 100;
  console.log(
    `target: verification by identifier ≥ 25 % of baseline — ${share >= 25 ? 'met' : 'MISSED'} (${share.toFixed(0)} %, p99 ${verify.p99} ms)`,
  );
}
try {
  const session = await approverSession();
  const staffHeaders = { ...json, cookie: session.cookie, 'x-csrf-token': session.csrf };
  const sample = (await (
    await fetch(`${base}/api/certificates`, { method: 'POST', headers: staffHeaders, body: foodLicence })
  ).json()) as { identifier: string };
  const issue = { method: 'POST' as const, path: '/api/certificates', headers: staffHeaders, body: foodLicence };
  const verify = {
    method: 'POST' as const,
    path: '/api/certificates/verify',
    headers: json,
    body: JSON.stringify({ identifier: sample.identifier }),
  };
  await load({ name: 'warm-up', port, connections: 8, requests: [issue, verify] });
  const results: Figures[] = [
    await load({
      name: 'baseline: GET /api/health (64 conn.)',
      port,
      connections: 64,
      requests: [{ path: '/api/health' }],
    }),
    await load({ name: 'issue: POST /api/certificates (16 conn.)', port, connections: 16, requests: [issue] }),
    await load({ name: 'verify: POST /api/certificates/verify (64 conn.)', port, connections: 64, requests: [verify] }),
  ];
  printTable(`certificates benchmark — PostgreSQL, ${seconds} s each`, results);
  console.log(
    `\nin-process SM2 on one core: ${ceiling.sign.toFixed(0)} signatures/s, ${ceiling.verify.toFixed(0)} verifications/s; ` +
      `issuance reaches ${((results[1]!.rps / ceiling.sign) * 100).toFixed(0)} % and verification ` +
      `${((results[2]!.rps / ceiling.verify) * 100).toFixed(0)} % of that.`,
  );
  verificationTarget(results);

  // The same database, every signature checked anew.
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  server = await startServer({ databaseUrl, port, env: { YICI_CACHES: 'off' } });
  const uncached: Figures[] = [
    await load({
      name: 'baseline: GET /api/health (64 conn.)',
      port,
      connections: 64,
      requests: [{ path: '/api/health' }],
    }),
    await load({ name: 'verify: POST /api/certificates/verify (64 conn.)', port, connections: 64, requests: [verify] }),
  ];
  printTable(`certificates benchmark, caches disabled (YICI_CACHES=off) — PostgreSQL, ${seconds} s each`, uncached);
  verificationTarget(uncached);
} finally {
  server.kill('SIGTERM');
}
