import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { systemClock, type Clock } from './platform/clock';
import { randomIds, type IdSource } from './platform/ids';
import type { Config } from './platform/config';
import { openDatabase, type Database, type DatabaseOptions } from './platform/db/database';
import { createHttpApp } from './platform/http/app';
import { createRateLimiter } from './platform/rate-limit/rate-limit';
import type { RateLimits } from './platform/rate-limit/rate-limit.rules';
import { createNetworkRepository } from './domains/network/network.repository';
import { createNetworkService } from './domains/network/network.service';
import { networkRoutes } from './domains/network/network.routes';
import { createCatalogRepository } from './domains/catalog/catalog.repository';
import { createCatalogService } from './domains/catalog/catalog.service';
import { readSearchVocabulary } from './domains/catalog/catalog.vocabulary';
import { catalogRoutes } from './domains/catalog/catalog.routes';
import { createListCursors, cursorKeyFrom } from './platform/db/keyset';
import { createAuditLog } from './platform/audit/audit.service';
import { auditRoutes } from './platform/audit/audit.routes';
import type { AuditSigner } from './platform/audit/audit.signing';
import type { CheckpointDirectory } from './platform/audit/audit.checkpoints';
import { createOutbox, developmentTransport, type OutboxTransport } from './platform/outbox/outbox.service';
import { outboxRoutes } from './platform/outbox/outbox.routes';
import { createRegistriesRepository } from './domains/registries/registries.repository';
import { createRegistriesService } from './domains/registries/registries.service';
import { registriesRoutes } from './domains/registries/registries.routes';
import { createRegistriesAccess } from './domains/registries/registries.access';
import { createIdentityService } from './domains/identity/identity.service';
import { identityRoutes } from './domains/identity/identity.routes';
import { createCalendarRepository } from './platform/calendar/calendar.repository';
import { createKeyWrapper, generateMasterKey, parseMasterKey } from './platform/crypto/sm';
import { createSealService } from './domains/certificates/certificates.seals';
import { createCertificateService } from './domains/certificates/certificates.service';
import { certificatesRoutes } from './domains/certificates/certificates.routes';
import { platformBody } from './seed/seed';
import { createCalendarService } from './platform/calendar/calendar.service';
import { calendarRoutes } from './platform/calendar/calendar.routes';
import { createDeadlineService } from './domains/deadlines/deadlines.service';
import { createPlanResolver } from './domains/cases/cases.plan';
import { createSerialAllocator } from './domains/cases/cases.serials';
import { createCasesService } from './domains/cases/cases.service';
import { casesRoutes } from './domains/cases/cases.routes';
import { createClockControl } from './domains/simulation/simulation.clock-control';
import { simulationRoutes } from './domains/simulation/simulation.routes';
import type { SimulatedClock } from './domains/simulation/simulation.clock';
import { createRatingsService } from './domains/ratings/ratings.service';
import { ratingsRoutes } from './domains/ratings/ratings.routes';
import { createHotlineService } from './domains/hotline/hotline.service';
import { hotlineRoutes } from './domains/hotline/hotline.routes';
import { createCalendar } from './platform/calendar/calendar';
import type { HistoryPorts } from './domains/simulation/history.generate';
import { createSharingRepository } from './domains/sharing/sharing.repository';
import { createServiceAccounts } from './domains/sharing/sharing.accounts';
import { createSharingLookups } from './domains/sharing/sharing.lookups';
import { createTokenEndpoint } from './domains/sharing/sharing.oauth';
import { createWebhooks, type WebhookSender } from './domains/sharing/sharing.webhooks';
import { dnsResolver, guardedSender, type Resolver } from './domains/sharing/sharing.webhook-address';
import { sharingRoutes } from './domains/sharing/sharing.routes';
import { createConsents } from './domains/sharing/sharing.consents';
import { createCaseReferences } from './domains/cases/cases.references';
import { createHeldCertificates } from './domains/certificates/certificates.held';
import { openDatasets } from './domains/opendata/opendata.catalog';
import { createOpenData } from './domains/opendata/opendata.service';
import { openDataRoutes } from './domains/opendata/opendata.routes';
import { createEvaluationService } from './domains/evaluation/evaluation.service';
import { createReformService } from './domains/evaluation/evaluation.reform';
import { replayYear } from './domains/simulation/history.replay';
import { evaluationRoutes } from './domains/evaluation/evaluation.routes';
import { bundleMeasures } from './domains/cases/cases.measures';
import { createSealedReportRenderer } from './domains/certificates/certificates.sealed-report';
import { createCaseRollupSource, type HallRegions } from './domains/cases/cases.rollup-source';
import { createRollups } from './domains/figures/figures.rollups';
import { createFiguresService } from './domains/figures/figures.service';
import { figuresRoutes } from './domains/figures/figures.routes';
import { createLedgerService } from './domains/ledger/ledger.service';
import { createLedgerOversight } from './domains/ledger/ledger.oversight';
import { createBulletinService } from './domains/ledger/ledger.bulletins';
import { ledgerRoutes } from './domains/ledger/ledger.routes';
import { createCasesBulletinSource } from './domains/cases/cases.bulletin-source';
import { createMonitoringPass } from './domains/monitoring/monitoring.pass';
import { activeStaff } from './domains/identity/identity.monitoring';
import { createMonitoringService } from './domains/monitoring/monitoring.service';
import { createMonitoringFiguresSource } from './domains/monitoring/monitoring.figures-source';
import { monitoringRoutes } from './domains/monitoring/monitoring.routes';
import { caseResponsibilityOf } from './domains/cases/cases.monitoring';
import { ticketClockKindOf, ticketResponsibilityOf } from './domains/hotline/hotline.monitoring';
import { rectificationResponsibilityOf } from './domains/ratings/ratings.monitoring';
import { milestoneResponsibilityOf } from './domains/ledger/ledger.monitoring';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Wires the domains' services over one database: the only place that knows them all. */
export function createServices(options: {
  database: Database;
  /** Real time, or the simulated clock of 模拟环境: every domain and job reads this one. */
  clock: Clock | SimulatedClock;
  /**
   * Real time whatever `clock` is, for the liveness of background runs (a heartbeat must not age
   * when an administrator moves the simulated clock); default the system's.
   */
  wallClock?: Pick<Clock, 'now'>;
  sealMasterKey: Buffer;
  publicUrl: string;
  transport?: OutboxTransport;
  /**
   * How webhooks are sent (default: node:http(s) with the internal-address check at connection),
   * whether plain http addresses are accepted, whether receivers inside the network are, and how
   * host names resolve (default: DNS).
   */
  webhooks?: { send?: WebhookSender; allowHttp?: boolean; allowInternal?: boolean; resolve?: Resolver };
  /** The audit signing key and where daily checkpoints go (a directory outside the database, a witness). */
  audit: { signer: AuditSigner; witness?: string | null; checkpointDirectory?: CheckpointDirectory | null };
  /** Working days to rectify a bad rating (YICI_RECTIFICATION_DAYS; default 5). */
  rectificationDays?: number;
  /** In-memory memos of catalog answers and verified signatures (YICI_CACHES); on unless said. */
  caches?: boolean;
  /** The most rows a figures table export may have (default 10,000). */
  figuresExportRowLimit?: number;
  /** Where new tickets and ratings get their ids: random unless a simulation run seeds them. */
  ids?: IdSource;
}) {
  const caches = options.caches ?? true;
  const { database, clock } = options;
  const db = database.db;
  const outbox = createOutbox({ db, clock, transport: options.transport ?? developmentTransport });
  // One key for every list's cursors, derived from the master key so that all processes agree.
  const cursors = createListCursors(cursorKeyFrom(options.sealMasterKey));
  const audit = createAuditLog({
    db,
    clock,
    cursors,
    signer: options.audit.signer,
    embedded: database.kind === 'pglite',
    checkpoints: {
      directory: options.audit.checkpointDirectory ?? null,
      outbox,
      witness: options.audit.witness ?? null,
    },
  });
  const registriesRepo = createRegistriesRepository(db);
  const registries = createRegistriesService({ repo: registriesRepo, clock, cursors });
  const registriesAccess = createRegistriesAccess({ service: registries, repo: registriesRepo });
  const identity = createIdentityService({ db, clock, outbox, audit, registries, cursors });
  const calendar = createCalendarService({
    repo: createCalendarRepository(db),
    clock,
    db,
    audit,
    // Entering a year moves every running clock through it, in the same transaction.
    onYearEntered: async (tx, context, change) => {
      const { rederived, moved } = await deadlines.rederiveIn(tx, change.calendar, change.year);
      await cases.recordDueDaysMovedIn(tx, context, { year: change.year, moves: moved });
      return { clocksRederived: rederived, dueDaysMoved: moved.length };
    },
    warnings: { outbox, administratorPhones: () => identity.staffPhonesWithRole('administrator') },
  });
  const network = createNetworkService({ repo: createNetworkRepository(database.db), clock });
  const catalog = createCatalogService({
    repo: createCatalogRepository(database.db),
    network,
    clock,
    caches,
    vocabulary: readSearchVocabulary(),
  });
  const keys = createKeyWrapper(options.sealMasterKey);
  const seals = createSealService({ db, clock, keys, audit });
  const certificates = createCertificateService({
    db,
    clock,
    seals,
    audit,
    registries,
    network,
    events: outbox,
    publicUrl: options.publicUrl,
    platformBody: platformBody(),
    caches,
  });
  const deadlines = createDeadlineService({ calendar, clock });
  const cases = createCasesService({
    db,
    databaseKind: database.kind,
    clock,
    audit,
    outbox,
    calendar,
    deadlines,
    catalog,
    network,
    registries,
    certificates,
    identity,
    plans: createPlanResolver({ catalog, network, clock }),
    serials: createSerialAllocator(db),
    cursors,
    // The rating invitation (一事一评) leaves with the completion.
    onCompleted: (completed) => ratings.invitationStatements(completed),
  });
  const ids = options.ids ?? randomIds;
  const ratings = createRatingsService({
    cursors,
    db,
    clock,
    ids,
    audit,
    outbox,
    calendar,
    deadlines,
    cases,
    network,
    publicUrl: options.publicUrl,
    rectificationDays: options.rectificationDays,
    // A rating that asks for follow-up opens a 12345 ticket (the hotline is built below; called later).
    followUp: (context, input) => hotline.prepareRatingFollowUp(context, input),
  });
  const hotline = createHotlineService({
    cursors,
    db,
    clock,
    ids,
    audit,
    outbox,
    calendar,
    deadlines,
    network,
    catalog,
    cases,
    identity,
    registries,
    ratings,
  });
  // Jobs a process runs on time (the law's deadline rules, calendar warnings) register here to
  // run at once after an administrator moved the simulated clock.
  const afterClockAdvance: (() => void)[] = [];
  const clockControl = createClockControl({
    db,
    clock,
    audit,
    calendar,
    onAdvanced: () => {
      audit.sealSoon();
      outbox.deliverSoon();
      for (const run of afterClockAdvance) run();
    },
  });
  const sharingRepo = createSharingRepository(db);
  const serviceAccounts = createServiceAccounts({ db, repo: sharingRepo, clock, audit });
  const consents = createConsents({ db, clock, audit, repo: sharingRepo });
  const sharing = {
    accounts: serviceAccounts,
    webhooks: createWebhooks({
      repo: sharingRepo,
      cursors,
      outbox,
      clock,
      audit,
      keys,
      send:
        options.webhooks?.send ??
        guardedSender({ allowInternal: options.webhooks?.allowInternal ?? false, resolve: options.webhooks?.resolve }),
      allowHttp: options.webhooks?.allowHttp ?? false,
      allowInternal: options.webhooks?.allowInternal ?? false,
      resolve: options.webhooks?.resolve ?? dnsResolver,
    }),
    consents,
    lookups: createSharingLookups({
      registries,
      accounts: serviceAccounts,
      consents,
      cases: createCaseReferences(db),
      certificates: createHeldCertificates({ db, clock, registries }),
    }),
    token: createTokenEndpoint(serviceAccounts),
  };
  const openData = createOpenData({
    db,
    datasets: openDatasets({ db, calendar, clock, publicUrl: options.publicUrl }),
  });
  const evaluation = createEvaluationService({
    db,
    clock,
    audit,
    network,
    catalog,
    calendar,
    measures: (query) => bundleMeasures(db, query),
    renderSealedReport: createSealedReportRenderer({ db, clock, seals, platformBody: platformBody() }),
  });
  // The reform simulator replays the history generator's year in memory, with today's calendar.
  const reforms = createReformService({
    db,
    clock,
    wallClock: options.wallClock ?? systemClock,
    audit,
    network,
    catalog,
    calendar,
    replay: async (request) => replayYear({ network, catalog, calendar: await calendar.calendar() }, clock, request),
  });
  const halls = hallRegionsOf(network, clock);
  const caseRollupSource = createCaseRollupSource(db);
  const rollups = createRollups({ db, clock, source: caseRollupSource, halls });
  const figuresExportRowLimit = options.figuresExportRowLimit ?? 10_000;
  // 电子监察's cards, read from its records, for the dashboards and the bulletins.
  const monitoringFigures = createMonitoringFiguresSource({ db, clock, network });
  const figures = createFiguresService({
    db,
    clock,
    rollups,
    source: caseRollupSource,
    network,
    catalog,
    ratings,
    hotline,
    registries,
    cards: monitoringFigures,
    halls,
    cursors,
    exportRowLimit: figuresExportRowLimit,
  });
  const ledgerDeps = { db, clock, audit, calendar, deadlines, network, cursors };
  const ledgerTasks = createLedgerService(ledgerDeps);
  const oversight = createLedgerOversight(ledgerDeps);
  const ledger = {
    ledger: ledgerTasks,
    oversight,
    bulletins: createBulletinService({
      db,
      clock,
      audit,
      calendar,
      ledger: ledgerTasks,
      oversight,
      // Red cards are 电子监察's card records; the 3545 medians are still computed from the case records.
      sources: {
        redCardsBy: monitoringFigures.redCardsBy,
        figures3545ByCity: createCasesBulletinSource({ db, clock, network }).figures3545ByCity,
      },
      certificates,
      cursors,
    }),
  };
  // 电子监察 reads the clocks through the deadlines domain's port and asks each domain who answers for its own.
  const monitoringPass = createMonitoringPass({
    db,
    clock,
    databaseKind: options.database.kind,
    calendar,
    deadlines,
    ports: {
      responsibilityOf: [
        caseResponsibilityOf,
        ticketResponsibilityOf,
        rectificationResponsibilityOf,
        milestoneResponsibilityOf,
      ],
      ticketClockKindOf,
      staff: activeStaff,
    },
  });
  const monitoring = createMonitoringService({
    db,
    clock,
    audit,
    deadlines,
    calendar,
    network,
    pass: monitoringPass,
    cursors,
  });
  return {
    evaluation,
    reforms,
    rollups,
    figures,
    figuresExportRowLimit,
    ledger,
    clockControl,
    afterClockAdvance,
    publicUrl: options.publicUrl,
    sharing,
    openData,
    audit,
    outbox,
    registries,
    registriesAccess,
    identity,
    calendar,
    network,
    catalog,
    seals,
    certificates,
    deadlines,
    cases,
    ratings,
    hotline,
    monitoring,
    monitoringPass,
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * Every service point's region, read through the network service. Checked once a minute: points
 * are only ever added (by seeding, perhaps in another process), so an unchanged count keeps the
 * map, and a changed one reads it again.
 */
function hallRegionsOf(network: ReturnType<typeof createNetworkService>, clock: Clock): () => Promise<HallRegions> {
  let kept: { at: number; count: number; halls: HallRegions } | null = null;
  return async () => {
    const now = clock.now().getTime();
    if (kept && now - kept.at < 60_000 && now >= kept.at) return kept.halls;
    if (kept && (await network.countServicePoints()) === kept.count) {
      kept = { ...kept, at: now };
      return kept.halls;
    }
    const { regions, count } = await network.servicePointRegions();
    kept = { at: now, count, halls: regions };
    return regions;
  };
}

/**
 * What the bulk history generator reads (`generateHistory(database, ports, clock, request)`):
 * divisions and catalog through their services, and the calendar with its overrides.
 */
export async function historyPortsOf(database: Database, clock: Clock): Promise<HistoryPorts> {
  const network = createNetworkService({ repo: createNetworkRepository(database.db), clock });
  const catalog = createCatalogService({
    repo: createCatalogRepository(database.db),
    network,
    clock,
    vocabulary: readSearchVocabulary(),
  });
  const calendar = createCalendar({ overrides: await createCalendarRepository(database.db).listOverrides() });
  return { network, catalog, calendar };
}

/** The figures' rollups over a database, for the command line (`yici figures rebuild`, after `yici history`). */
export function figuresRollupsOf(database: Database, clock: Clock) {
  const network = createNetworkService({ repo: createNetworkRepository(database.db), clock });
  return createRollups({
    db: database.db,
    clock,
    source: createCaseRollupSource(database.db),
    halls: hallRegionsOf(network, clock),
  });
}

export async function createPlatformHttp(options: {
  database: Database;
  services: Services;
  clock: Clock;
  logLevel: string;
  webDist: string | null;
  secureCookies: boolean;
  devOutboxPublic?: boolean;
  /** Per IP and per account; tests pass generous ones (their own tests set low ones). */
  rateLimits: RateLimits;
  trustProxy?: boolean | string;
}): Promise<FastifyInstance> {
  const { services } = options;
  return createHttpApp({
    logLevel: options.logLevel,
    version: VERSION,
    databaseKind: options.database.kind,
    simulated: services.clockControl.simulated,
    pingDatabase: () => options.database.ping(),
    webDist: options.webDist,
    resolveSession: services.identity.resolveSession,
    publicUrl: services.publicUrl,
    resolveToken: services.sharing.accounts.resolveToken,
    secureCookies: options.secureCookies,
    idempotency: { db: options.database.db, clock: options.clock },
    rateLimiter: createRateLimiter({ db: options.database.db, clock: options.clock, limits: options.rateLimits }),
    trustProxy: options.trustProxy,
    routes: [
      identityRoutes(services.identity, { secureCookies: options.secureCookies }),
      registriesRoutes(services.registriesAccess),
      auditRoutes(services.audit),
      outboxRoutes(services.outbox, { devPublic: options.devOutboxPublic ?? false }),
      calendarRoutes(services.calendar),
      networkRoutes(services.network),
      catalogRoutes(services.catalog),
      certificatesRoutes(services.certificates, services.seals),
      casesRoutes(services.cases),
      simulationRoutes(services.clockControl),
      hotlineRoutes(services.hotline),
      ratingsRoutes(services.ratings),
      sharingRoutes(services.sharing),
      openDataRoutes(services.openData),
      evaluationRoutes(services.evaluation, services.reforms),
      figuresRoutes(services.figures, { exportRowLimit: services.figuresExportRowLimit }),
      ledgerRoutes(services.ledger),
      monitoringRoutes(services.monitoring),
    ],
  });
}

export function databaseOptionsOf(config: Config): DatabaseOptions {
  return config.database.kind === 'pglite'
    ? { kind: 'pglite', dataDir: config.database.dataDir, slowStatementMs: config.slowStatementMs }
    : { kind: 'postgresql', url: config.database.url, poolSize: config.database.poolSize };
}

/**
 * The master key that wraps the seals' private keys: from configuration, or generated once into the
 * data directory (embedded mode) with a warning, since a key beside the data protects little.
 */
export function resolveSealMasterKey(config: Config): { key: Buffer; warning: string | null } {
  if (config.sealMasterKey) return { key: parseMasterKey(config.sealMasterKey), warning: null };
  const file = path.join(config.dataDir, 'seal-master.key');
  const warning = `电子印章主密钥保存在 ${file}；生产环境请通过 YICI_SEAL_MASTER_KEY 提供并妥善保管 (seal master key kept beside the data)`;
  if (existsSync(file)) return { key: parseMasterKey(readFileSync(file, 'utf8').trim()), warning };
  mkdirSync(config.dataDir, { recursive: true });
  const key = generateMasterKey();
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600 });
  return { key, warning };
}

export { openDatabase };
