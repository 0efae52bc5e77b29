import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES, type Actor } from '../apps/server/src/platform/actor';
import { grants } from '../apps/server/src/platform/access/permissions';
import { queryRows } from '../apps/server/src/platform/db/database';
import { createTestSession, sessionForAccount, type TestSession } from '../apps/server/src/testing/test-actors';
import { openTestApp, type TestApp } from '../apps/server/src/testing/test-app';
import {
  badRequestsFor,
  operationsOf,
  type Caller,
  type FuzzRequest,
  type OpenApiDocument,
  type Operation,
} from './fuzz.requests';

/**
 * The API under attack: ≥ 50,000 generated bad requests across every route of the OpenAPI
 * document — wrong types, boundary values, NUL, huge strings, wrong content types, unknown
 * fields, missing fields, odd path ids — sent by anonymous callers and by actors the route admits
 * (so validation and the use cases are reached, not only the permission check). Every answer
 * must be a 4xx problem (or a 2xx/3xx for what happens to be valid); none a 5xx, none a hang.
 */
const TOTAL_REQUESTS = Number(process.env.YICI_FUZZ_REQUESTS ?? 50_000);
const IN_FLIGHT = Number(process.env.YICI_FUZZ_IN_FLIGHT ?? 4);
const HANG_MS = 20_000;
/** Reported (not failed): answers this slow deserve a look. */
const SLOW_MS = 3_000;

type Tally = {
  sent: number;
  byClass: Record<string, number>;
  byCaller: Record<string, number>;
  serverErrors: { request: string; status: number; body: string }[];
  hangs: string[];
  notProblem: { request: string; status: number; type: string }[];
  msByOperation: Map<string, number>;
  slow: string[];
};

let t: TestApp;
let doc: OpenApiDocument;
const callers: Record<Exclude<Caller, 'anonymous'>, TestSession> = {} as never;

