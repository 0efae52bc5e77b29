/** Every table of the platform, for drizzle-kit: one schema, one linear migration history. */
export * from '../src/platform/db/platform.tables';
export * from '../src/platform/calendar/calendar.tables';
export * from '../src/platform/audit/audit.tables';
export * from '../src/platform/outbox/outbox.tables';
export * from '../src/domains/network/network.tables';
export * from '../src/domains/catalog/catalog.tables';
export * from '../src/domains/registries/registries.tables';
export * from '../src/domains/identity/identity.tables';
export * from '../src/domains/certificates/certificates.tables';
export * from '../src/platform/http/idempotency.tables';
export * from '../src/domains/deadlines/deadlines.tables';
export * from '../src/domains/cases/cases.tables';
export * from '../src/platform/rate-limit/rate-limit.tables';
export * from '../src/domains/hotline/hotline.tables';
export * from '../src/domains/ratings/ratings.tables';
export * from '../src/domains/sharing/sharing.tables';
export * from '../src/domains/opendata/opendata.tables';
