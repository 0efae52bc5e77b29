import type { IndicatorSystem } from '@yici/contracts';
import type { Calendar } from '../../platform/calendar/calendar';
import { formatDayNumber, parseIsoDate } from '../../platform/calendar/calendar.dates';
import type { BundleMeasureRow } from '../cases/cases.measures';
import { round2, type RawValue } from './evaluation.scoring';

/**
 * From measures to every city's raw indicator values: shared by evaluations (measured over the
 * platform's cases) and the reform simulator (measured over a replayed year), so that both score
 * the same way.
 */

export const addDays = (date: string, days: number) => formatDayNumber(parseIsoDate(date)!.dayNumber + days);

/** Working days counted cumulatively from the day before the period to two years after it. */
export function workdayIndex(calendar: Pick<Calendar, 'isWorkday'>, from: string, to: string) {
  const base = addDays(from, -1);
  const days = parseIsoDate(to)!.dayNumber - parseIsoDate(base)!.dayNumber + 730;
  const cumulative = [0];
  for (let i = 1; i <= days; i++) cumulative.push(cumulative[i - 1]! + (calendar.isWorkday(addDays(base, i)) ? 1 : 0));
  return { base, cumulative };
}

export type FeesPort = {
  getBundle(id: string): Promise<{ id: string; steps: { basicCode: string }[] }>;
  getItem(code: string, asOf?: string): Promise<{ item: { fees?: { amountYuan: number }[] } }>;
};

/** The fees a bundle's items publish in the catalog, summed; null when the bundle cannot be read. */
export async function bundleFees(catalog: FeesPort, bundleId: string, asOf: string): Promise<number | null> {
  try {
    const bundle = await catalog.getBundle(bundleId);
    let total = 0;
    for (const step of bundle.steps) {
      const item = await catalog.getItem(step.basicCode, asOf);
      total += (item.item.fees ?? []).reduce((sum, fee) => sum + fee.amountYuan, 0);
    }
    return total;
  } catch {
    return null;
  }
}

export const MISSING_INCOME = '缺少人均收入数据，无法计算费用占比';

/** Every city's raw value per indicator, each missing one with the reason (never a silent zero). */
export function cityValues(input: {
  system: IndicatorSystem;
  cities: readonly { code: string }[];
  rows: readonly BundleMeasureRow[];
  fees: ReadonlyMap<string, number | null>;
  incomePerCapitaYuan: Readonly<Record<string, number>>;
  imported: readonly { city: string; indicator: string; value: number }[];
}): Map<string, Map<string, RawValue>> {
  const measured = input.system.indicators.filter((i) => i.source === 'measured' && i.measure);
  const values = new Map<string, Map<string, RawValue>>();
  for (const city of input.cities) {
    const own = new Map<string, RawValue>();
    for (const indicator of measured) {
      const { bundleId, quantity } = indicator.measure!;
      const row = input.rows.find((r) => r.city === city.code && r.bundleId === bundleId);
      const income = input.incomePerCapitaYuan[city.code];
      // Cost is a share of income: without the income figure (an input) there is nothing to divide
      // by, whatever the cases say; the reason names the missing input, not the cases.
      if (quantity === 'cost' && income === undefined) {
        own.set(indicator.key, { value: null, missing: MISSING_INCOME, cases: row?.cases ?? 0 });
      } else if (!row) {
        own.set(indicator.key, { value: null, missing: '所评年份没有已办结的此类办件', cases: 0 });
      } else if (quantity === 'time') {
        own.set(indicator.key, { value: row.medianDays, workingDays: row.medianWorkingDays, cases: row.cases });
      } else if (quantity === 'procedures') {
        own.set(indicator.key, { value: row.medianProcedures, cases: row.cases });
      } else {
        const fee = input.fees.get(bundleId);
        if (fee === null || fee === undefined)
          own.set(indicator.key, { value: null, missing: '事项清单中没有该一件事的收费标准', cases: row.cases });
        else own.set(indicator.key, { value: round2((100 * fee) / income!), cases: row.cases });
      }
    }
    for (const indicator of input.system.indicators.filter((i) => i.source === 'imported')) {
      const row = input.imported.find((r) => r.city === city.code && r.indicator === indicator.key);
      own.set(indicator.key, row ? { value: row.value } : { value: null, missing: '导入数据中没有该市此项' });
    }
    values.set(city.code, own);
  }
  return values;
}