beforeAll(async () => {
  t = await openTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;
  callers.staff = await createTestSession(t.database.db, { kind: 'staff', roles: [...STAFF_ROLES] });
  callers.person = await createTestSession(t.database.db, { kind: 'person', level: 'in_person' });
  // A resident with certificates of his own, so certificate routes find something to work on.
  const [zhangSan] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from accounts where login = '13805310001'`,
  );
  callers.holder = await sessionForAccount(t.database.db, zhangSan!.id);
});
afterAll(async () => t?.close());

/** Real identifiers from the seeded platform, so some path ids point at something. */
async function knownValues(): Promise<Record<string, string[]>> {
  const read = async (url: string, as: TestSession | null) =>
    (await t.app.inject({ method: 'GET', url, headers: as?.headers ?? {} })).json() as unknown;
  const pick = (value: unknown, key: string): string[] =>
    Array.isArray(value)
      ? value.flatMap((item) => (item && typeof item === 'object' && key in item ? [String(item[key as never])] : []))
      : [];
  const items = (await read('/api/catalog/items?pageSize=5', null)) as { items: unknown[] };
  const certificates = await read('/api/me/certificates', callers.holder);
  return {
    id: [
      ...pick(await read('/api/seals', null), 'id'),
      ...pick(await read('/api/catalog/bundles', null), 'id'),
      // Not the fuzzer's own account: a valid PATCH could lock it out for the rest of the run.
      ...pick(((await read('/api/admin/staff?limit=100', callers.staff)) as { items?: unknown }).items, 'id').filter(
        (id) => id !== callers.staff.accountId,
      ),
    ],
    code: [...pick(items.items, 'code'), '37', '3701', '370102'],
    identifier: pick(Array.isArray(certificates) ? certificates : [], 'identifier'),
    documentId: pick(Array.isArray(certificates) ? certificates : [], 'documentId'),
    uscc: ['91370102MA3C5X8Y2N'],
    idNumber: ['370102199209214863'],
    year: ['2026', '2027'],
  };
}

function injectOptions(request: FuzzRequest): InjectOptions {
  const session = request.caller === 'anonymous' ? null : callers[request.caller];
  const headers: Record<string, string> = { ...(session?.headers ?? {}), ...request.headers };
  return {
    method: request.method as InjectOptions['method'],
    url: request.url,
    headers,
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  };
}

async function send(request: FuzzRequest, tally: Tally): Promise<void> {
  const label = `${request.method} ${request.url.slice(0, 160)} as ${request.caller} [${request.mutation}]`;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_MS)));
  const started = performance.now();
  const answer = await Promise.race([t.app.inject(injectOptions(request)), hang]);
  clearTimeout(timer);
  const operation = `${request.method} ${request.operation}`;
  tally.msByOperation.set(operation, (tally.msByOperation.get(operation) ?? 0) + performance.now() - started);
  tally.sent += 1;
  tally.byCaller[request.caller] = (tally.byCaller[request.caller] ?? 0) + 1;
  const tookMs = performance.now() - started;
  if (tookMs > SLOW_MS) tally.slow.push(`${Math.round(tookMs)} ms ${label}`);
  if (answer === 'hang') {
    tally.hangs.push(label);
    return;
  }
  const statusClass = `${Math.floor(answer.statusCode / 100)}xx`;
  tally.byClass[statusClass] = (tally.byClass[statusClass] ?? 0) + 1;
  if (answer.statusCode >= 500) {
    if (process.env.YICI_FUZZ_ONLY) console.log('5xx payload', String(request.payload).slice(0, 2_000));
    tally.serverErrors.push({ request: label, status: answer.statusCode, body: answer.body.slice(0, 300) });
  } else if (answer.statusCode >= 400 && !String(answer.headers['content-type']).includes('application/problem+json')) {
    tally.notProblem.push({ request: label, status: answer.statusCode, type: String(answer.headers['content-type']) });
  }
}

/** The same requests for an operation in every run, whichever operations run with it. */
function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/** Which actors a route admits; each request goes out as one of them or, sometimes, anonymously. */
function callersFor(operation: Operation): Caller[] {
  const route = t.app.apiRoutes.find((r) => r.method === operation.method && r.url === operation.fastifyUrl);
  if (!route) return ['anonymous'];
  // Logging out would end the fuzzer's own sessions: those routes are fuzzed anonymously.
  if (/\/logout/.test(operation.fastifyUrl)) return ['anonymous'];
  const admitted = (['staff', 'person', 'holder'] as const).filter((caller) => {
    const actor: Actor =
      caller === 'staff'
        ? { kind: 'staff', accountId: 'x', name: 'x', roles: [...STAFF_ROLES], departmentId: null, regionCode: '37' }
        : { kind: 'person', accountId: 'x', name: 'x', idNumber: 'x', realNameLevel: 'in_person', actingFor: null };
    return grants(actor, route.permission) === 'allowed';
  });
  return admitted.length > 0 ? admitted : ['anonymous'];
}

describe('the API under generated bad requests', () => {
  it(
    `answers ${TOTAL_REQUESTS} bad requests across every route with no 5xx and no hang`,
    async () => {
      // YICI_FUZZ_ONLY narrows the run to matching operations while investigating a finding.
      const only = process.env.YICI_FUZZ_ONLY ? new RegExp(process.env.YICI_FUZZ_ONLY) : null;
      const operations = operationsOf(doc).filter((o) => !only || only.test(`${o.method} ${o.path}`));
      const known = await knownValues();
      const perOperation = Math.ceil(TOTAL_REQUESTS / operations.length);
      const tally: Tally = {
        sent: 0,
        byClass: {},
        byCaller: {},
        serverErrors: [],
        hangs: [],
        notProblem: [],
        msByOperation: new Map(),
        slow: [],
      };
      const perRoute = new Map<string, number>();

      // One operation at a time: generated requests carry strings of up to 200,000 characters, and
      // holding all of them at once would make the run about memory rather than the server.
      const sending = performance.now();
      for (const operation of operations) {
        const queue = badRequestsFor(operation, {
          count: perOperation,
          seed: seedOf(`${operation.method} ${operation.path}`),
          callers: callersFor(operation),
          known,
          doc,
        });
        perRoute.set(`${operation.method} ${operation.path}`, queue.length);
        let next = 0;
        await Promise.all(
          Array.from({ length: IN_FLIGHT }, async () => {
            while (next < queue.length) await send(queue[next++]!, tally);
          }),
        );
      }

      const sentMs = performance.now() - sending;
      console.log(
        [
          `fuzz: ${tally.sent} requests over ${operations.length} operations (${perOperation} each)`,
          `  generated and answered in ${Math.round(sentMs)} ms (${Math.round((tally.sent / sentMs) * 1000)} requests/s)`,
          `  by status class: ${JSON.stringify(tally.byClass)}`,
          `  by caller: ${JSON.stringify(tally.byCaller)}`,
          `  slowest operations (total ms): ${[...tally.msByOperation]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 8)
            .map(([name, ms]) => `${name} ${Math.round(ms)}`)
            .join('; ')}`,
          `  5xx: ${tally.serverErrors.length}, hangs: ${tally.hangs.length}, 4xx not problem+json: ${tally.notProblem.length}`,
          ...tally.serverErrors.slice(0, 20).map((e) => `  5xx ${e.status} ${e.request}\n      ${e.body}`),
          ...tally.hangs.slice(0, 20).map((h) => `  hang ${h}`),
          `  slower than ${SLOW_MS} ms: ${tally.slow.length}`,
          ...tally.slow.slice(0, 20).map((s) => `  slow ${s}`),
          ...tally.notProblem.slice(0, 20).map((p) => `  not a problem: ${p.status} ${p.type} ${p.request}`),
        ].join('\n'),
      );
      expect(tally.sent).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
      expect(perRoute.size).toBe(operations.length);
      expect(tally.serverErrors).toEqual([]);
      expect(tally.hangs).toEqual([]);
      expect(tally.notProblem).toEqual([]);
    },
    30 * 60_000,
  );
});
