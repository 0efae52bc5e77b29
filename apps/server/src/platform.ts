import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
import { createCalendarRepository } from './platform/calendar/calendar.repository';
import { createCalendarService } from './platform/calendar/calendar.service';
import { calendarRoutes } from './platform/calendar/calendar.routes';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Wires the domains' services over one database: the only place that knows them all. */
export function createServices(options: { database: Database; clock: Clock }) {
  const { database, clock } = options;
  const calendar = createCalendarService({ repo: createCalendarRepository(database.db), clock });
  const network = createNetworkService({ repo: createNetworkRepository(database.db), clock });
  const catalog = createCatalogService({ repo: createCatalogRepository(database.db), network, clock });
  return { calendar, network, catalog };
}

export type Services = ReturnType<typeof createServices>;

export async function createPlatformHttp(options: {
  database: Database;
  services: Services;
  logLevel: string;
  webDist: string | null;
  adminToken: string;
}): Promise<FastifyInstance> {
  const { services } = options;
  return createHttpApp({
    logLevel: options.logLevel,
    version: VERSION,
    databaseKind: options.database.kind,
    webDist: options.webDist,
    routes: [
      calendarRoutes(services.calendar, { adminToken: options.adminToken }),
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

/** The configured admin token, or one generated once and kept in the data directory. */
export function resolveAdminToken(config: Config): { token: string; generated: boolean } {
  if (config.adminToken) return { token: config.adminToken, generated: false };
  const file = path.join(config.dataDir, 'admin-token');
  if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), generated: false };
  mkdirSync(config.dataDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, generated: true };
}

export { openDatabase };
