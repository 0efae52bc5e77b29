import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';
import type { CalendarEntry, CalendarYearOverride } from '@yici/contracts';
import { dayNumberOf, formatDayNumber, isWeekend } from './calendar.dates';

/**
 * A year's calendar computed from the law itself, for a year whose State Council notice has not
 * been entered: 《全国年节及纪念日放假办法》 as revised by State Council Decree No. 795 (in force
 * from 1 January 2025), article 2 — 元旦 1 day (1 January), 春节 4 days (除夕 to 正月初三), 清明节
 * 1 day (the day of the 清明 solar term), 劳动节 2 days (1–2 May), 端午节 1 day (五月初五), 中秋节
 * 1 day (八月十五), 国庆节 3 days (1–3 October) — and article 6: a statutory day that falls on a
 * Saturday or Sunday is made up on a working day (补假), here the first one after the festival.
 *
 * What the law leaves to each year's notice — the 调休 that joins holidays into longer breaks — is
 * not guessed: 调休 swaps a working day for a day off one for one, so a year's count of working
 * days is the same with or without it, and only the day a deadline falls on can move when the
 * notice arrives. Lunar dates and the solar term are computed (tyme4ts: astronomical new moons and
 * solar longitudes of the 寿星 algorithm), never typed in.
 */

/** The years this computation is trusted for: those a notice may be entered for (contracts). */
export const PROVISIONAL_MIN_YEAR = 2000;
export const PROVISIONAL_MAX_YEAR = 2100;

export type FestivalDates = {
  /** 除夕, the last day of the lunar year that ends in this Gregorian year's spring. */
  springFestivalEve: string;
  /** 正月初一 */
  springFestival: string;
  /** The day of the 清明 solar term (solar longitude 15°). */
  qingming: string;
  /** 五月初五 */
  dragonBoat: string;
  /** 八月十五 */
  midAutumn: string;
};

/** The lunar festivals and 清明 of a Gregorian year, as China dates. */
export function festivalDates(year: number): FestivalDates {
  const springFestival = LunarDay.fromYmd(year, 1, 1).getSolarDay();
  return {
    springFestivalEve: isoOf(springFestival.next(-1)),
    springFestival: isoOf(springFestival),
    qingming: isoOf(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()),
    dragonBoat: isoOf(LunarDay.fromYmd(year, 5, 5).getSolarDay()),
    midAutumn: isoOf(LunarDay.fromYmd(year, 8, 15).getSolarDay()),
  };
}

/** The statutory days of each festival (article 2), in the order of the year. */
export function statutoryDays(year: number): { name: string; dates: string[] }[] {
  const festivals = festivalDates(year);
  const run = (first: string, days: number) => {
    const start = dayNumberOfIso(first);
    return Array.from({ length: days }, (_, index) => formatDayNumber(start + index));
  };
  const days = [
    { name: '元旦', dates: [`${year}-01-01`] },
    { name: '春节', dates: run(festivals.springFestivalEve, 4) },
    { name: '清明节', dates: [festivals.qingming] },
    { name: '劳动节', dates: run(`${year}-05-01`, 2) },
    { name: '端午节', dates: [festivals.dragonBoat] },
    { name: '中秋节', dates: [festivals.midAutumn] },
    { name: '国庆节', dates: run(`${year}-10-01`, 3) },
  ];
  return days.sort((a, b) => (a.dates[0]! < b.dates[0]! ? -1 : a.dates[0]! > b.dates[0]! ? 1 : 0));
}

/**
 * The provisional arrangement of a year: the statutory days, and for each that falls on a weekend
 * or on another festival's day (中秋 within 国庆), a day off on the first working day after its
 * festival (article 6). No make-up workdays: those only a notice decides.
 */
export function provisionalArrangement(year: number): CalendarYearOverride {
  const off = new Map<number, string>();
  for (const festival of statutoryDays(year)) {
    let owed = 0;
    let last = 0;
    for (const date of festival.dates) {
      const day = dayNumberOfIso(date);
      last = Math.max(last, day);
      if (isWeekend(day) || off.has(day)) owed += 1;
      if (!off.has(day)) off.set(day, festival.name);
    }
    for (let day = last + 1; owed > 0; day++) {
      if (isWeekend(day) || off.has(day)) continue;
      off.set(day, `${festival.name}（补假）`);
      owed -= 1;
    }
  }
  const holidays: CalendarEntry[] = [...off]
    .sort(([a], [b]) => a - b)
    .map(([day, name]) => ({ date: formatDayNumber(day), name }));
  return { year, holidays, workdays: [] };
}

function isoOf(day: SolarDay): string {
  return formatDayNumber(dayNumberOf(day.getYear(), day.getMonth(), day.getDay()));
}

function dayNumberOfIso(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return dayNumberOf(year!, month!, day!);
}
