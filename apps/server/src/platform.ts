import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Clock } from './platform/clock';
import type { Config } from './platform/config';
import { openDatabase, type Database, type DatabaseOptions } from './platform/db/database';
import { createHttpApp } from './platform/http/app';
import { createNetworkRepository } from './domains/network/network.repository';
import { createNetworkService } from './domains/network/network.service';
import { networkRoutes } from './domains/network/network.routes';
import { createCatalogRepository } from './domains/catalog/catalog.repository';
import { createCatalogService } from './domains/catalog/catalog.service';
import { catalogRoutes } from './domains/catalog/catalog.routes';
import { createAuditLog } from './platform/audit/audit.service';
import { auditRoutes } from './platform/audit/audit.routes';
import { createOutbox, developmentTransport, type OutboxTransport } from './platform/outbox/outbox.service';
import { outboxRoutes } from './platform/outbox/outbox.routes';
import { createRegistriesRepository } from './domains/registries/registries.repository';
import { createRegistriesService } from './domains/registries/registries.service';
import { registriesRoutes } from './domains/registries/registries.routes';
import { createRegistriesAccess } from './domains/registries/registries.access';
import { createIdentityService } from './domains/identity/identity.service';
import { identityRoutes } from './domains/identity/identity.routes';
import { createCalendarRepository } from './platform/calendar/calendar.repository';
import { createCalendarService } from './platform/calendar/calendar.service';
import { calendarRoutes } from './platform/calendar/calendar.routes';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Wires the domains' services over one database: the only place that knows them all. */
export function createServices(options: { database: Database; clock: Clock; transport?: OutboxTransport }) {
  const { database, clock } = options;
  const db = database.db;
  const audit = createAuditLog({ db, clock });
  const outbox = createOutbox({ db, clock, transport: options.transport ?? developmentTransport });
  const registriesRepo = createRegistriesRepository(db);
  const registries = createRegistriesService({ repo: registriesRepo, clock });
  const registriesAccess = createRegistriesAccess({ service: registries, repo: registriesRepo });
  const identity = createIdentityService({ db, clock, outbox, audit, registries });
  const calendar = createCalendarService({ repo: createCalendarRepository(db), clock, db, audit });
  const network = createNetworkService({ repo: createNetworkRepository(database.db), clock });
  const catalog = createCatalogService({ repo: createCatalogRepository(database.db), network, clock });
  return { audit, outbox, registries, registriesAccess, identity, calendar, network, catalog };
}

export type Services = ReturnType<typeof createServices>;

export async function createPlatformHttp(options: {
  database: Database;
  services: Services;
  logLevel: string;
  webDist: string | null;
  secureCookies: boolean;
  devOutboxPublic?: boolean;
}): Promise<FastifyInstance> {
  const { services } = options;
  return createHttpApp({
    logLevel: options.logLevel,
    version: VERSION,
    databaseKind: options.database.kind,
    webDist: options.webDist,
    resolveSession: services.identity.resolveSession,
    secureCookies: options.secureCookies,
    routes: [
      identityRoutes(services.identity, { secureCookies: options.secureCookies }),
      registriesRoutes(services.registriesAccess),
      auditRoutes(services.audit),
      outboxRoutes(services.outbox, { devPublic: options.devOutboxPublic ?? false }),
      calendarRoutes(services.calendar),
      networkRoutes(services.network),
      catalogRoutes(services.catalog),
    ],
  });
}

export function databaseOptionsOf(config: Config): DatabaseOptions {
  return config.database.kind === 'pglite'
    ? { kind: 'pglite', dataDir: config.database.dataDir }
    : { kind: 'postgresql', url: config.database.url };
}

export { openDatabase };
