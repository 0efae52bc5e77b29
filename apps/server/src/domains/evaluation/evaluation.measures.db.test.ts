import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { historyPortsOf } from '../../platform';
import { chinaDate } from '../../platform/clock';
import { queryRows } from '../../platform/db/database';
import { bundleMeasures } from '../cases/cases.measures';
import { generateHistory } from '../simulation/history.generate';
import { measuresOf } from './evaluation.reform';
import type { ReplayedCase } from './evaluation.replay-port';
import { defaultIndicatorSystem } from './evaluation.service';
import { cityValues, workdayIndex } from './evaluation.values';

/**
 * The measures are defined twice: in SQL over the platform's cases (`cases.measures.ts`, for
 * evaluations) and in TypeScript over a replayed year (`measuresOf`, for the reform simulator).
 * Over the same cases both must give the same time (median calendar and working days), procedures
 * and cost per city, or a reform's baseline would not be the evaluation it is compared with.
 */
const NOW = '2026-11-27T02:00:00Z';
const YEAR = 2018;
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;
let t: TestApp;

beforeAll(async () => {
  t = await openTestApp({ now: NOW });
  await generateHistory(t.database, await historyPortsOf(t.database, t.clock), t.clock, {
    year: YEAR,
    cases: 6_000,
    seed: 11,
  });
}, 300_000);

afterAll(async () => t?.close());

describe('the two measure definitions', () => {
  it('give equal time, procedures and cost per city over the same cases', async () => {
    const system = defaultIndicatorSystem();
    const bundleIds = [...new Set(system.indicators.flatMap((i) => (i.measure ? [i.measure.bundleId] : [])))];
    const calendar = (await historyPortsOf(t.database, t.clock)).calendar;
    const workdays = workdayIndex(calendar, FROM, TO);

    const inSql = await bundleMeasures(t.database.db, { bundleIds, from: FROM, to: TO, workdays });

    // The same cases as the replay gives them: read raw, each made a ReplayedCase the way
    // `history.replay.ts` makes one from a modelled case.
    const raw = await queryRows<{
      id: string;
      region_code: string;
      bundle_id: string;
      submitted_at: Date | string;
      status: string;
      outcome: string | null;
      visits: number;
      decision: string | null;
      decided_at: Date | string | null;
    }>(
      t.database.db,
      sql`select c.id, c.region_code, c.bundle_id, c.submitted_at, c.status, c.outcome, c.visits,
                 t.decision, t.decided_at
          from cases c join case_tasks t on t.case_id = c.id
          where c.bundle_id in (${sql.join(
            bundleIds.map((id) => sql`${id}`),
            sql`, `,
          )}) and c.submitted_at is not null`,
    );
    const byCase = new Map<string, ReplayedCase>();
    for (const r of raw) {
      const submittedOn = chinaDate(new Date(r.submitted_at));
      if (submittedOn < FROM || submittedOn > TO) continue;
      let c = byCase.get(r.id);
      if (!c)
        byCase.set(
          r.id,
          (c = {
            city: r.region_code.slice(0, 4),
            bundleId: r.bundle_id,
            submittedOn,
            certifiedOn: null,
            completed: r.status === 'completed',
            granted: r.outcome === 'granted',
            procedures: Number(r.visits),
          }),
        );
      c.procedures += 1;
      if (r.decision === 'grant' && r.decided_at !== null) {
        const decidedOn = chinaDate(new Date(r.decided_at));
        if (c.certifiedOn === null || decidedOn > c.certifiedOn) c.certifiedOn = decidedOn;
      }
    }
    const inTs = measuresOf([...byCase.values()], workdays);

    const key = (r: { city: string; bundleId: string }) => `${r.city}|${r.bundleId}`;
    expect(inSql.length).toBeGreaterThan(10);
    expect(inTs.map(key).sort()).toEqual(inSql.map(key).sort());
    const sqlByKey = new Map(inSql.map((r) => [key(r), r]));
    for (const row of inTs) {
      const other = sqlByKey.get(key(row))!;
      expect(row.cases, key(row)).toBe(other.cases);
      expect(row.medianDays, key(row)).toBeCloseTo(other.medianDays, 9);
      expect(row.medianWorkingDays, key(row)).toBeCloseTo(other.medianWorkingDays!, 9);
      expect(row.medianProcedures, key(row)).toBeCloseTo(other.medianProcedures, 9);
    }

    // And so every city's indicator values, cost included (fees over the income per capita).
    const cities = [...new Set(inSql.map((r) => r.city))].map((code) => ({ code }));
    const fees = new Map(bundleIds.map((id, i) => [id, 50 + 10 * i]));
    const incomePerCapitaYuan = Object.fromEntries(cities.map((c, i) => [c.code, 30_000 + 1_000 * i]));
    const values = (rows: typeof inSql) =>
      cityValues({ system, cities, rows, fees, incomePerCapitaYuan, imported: [] });
    const fromSql = values(inSql);
    const fromTs = values(inTs);
    const quantities = new Set<string>();
    for (const city of cities)
      for (const indicator of system.indicators.filter((i) => i.measure)) {
        quantities.add(indicator.measure!.quantity);
        const a = fromTs.get(city.code)!.get(indicator.key)!;
        const b = fromSql.get(city.code)!.get(indicator.key)!;
        expect(a.value === null, `${city.code} ${indicator.key}`).toBe(b.value === null);
        if (a.value !== null && b.value !== null)
          expect(a.value, `${city.code} ${indicator.key}`).toBeCloseTo(b.value, 9);
      }
    expect([...quantities].sort()).toEqual(['cost', 'procedures', 'time']);
  }, 120_000);
});
