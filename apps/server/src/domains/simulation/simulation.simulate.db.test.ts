import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock';
import { createServices, type Services } from '../../platform';
import { seedReferenceData } from '../../seed/seed';
import {
  openTestDatabase,
  TEST_AUDIT_SIGNER,
  TEST_SEAL_MASTER_KEY,
  type TestDatabase,
} from '../../testing/test-database';
import { DEFAULT_PROFILE, profileVocabulary } from './simulation.cli';
import { loadProfile } from './simulation.profile';
import { figuresByCity, simulate, SimulationRefused, type SimulationRun } from './simulation.simulator';

/**
 * A few simulated days at a tiny scale, on the core reference data (历下区): the same seed gives
 * the same province, and a run interrupted after its first day and resumed ends where an
 * uninterrupted one does.
 */
const FIRST = new Date('2018-09-25T00:00:00Z');
const RUN: SimulationRun = { from: '2018-09-25', to: '2018-09-27', scale: 0.00004, seed: 42 };
const profile = loadProfile(DEFAULT_PROFILE, profileVocabulary());

type Platform = { database: TestDatabase; services: Services; clock: ReturnType<typeof fixedClock> };
let whole: Platform;
let resumed: Platform;

async function platform(): Promise<Platform> {
  const database = await openTestDatabase({ seed: false });
  await seedReferenceData(database.db, {
    clock: fixedClock(FIRST),
    scope: 'core',
    sealMasterKey: TEST_SEAL_MASTER_KEY,
  });
  const clock = fixedClock(FIRST);
  const services = createServices({
    database,
    clock,
    sealMasterKey: TEST_SEAL_MASTER_KEY,
    publicUrl: 'http://yici.test',
    audit: { signer: TEST_AUDIT_SIGNER },
  });
  return { database, services, clock };
}

/** Every case the province holds, as the administrator lists them: number, status, visits. */
async function cases(p: Platform) {
  const admin = {
    actor: {
      kind: 'staff' as const,
      accountId: 'demo-staff-admin',
      name: '省级管理员',
      roles: ['administrator' as const],
      departmentId: null,
      regionCode: '37',
    },
    requestId: 'test',
    ip: null,
  };
  const res = await p.services.cases.listCases(admin, { view: 'all', limit: 100 });
  return res.items.map((c) => `${c.caseNumber} ${c.status} ${c.visits}`).sort();
}

// Two platforms seeded with the core data: about 100 s on a busy machine.
beforeAll(async () => {
  whole = await platform();
  resumed = await platform();
}, 300_000);
afterAll(async () => {
  await whole?.database.drop();
  await resumed?.database.drop();
});

describe('yici simulate', () => {
  it('drives cases through the real use cases: filed at the window, accepted, decided, certificates issued', async () => {
    const result = await simulate({ db: whole.database.db, ...whole, profile, run: RUN });
    expect(result.daysRun).toBe(3);
    expect(result.counters.filed).toBeGreaterThan(0);
    expect(result.counters.decided).toBeGreaterThan(0);
    expect(result.counters.failed).toBe(0);
    const listed = await cases(whole);
    expect(listed.length).toBe(result.counters.filed);
    expect(listed.some((c) => c.includes(' completed '))).toBe(true);
  });

  it('resumes after an interruption from the last finished day, ending where an uninterrupted run ends (same seed, same figures)', async () => {
    const first = await simulate({ db: resumed.database.db, ...resumed, profile, run: RUN, maxDays: 1 });
    expect(first.daysRun).toBe(1);
    const rest = await simulate({ db: resumed.database.db, ...resumed, profile, run: RUN });
    expect(rest.daysRun).toBe(2);
    expect(await cases(resumed)).toEqual(await cases(whole));
    expect(await figuresByCity(resumed.services, profile)).toEqual(await figuresByCity(whole.services, profile));
  });

  it('a run with other parameters on a simulated database is refused, nothing written', async () => {
    const before = await cases(resumed);
    await expect(
      simulate({ db: resumed.database.db, ...resumed, profile, run: { ...RUN, seed: 7 } }),
    ).rejects.toBeInstanceOf(SimulationRefused);
    expect(await cases(resumed)).toEqual(before);
  });
});
