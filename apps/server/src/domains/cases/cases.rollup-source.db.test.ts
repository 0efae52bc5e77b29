import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { insertTestCase } from '../../testing/test-rows';
import { createCaseRollupSource } from './cases.rollup-source';
import { cases } from './cases.tables';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: '2026-10-12T02:00:00Z' });
});
afterAll(async () => t?.close());

describe('the figures’ read port: a case’s facts', () => {
  it('calls a window case taken in at a hall outside its region handle-anywhere, from the halls of those cases alone', async () => {
    const windowAt = async (hall: string | null, regionCode: string) => {
      const id = await insertTestCase(t.database.db, {
        applicantId: '370102199001011234',
        regionCode,
        receivedOn: '2026-10-12',
      });
      await t.database.db.update(cases).set({ channel: 'window', servicePointId: hall }).where(eq(cases.id, id));
      return id;
    };
    const elsewhere = await windowAt('hall-3702', '370102');
    const own = await windowAt('hall-3701', '370102');
    const unknown = await windowAt('hall-unknown', '370102');
    const online = await insertTestCase(t.database.db, {
      applicantId: '370102199001011234',
      regionCode: '370102',
      receivedOn: '2026-10-12',
    });
    // A network of many halls, most of them no case's: the facts read the same.
    const halls: Record<string, string> = { 'hall-3701': '3701', 'hall-3702': '3702' };
    for (let i = 0; i < 5_000; i++) halls[`hall-other-${i}`] = '3799';
    const facts = await createCaseRollupSource(t.database.db).factsOf([elsewhere, own, unknown, online], halls);
    const channelOf = new Map(facts.map((f) => [f.caseId, [f.channel, f.hallId]]));
    expect(channelOf.get(elsewhere)).toEqual(['anywhere', 'hall-3702']);
    expect(channelOf.get(own)).toEqual(['window', 'hall-3701']);
    expect(channelOf.get(unknown)).toEqual(['window', 'hall-unknown']);
    expect(channelOf.get(online)).toEqual(['online', null]);
  });
});
