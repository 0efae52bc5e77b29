import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db/database';
import { platformMeta } from '../platform/db/platform.tables';
import { createNetworkRepository } from '../domains/network/network.repository';
import { seedNetwork, type NetworkSeedScope } from '../domains/network/network.seed';
import { createCatalogRepository } from '../domains/catalog/catalog.repository';
import { readCatalogSeed, seedCatalog, type CatalogSeedData } from '../domains/catalog/catalog.seed';
import { createRegistriesRepository } from '../domains/registries/registries.repository';
import { seedRegistries } from '../domains/registries/registries.seed';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../domains/registries/registries.demo';
import { seedDemoAccounts } from '../domains/identity/identity.seed';
import { DEPARTMENT_NAMES } from '@yici/contracts';
import { bodyUscc } from '../domains/network/network.seed';
import { createAuditLog } from '../platform/audit/audit.service';
import { createKeyWrapper } from '../platform/crypto/sm';
import { createSealService } from '../domains/certificates/certificates.seals';
import { seedCertificates } from '../domains/certificates/certificates.seed';
import { seedHotline } from '../domains/hotline/hotline.seed';
import { seedLedger } from '../domains/ledger/ledger.seed';
import { createCalendar } from '../platform/calendar/calendar';
import { createCalendarRepository } from '../platform/calendar/calendar.repository';

/** The platform's own body (the province's government-services office): it signs annotated copies. */
export function platformBody() {
  return {
    uscc: bodyUscc('government_services', '37'),
    name: `山东省${DEPARTMENT_NAMES.government_services}`,
    regionCode: '37',
  };
}

const DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));
const SEEDED_KEY = 'reference_data_seeded_at';

/** What each kind of service point takes in, derived from the catalog. */
function intakeLists(data: CatalogSeedData) {
  const personal = data.items.filter((i) => i.audiences.includes('person'));
  return {
    town: personal.filter((i) => i.onlineDepth >= 3).map((i) => i.basicCode),
    village: personal
      .filter((i) => i.themes.some((t) => ['社会保障', '出生', '退休', '身后事', '医疗卫生'].includes(t)))
      .map((i) => i.basicCode),
    kiosk: data.items.filter((i) => i.onlineDepth === 4).map((i) => i.basicCode),
  };
}

/**
 * Seeds the reference data (regions, departments, service points, catalog) in one transaction,
 * once per database: a second start finds the marker and does nothing.
 */
export async function seedReferenceData(
  db: Db,
  options: { clock: Clock; scope: NetworkSeedScope; sealMasterKey: Buffer },
): Promise<'seeded' | 'already_seeded'> {
  return db
    .transaction(async (tx) => {
      // One seeder at a time, even when several processes start against one database.
      await tx.execute(sql`lock table ${platformMeta} in exclusive mode`);
      const marker = await tx.select().from(platformMeta).where(eq(platformMeta.key, SEEDED_KEY));
      if (marker.length > 0) return 'already_seeded';

      const catalogData = readCatalogSeed(`${DATA_DIR}catalog`);
      const networkRepo = createNetworkRepository(tx);
      await seedNetwork(networkRepo, {
        regionsFile: `${DATA_DIR}regions/shandong-regions.json`,
        scope: options.scope,
        intake: intakeLists(catalogData),
      });
      const departments = await networkRepo.listDepartments({});
      const regions = departments.map((d) => ({ code: d.regionCode, level: d.level }));
      const uniqueRegions = [...new Map(regions.map((r) => [r.code, r])).values()];
      await seedCatalog(createCatalogRepository(tx), { data: catalogData, regions: uniqueRegions, departments });
      await seedHotline(tx, { clock: options.clock, departments, items: catalogData.items });
      const registries = await seedRegistries(createRegistriesRepository(tx), {
        regionsFile: `${DATA_DIR}regions/shandong-regions.json`,
        // The core scope has the villages of 历下区 only; residents need real village codes.
        ...(options.scope === 'core' ? { regionCodes: ['370102'], residents: 300, entities: 40 } : {}),
      });
      const seals = createSealService({
        db,
        clock: options.clock,
        keys: createKeyWrapper(options.sealMasterKey),
        audit: createAuditLog({ db, clock: options.clock }),
      });
      await seedCertificates(tx, {
        clock: options.clock,
        seals,
        departments,
        persons: registries.seeded.persons,
        entities: registries.seeded.entities,
        platformBody: platformBody(),
      });
      // The reform ledger, its milestones' clocks counted on the calendar this database starts with.
      await seedLedger(tx, {
        clock: options.clock,
        calendar: createCalendar({ overrides: await createCalendarRepository(tx).listOverrides() }),
      });
      const { zhangSan, liSi } = DEMO_RESIDENTS;
      await seedDemoAccounts(tx, {
        clock: options.clock,
        people: [
          { id: 'demo-person-zhangsan', name: zhangSan.name, idNumber: zhangSan.idNumber, phone: zhangSan.phone },
          { id: 'demo-person-lisi', name: liSi.name, idNumber: liSi.idNumber, phone: liSi.phone },
        ],
        legalRepresentative: {
          personId: 'demo-person-lisi',
          entity: { uscc: DEMO_ENTITIES.yiciTech.uscc, name: DEMO_ENTITIES.yiciTech.name },
        },
      });

      await tx
        .insert(platformMeta)
        .values({ key: SEEDED_KEY, value: options.clock.now().toISOString(), updatedAt: options.clock.now() });
      return 'seeded';
    })
    .then(async (outcome) => {
      // Fresh tables have no statistics: without them the planner picks poor plans until autovacuum runs.
      if (outcome === 'seeded') await db.execute(sql`analyze`);
      return outcome;
    });
}
