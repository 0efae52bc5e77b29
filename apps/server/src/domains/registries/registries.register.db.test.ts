import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, type RequestContext } from '../../platform/actor';
import { fixedClock } from '../../platform/clock';
import { checkUscc } from '../../platform/codes';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { DEMO_RESIDENTS } from './registries.demo';
import { createRegistriesRepository } from './registries.repository';
import {
  createRegistriesService,
  ENTITY_REGISTRATION_PURPOSE,
  type RegisterEntityInput,
  type RegistriesService,
} from './registries.service';

const { zhangSan, zhaoMin } = DEMO_RESIDENTS;
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
const bureau: RequestContext = {
  actor: {
    kind: 'staff',
    accountId: 'staff-lixia-approver',
    name: '钱审批',
    roles: ['approver'],
    departmentId: '370102-approval_bureau',
    regionCode: '370102',
  },
  requestId: 'req-register-1',
  ip: null,
};

let database: TestDatabase;
let service: RegistriesService;

const founding = (overrides: Partial<RegisterEntityInput> = {}): RegisterEntityInput => ({
  name: '济南张三信息技术有限公司',
  entityType: 'limited_company',
  legalRepresentativeName: zhangSan.name,
  legalRepresentativeIdNumber: zhangSan.idNumber,
  registeredAddress: '山东省济南市历下区解放路街道解放东路8号3层301室',
  registeredRegionCode: '370102',
  caseId: 'case-register-1',
  ...overrides,
});

beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
  service = createRegistriesService({ repo: createRegistriesRepository(database.db), clock });
});
afterAll(async () => database?.drop());

describe('registering a new legal entity', () => {
  it('enters an active entity established today that the registry then reads back', async () => {
    const entity = await service.registerEntityIn(bureau, founding());
    expect(entity).toMatchObject({
      name: '济南张三信息技术有限公司',
      entityType: 'limited_company',
      status: 'active',
      establishedOn: '2026-11-27',
      registeredRegionCode: '370102',
      legalRepresentativeIdNumber: '370102********1238',
    });
    const read = await service.readEntity(systemContext('test'), { uscc: entity.uscc, purpose: '测试' });
    expect(read).toMatchObject({ name: entity.name, legalRepresentativeIdNumber: zhangSan.idNumber });
  });

  it('gives a USCC of market regulation for an enterprise in the region, with a valid check character', async () => {
    const { uscc } = await service.registerEntityIn(bureau, founding({ name: '济南张三商贸有限公司' }));
    expect(checkUscc(uscc)).toEqual({ valid: true });
    expect(uscc.slice(0, 8)).toBe('91370102');
    expect(uscc.slice(8, 10)).toBe('MA');
  });

  it('codes an individual business 92 and pads a city-level region to six digits', async () => {
    const { uscc } = await service.registerEntityIn(
      bureau,
      founding({ name: '济南市张三小吃店', entityType: 'individual_business', registeredRegionCode: '3701' }),
    );
    expect(uscc.slice(0, 8)).toBe('92370100');
    expect(checkUscc(uscc)).toEqual({ valid: true });
  });

  it('gives two registrations different codes', async () => {
    const first = await service.registerEntityIn(bureau, founding({ name: '济南甲乙合伙企业（有限合伙）' }));
    const second = await service.registerEntityIn(bureau, founding({ name: '济南丙丁合伙企业（有限合伙）' }));
    expect(first.uscc).not.toBe(second.uscc);
  });

  it('draws again when the drawn code is already taken', async () => {
    // The same draws twice, then different ones: the second registration must skip the taken code.
    const draws = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    let next = 0;
    const scripted = createRegistriesService({
      repo: createRegistriesRepository(database.db),
      clock,
      randomInt: (max) => draws[next++ % draws.length]! % max,
    });
    const first = await scripted.registerEntityIn(bureau, founding({ name: '济南重码一号有限公司' }));
    const second = await scripted.registerEntityIn(bureau, founding({ name: '济南重码二号有限公司' }));
    expect(second.uscc).not.toBe(first.uscc);
    expect(checkUscc(second.uscc)).toEqual({ valid: true });
  });

  it('lets the legal representative find the new entity among those they represent', async () => {
    const entity = await service.registerEntityIn(
      bureau,
      founding({
        name: '济南赵敏文化传媒有限公司',
        legalRepresentativeName: zhaoMin.name,
        legalRepresentativeIdNumber: zhaoMin.idNumber,
      }),
    );
    const represented = await service.findEntitiesRepresentedBy(zhaoMin.idNumber);
    expect(represented.map((e) => e.uscc)).toContain(entity.uscc);
  });

  it('logs the registration for the case in the entity’s data-use record', async () => {
    const entity = await service.registerEntityIn(
      bureau,
      founding({ name: '济南张三咨询有限公司', caseId: 'case-register-9' }),
    );
    const log = await service.listDataUse({
      subjectType: 'legal_person',
      subjectId: entity.uscc,
      limit: 10,
    });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      purpose: ENTITY_REGISTRATION_PURPOSE,
      caseId: 'case-register-9',
      readerLabel: '钱审批',
    });
  });

  it('registers nothing when the caller’s transaction rolls back', async () => {
    const rollback = new Error('grant failed');
    let uscc = '';
    await expect(
      database.db.transaction(async (tx) => {
        uscc = (await service.withTx(tx).registerEntityIn(bureau, founding({ name: '济南回滚测试有限公司' }))).uscc;
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(uscc).not.toBe('');
    await expect(service.readEntity(systemContext('test'), { uscc, purpose: '测试' })).rejects.toMatchObject({
      code: 'ENTITY_NOT_FOUND',
    });
  });
});
