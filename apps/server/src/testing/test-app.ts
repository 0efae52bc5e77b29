import type { FastifyInstance } from 'fastify';
import { fixedClock } from '../platform/clock';
import { generousRateLimits, type RateLimits } from '../platform/rate-limit/rate-limit.rules';
import { createPlatformHttp, createServices, type Services } from '../platform';
import { openTestDatabase, TEST_AUDIT_SIGNER, TEST_SEAL_MASTER_KEY, type TestDatabase } from './test-database';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  services: Services;
  clock: ReturnType<typeof fixedClock>;
  /** Real time as the platform sees it beside its (perhaps simulated) clock: moved by hand too. */
  wallClock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
};

const exampleResolver = async (host: string) => {
  if (host.endsWith('.example.gov.cn')) return ['203.0.113.10'];
  if (host === 'rebind.example.cn') return ['203.0.113.11', '10.0.0.5'];
  throw new Error(`getaddrinfo ENOTFOUND ${host}`);
};

/** The whole platform over a seeded test database, driven through HTTP with `app.inject`. */
export async function openTestApp(
  options: {
    now?: string;
    rateLimits?: RateLimits;
    webhooks?: { allowHttp?: boolean; allowInternal?: boolean };
    figuresExportRowLimit?: number;
    /** Working days to rectify a bad rating (YICI_RECTIFICATION_DAYS); the platform's default 5 unless said. */
    rectificationDays?: number;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = fixedClock(new Date(options.now ?? '2026-11-27T02:00:00Z'));
  const wallClock = fixedClock(new Date(options.now ?? '2026-11-27T02:00:00Z'));
  const services = createServices({
    database,
    clock,
    wallClock,
    sealMasterKey: TEST_SEAL_MASTER_KEY,
    publicUrl: 'http://yici.test',
    // No DNS in tests: names under example.gov.cn are public (TEST-NET-3), the rest do not resolve.
    webhooks: { resolve: exampleResolver, ...options.webhooks },
    figuresExportRowLimit: options.figuresExportRowLimit,
    rectificationDays: options.rectificationDays,
    audit: { signer: TEST_AUDIT_SIGNER },
  });
  const app = await createPlatformHttp({
    database,
    services,
    clock,
    logLevel: 'silent',
    webDist: null,
    secureCookies: false,
    // Tests log in and verify many times from one address: limits are tested on their own.
    rateLimits: options.rateLimits ?? generousRateLimits(),
  });
  await app.ready();
  return {
    app,
    database,
    services,
    clock,
    wallClock,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
