import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../platform/actor';
import { fixedClock } from '../../platform/clock';
import { isValidIdNumber } from '../../platform/codes';
import { queryRows } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from './registries.demo';
import { createRegistriesRepository } from './registries.repository';
import { seedRegistries } from './registries.seed';
import { createRegistriesService, REAL_NAME_PURPOSE, type RegistriesService } from './registries.service';
import { creditEntries, dataUseLog, legalEntities, population } from './registries.tables';

const REGIONS_FILE = fileURLToPath(new URL('../../../../../data/regions/shandong-regions.json', import.meta.url));
const { zhangSan, liSi, wangWu } = DEMO_RESIDENTS;
const { yiciTech, laoweidaoCatering, luxindaBuilding, quanchengTrade } = DEMO_ENTITIES;

const clerk: RequestContext = {
  actor: {
    kind: 'staff',
    accountId: 'staff-lixia-01',
    name: '周窗口',
    roles: ['window_clerk'],
    departmentId: '370102-approval_bureau',
    regionCode: '370102',
  },
  requestId: 'req-clerk-1',
  ip: '10.0.0.8',
};
const agentForZhangSan: RequestContext = {
  actor: {
    kind: 'staff',
    accountId: 'agent-07',
    name: '吴代办',
    roles: ['agent'],
    departmentId: null,
    regionCode: '370102',
  },
  requestId: 'req-agent-1',
  ip: null,
  onBehalfOf: { kind: 'person', id: zhangSan.idNumber, mandateId: 'mandate-42' },
};

let database: TestDatabase;
let service: RegistriesService;
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));

