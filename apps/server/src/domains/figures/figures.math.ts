/**
 * The pure part of the figures: percentiles from a histogram of whole working days, the periods a
 * date range is read in (whole months from the monthly rows, the edges from the daily ones), the
 * areas a case counts in, and ISO weeks. No database, no clock.
 */

/** Working days → number of completed cases. */
export type Histogram = Map<number, number>;

/**
 * The nearest-rank percentile: the smallest number of working days at or below which at least
 * `share` of the cases were completed (the median of an even count is the lower middle one).
 * Exact, since every case's elapsed working days are a whole number with a bucket of their own.
 */
export function percentileOf(histogram: Histogram, share: number): number | null {
  let total = 0;
  for (const n of histogram.values()) total += n;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(share * total));
  let seen = 0;
  for (const days of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(days)!;
    if (seen >= rank) return days;
  }
  return null;
}

/** The same percentile over a list of values (what a direct recount computes). */
export function percentileOfValues(values: number[], share: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(share * sorted.length)) - 1]!;
}

export function addToHistogram(histogram: Histogram, days: number, count: number): void {
  histogram.set(days, (histogram.get(days) ?? 0) + count);
}

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => toDay(toTime(day) + days * DAY_MS);
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** Whether `text` is a real calendar date in YYYY-MM-DD (2018-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(toTime(text)) && toDay(toTime(text)) === text;
}

/** A period [from, to] (China days, both inclusive) as the rows that cover it exactly. */
export type PeriodCover = { months: string[]; dayRanges: { from: string; to: string }[] };

export function coverOf(from: string, to: string): PeriodCover {
  const months: string[] = [];
  const dayRanges: { from: string; to: string }[] = [];
  let cursor = from;
  while (cursor <= to) {
    const month = monthOf(cursor);
    const monthEnd = addDays(nextMonth(month), -1);
    if (cursor === month && monthEnd <= to) {
      months.push(month);
    } else {
      const end = monthEnd < to ? monthEnd : to;
      const last = dayRanges[dayRanges.length - 1];
      if (last && addDays(last.to, 1) === cursor) last.to = end;
      else dayRanges.push({ from: cursor, to: end });
    }
    cursor = nextMonth(month);
  }
  return { months, dayRanges };
}

const LEVEL_LENGTHS = [2, 4, 6, 9, 12] as const;

/**
 * The areas a case of this region (and hall) counts in, each with its parent: every region from
 * the province down to the case's own, then the hall under the case's region.
 */
export function areasOf(regionCode: string, hallId: string | null): { area: string; parent: string }[] {
  const areas: { area: string; parent: string }[] = [];
  let parent = '';
  for (const length of LEVEL_LENGTHS) {
    if (length > regionCode.length) break;
    const area = regionCode.slice(0, length);
    areas.push({ area, parent });
    parent = area;
  }
  if (hallId) areas.push({ area: `hall:${hallId}`, parent: regionCode });
  return areas;
}

/** The Monday of the ISO week a day falls in. */
export function weekOf(day: string): string {
  const weekday = new Date(toTime(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Days from `from` to `to`, inclusive (a period's length). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS) + 1;
}
