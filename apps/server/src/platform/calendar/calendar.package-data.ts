import { createRequire } from 'node:module';
import { z } from 'zod';
import { parseIsoDate } from './calendar.dates';
import type { CalendarEntry, CalendarYearOverride } from '@yici/contracts';

/**
 * The arrangements chinese-days ships, read once at load from its published JSON
 * (dist/chinese-days.json: date → "English name,中文名,statutory days"). We read the file rather
 * than call the package's functions: those build their tables in the server's time zone and, west
 * of UTC, shift every holiday by one day.
 */
const PackageFileSchema = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});

const requireFromHere = createRequire(import.meta.url);

function loadPackageYears(): ReadonlyMap<number, CalendarYearOverride> {
  const file = PackageFileSchema.parse(requireFromHere('chinese-days/dist/chinese-days.json'));
  const years = new Map<number, CalendarYearOverride>();
  const yearOf = (date: string): CalendarYearOverride => {
    const parsed = parseIsoDate(date);
    if (!parsed) throw new Error(`chinese-days holds a malformed date: ${date}`);
    let arrangement = years.get(parsed.year);
    if (!arrangement) {
      arrangement = { year: parsed.year, holidays: [], workdays: [] };
      years.set(parsed.year, arrangement);
    }
    return arrangement;
  };
  for (const [date, label] of Object.entries(file.holidays)) yearOf(date).holidays.push(toEntry(date, label));
  for (const [date, label] of Object.entries(file.workdays)) yearOf(date).workdays.push(toEntry(date, label));

  // A year counts as covered only when its data holds 元旦 (1 January), which every notice declares;
  // a next year's notice may list days of the previous December without covering that year.
  const covered = new Map<number, CalendarYearOverride>();
  for (const [year, arrangement] of [...years].sort(([a], [b]) => a - b)) {
    if (!arrangement.holidays.some((entry) => entry.date === `${year}-01-01`)) continue;
    arrangement.holidays.sort(byDate);
    arrangement.workdays.sort(byDate);
    covered.set(year, arrangement);
  }
  return covered;
}

function toEntry(date: string, label: string): CalendarEntry {
  const [english, chinese] = label.split(',');
  return { date, name: chinese || english || label };
}

function byDate(a: CalendarEntry, b: CalendarEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Year → that year's arrangement from chinese-days, for every year the package covers. */
export const PACKAGE_YEARS = loadPackageYears();