async function logRowCount(): Promise<number> {
  const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${dataUseLog}`);
  return rows[0]!.n;
}

async function expectDomainError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
  const result = await seedRegistries(createRegistriesRepository(database.db), {
    regionsFile: REGIONS_FILE,
    regionCodes: ['370102'],
    residents: 300,
    entities: 40,
    seed: 11,
  });
  expect(result.residents).toBe(306);
  expect(result.entities).toBe(45);
  service = createRegistriesService({ repo: createRegistriesRepository(database.db), clock });
});
afterAll(async () => database?.drop());

describe('registry tables', () => {
  it('match their drizzle definitions column by column', async () => {
    for (const table of [population, legalEntities, creditEntries, dataUseLog]) {
      const config = getTableConfig(table);
      const columns = await queryRows<{ column_name: string; is_nullable: string }>(
        database.db,
        sql`select column_name, is_nullable from information_schema.columns
            where table_schema = current_schema() and table_name = ${config.name} order by ordinal_position`,
      );
      expect(columns).toEqual(
        config.columns.map((c) => ({ column_name: c.name, is_nullable: c.notNull ? 'NO' : 'YES' })),
      );
    }
  });

  it('hold the seeded residents of 历下区 with valid ID numbers', async () => {
    const rows = await queryRows<{ id_number: string; household_region_code: string }>(
      database.db,
      sql`select id_number, household_region_code from ${population}`,
    );
    expect(rows).toHaveLength(306);
    expect(rows.every((r) => isValidIdNumber(r.id_number) && r.household_region_code.startsWith('370102'))).toBe(true);
  });
});

describe('reading a person', () => {
  it('returns the record and records who read it, for which purpose and case', async () => {
    const person = await service.readPerson(clerk, {
      idNumber: zhangSan.idNumber,
      purpose: '企业开办：核验申请人身份',
      caseId: 'case-0001',
    });
    expect(person).toEqual(zhangSan);

    const log = await service.listDataUse({
      subjectType: 'person',
      subjectId: zhangSan.idNumber,
      limit: 10,
    });
    expect(log.count.value).toBe(1);
    expect(log.items[0]).toMatchObject({
      at: '2026-11-27T02:00:00.000Z',
      subjectType: 'person',
      subjectId: '370102********1238',
      readerKind: 'staff',
      readerLabel: '周窗口',
      purpose: '企业开办：核验申请人身份',
      caseId: 'case-0001',
      mandateId: null,
    });
    expect(log.items[0]!.fields).toEqual(expect.arrayContaining(['name', 'householdAddress', 'phone']));
  });

  it('returns and logs only the fields asked for', async () => {
    clock.advance(60_000);
    const person = await service.readPerson(clerk, {
      idNumber: zhangSan.idNumber,
      purpose: '出生一件事：填写父亲信息',
      fields: ['name', 'householdAddress'],
    });
    expect(person).toEqual({
      idNumber: zhangSan.idNumber,
      name: zhangSan.name,
      householdAddress: zhangSan.householdAddress,
    });
    const log = await service.listDataUse({
      subjectType: 'person',
      subjectId: zhangSan.idNumber,
      limit: 10,
    });
    expect(log.items[0]).toMatchObject({
      purpose: '出生一件事：填写父亲信息',
      caseId: null,
      fields: ['name', 'householdAddress'],
    });
  });

  it('records the mandate when an agent reads for the person', async () => {
    clock.advance(60_000);
    await service.readPerson(agentForZhangSan, { idNumber: zhangSan.idNumber, purpose: '帮办代办：预填申请表' });
    const log = await service.listDataUse({
      subjectType: 'person',
      subjectId: zhangSan.idNumber,
      limit: 10,
    });
    expect(log.items[0]).toMatchObject({ readerLabel: '吴代办', mandateId: 'mandate-42' });
  });

  it('lists the data-use log newest first, page by page', async () => {
    const first = await service.listDataUse({
      subjectType: 'person',
      subjectId: zhangSan.idNumber,
      limit: 2,
    });
    const second = await service.listDataUse({
      subjectType: 'person',
      subjectId: zhangSan.idNumber,
      cursor: first.next!,
      limit: 2,
    });
    expect(first.count.value).toBe(3);
    expect(first.items.map((e) => e.purpose)).toEqual(['帮办代办：预填申请表', '出生一件事：填写父亲信息']);
    expect(second.items.map((e) => e.purpose)).toEqual(['企业开办：核验申请人身份']);
  });

  it('answers an unknown ID number with PERSON_NOT_FOUND and logs nothing', async () => {
    const before = await logRowCount();
    await expectDomainError(
      service.readPerson(clerk, { idNumber: '370102199001011234', purpose: '核验身份' }),
      'PERSON_NOT_FOUND',
    );
    expect(await logRowCount()).toBe(before);
  });

  it('refuses a read without a purpose or with a malformed ID number, logging nothing', async () => {
    const before = await logRowCount();
    await expectDomainError(
      service.readPerson(clerk, { idNumber: zhangSan.idNumber, purpose: '  ' }),
      'DATA_USE_PURPOSE_REQUIRED',
    );
    await expectDomainError(
      service.readPerson(clerk, { idNumber: '37010219900307', purpose: '核验' }),
      'ID_NUMBER_MALFORMED',
    );
    expect(await logRowCount()).toBe(before);
  });
});

describe('reads inside a caller’s transaction', () => {
  it('leave no log row when the transaction rolls back', async () => {
    const before = await logRowCount();
    const rollback = new Error('the case could not be accepted');
    await expect(
      database.db.transaction(async (tx) => {
        const inTx = service.withTx(tx);
        await inTx.readPerson(clerk, { idNumber: liSi.idNumber, purpose: '受理办件', caseId: 'case-0002' });
        await expectDomainError(
          inTx.readPerson(clerk, { idNumber: '370102199001011234', purpose: '受理办件' }),
          'PERSON_NOT_FOUND',
        );
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await logRowCount()).toBe(before);
  });

  it('commit their log row with the transaction', async () => {
    await database.db.transaction(async (tx) => {
      await service.withTx(tx).readPerson(clerk, { idNumber: liSi.idNumber, purpose: '受理办件', caseId: 'case-0003' });
    });
    const log = await service.listDataUse({ subjectType: 'person', subjectId: liSi.idNumber, limit: 10 });
    expect(log.items.map((e) => e.caseId)).toEqual(['case-0003']);
  });
});

describe('real-name verification', () => {
  it('matches an ID number with its name and logs the check under 实名核验', async () => {
    const person: RequestContext = {
      actor: {
        kind: 'person',
        accountId: 'acc-wangwu',
        name: '王五',
        idNumber: wangWu.idNumber,
        realNameLevel: 'phone',
        actingFor: null,
      },
      requestId: 'req-register',
      ip: null,
    };
    expect(await service.matchPerson(person, { idNumber: wangWu.idNumber, name: '王五' })).toBe(true);
    expect(await service.matchPerson(person, { idNumber: wangWu.idNumber.toLowerCase(), name: ' 王 五 ' })).toBe(true);
    expect(await service.matchPerson(person, { idNumber: wangWu.idNumber, name: '王武' })).toBe(false);
    const log = await service.listDataUse({ subjectType: 'person', subjectId: wangWu.idNumber, limit: 10 });
    expect(log.count.value).toBe(3);
    expect(log.items.every((e) => e.purpose === REAL_NAME_PURPOSE && e.readerLabel === '王五')).toBe(true);
  });

  it('answers false for an ID number the registry does not hold, logging nothing', async () => {
    const before = await logRowCount();
    expect(await service.matchPerson(clerk, { idNumber: '370102199001011234', name: '张三' })).toBe(false);
    expect(await logRowCount()).toBe(before);
  });
});

describe('credit status', () => {
  it('finds the demo person on the blacklist, and logs the check', async () => {
    const status = await service.creditStatus(clerk, {
      subjectType: 'person',
      subjectId: wangWu.idNumber,
      purpose: '容缺受理：核查失信记录',
      caseId: 'case-0004',
    });
    expect(status.blacklisted).toBe(true);
    expect(status.redlisted).toBe(false);
    expect(status.entries).toHaveLength(1);
    expect(status.entries[0]).toMatchObject({
      subjectId: '370102********2179',
      list: 'blacklist',
      issuingBody: '济南市历下区人民法院',
      validTo: null,
    });
    const log = await service.listDataUse({ subjectType: 'person', subjectId: wangWu.idNumber, limit: 1 });
    expect(log.items[0]).toMatchObject({
      purpose: '容缺受理：核查失信记录',
      caseId: 'case-0004',
      fields: ['creditStatus'],
    });
  });

  it('does not count an entry before it took effect', async () => {
    const status = await service.creditStatus(clerk, {
      subjectType: 'person',
      subjectId: wangWu.idNumber,
      asOf: '2024-03-14',
      purpose: '核查失信记录',
    });
    expect(status).toEqual({ blacklisted: false, redlisted: false, entries: [] });
  });

  it('finds the blacklisted and the redlisted demo entities', async () => {
    const blacklisted = await service.creditStatus(clerk, {
      subjectType: 'legal_person',
      subjectId: luxindaBuilding.uscc,
      purpose: '核查失信记录',
    });
    const redlisted = await service.creditStatus(clerk, {
      subjectType: 'legal_person',
      subjectId: quanchengTrade.uscc,
      purpose: '守信激励：绿色通道',
    });
    expect(blacklisted).toMatchObject({ blacklisted: true, redlisted: false });
    expect(redlisted).toMatchObject({ blacklisted: false, redlisted: true });
    expect(redlisted.entries[0]).toMatchObject({ reason: '守合同重信用企业', subjectId: quanchengTrade.uscc });
  });

  it('answers an unknown subject with a not-found error', async () => {
    await expectDomainError(
      service.creditStatus(clerk, { subjectType: 'legal_person', subjectId: '91370102MA3CYC01X6', purpose: '核查' }),
      'ENTITY_NOT_FOUND',
    );
  });
});

describe('legal entities', () => {
  it('reads an entity and logs the read on the entity’s own log', async () => {
    const entity = await service.readEntity(clerk, { uscc: yiciTech.uscc, purpose: '变更登记', caseId: 'case-0005' });
    expect(entity).toEqual(yiciTech);
    const log = await service.listDataUse({
      subjectType: 'legal_person',
      subjectId: yiciTech.uscc,
      limit: 10,
    });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ subjectId: yiciTech.uscc, caseId: 'case-0005', purpose: '变更登记' });
  });

  it('answers an unknown USCC with ENTITY_NOT_FOUND', async () => {
    await expectDomainError(
      service.readEntity(clerk, { uscc: '91370102MA3CYC01X6', purpose: '变更登记' }),
      'ENTITY_NOT_FOUND',
    );
  });

  it('lists the entities a person represents, with the ID number masked, without logging', async () => {
    const before = await logRowCount();
    const entities = await service.findEntitiesRepresentedBy(liSi.idNumber);
    expect(entities.map((e) => e.name)).toEqual([laoweidaoCatering.name, yiciTech.name]);
    expect(entities.map((e) => e.status)).toEqual(['deregistered', 'active']);
    expect(entities[0]!.legalRepresentativeIdNumber).toBe('370102********3513');
    expect(await logRowCount()).toBe(before);
  });
});
