import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { festivalDates, provisionalArrangement, statutoryDays } from './calendar.provisional';

/** chinese-days' published data: date → "English name,中文名,statutory days". */
const official = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const officialCalendar = createCalendar({ overrides: [] });
const chineseName = (date: string) => official.holidays[date]?.split(',')[1];

function withTimeZone<T>(zone: string, action: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return action();
  } finally {
    process.env.TZ = before;
  }
}

describe('festival dates computed from the lunar calendar and the solar terms', () => {
  const years = Array.from({ length: 23 }, (_, i) => 2004 + i);

  it('puts 春节 (正月初一) on a day off listed as 春节 in every year chinese-days knows (2004–2026)', () => {
    for (const year of years) {
      const { springFestival } = festivalDates(year);
      expect(chineseName(springFestival), `${year}: ${springFestival}`).toBe('春节');
    }
  });

  it('puts 清明, 端午 and 中秋 on a day off of that festival in every year since they became holidays (2008–2026)', () => {
    for (const year of years.filter((y) => y >= 2008)) {
      const dates = festivalDates(year);
      const cases: [string, string][] = [
        [dates.qingming, '清明'],
        [dates.dragonBoat, '端午'],
        [dates.midAutumn, '中秋'],
      ];
      for (const [date, name] of cases) {
        expect(officialCalendar.isWorkday(date), `${year} ${name} ${date} is a day off`).toBe(false);
        // A weekend day inside the holiday may be unlisted; 中秋 on 1 October is listed as 国庆.
        const listed = chineseName(date);
        if (listed !== undefined) expect([name, '国庆节'], `${year} ${name} ${date}`).toContain(listed);
      }
    }
  });

  it('gives the dates the published almanacs give for 2027 and 2028', () => {
    expect(festivalDates(2027)).toEqual({
      springFestivalEve: '2027-02-05',
      springFestival: '2027-02-06',
      qingming: '2027-04-05',
      dragonBoat: '2027-06-09',
      midAutumn: '2027-09-15',
    });
    expect(festivalDates(2028)).toEqual({
      springFestivalEve: '2028-01-25',
      springFestival: '2028-01-26',
      qingming: '2028-04-04',
      dragonBoat: '2028-05-28',
      midAutumn: '2028-10-03',
    });
  });

  it('computes the same dates whatever the server time zone', () => {
    const inShanghai = [2027, 2031, 2045].map((year) => provisionalArrangement(year));
    for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const elsewhere = withTimeZone(zone, () => [2027, 2031, 2045].map((year) => provisionalArrangement(year)));
      expect(elsewhere, zone).toEqual(inShanghai);
    }
  });
});

describe('the provisional arrangement of a year (放假办法 as in force from 2025)', () => {
  it('has the 13 statutory days: 元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3', () => {
    const counts = Object.fromEntries(statutoryDays(2027).map((f) => [f.name, f.dates.length]));
    expect(counts).toEqual({ 元旦: 1, 春节: 4, 清明节: 1, 劳动节: 2, 端午节: 1, 中秋节: 1, 国庆节: 3 });
    expect(statutoryDays(2027).find((f) => f.name === '春节')!.dates).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
    ]);
  });

  it('matches the official arrangements of 2025 and 2026 in every statutory day and its count', () => {
    for (const year of [2025, 2026]) {
      for (const festival of statutoryDays(year)) {
        for (const date of festival.dates) {
          const label = official.holidays[date];
          expect(label, `${date} ${festival.name}`).toBeDefined();
          const [, name, days] = label!.split(',');
          expect(festival.name.startsWith(name!), `${date}: ${festival.name} vs ${name}`).toBe(true);
          expect(festival.dates.length, `${festival.name} ${year}`).toBe(Number(days));
        }
      }
    }
  });

  it('has as many working days as the official 2025 and 2026, since 调休 only swaps days', () => {
    for (const year of [2025, 2026]) {
      const provisional = createCalendar({ overrides: [provisionalArrangement(year)] });
      const span: [string, string] = [`${year - 1}-12-31`, `${year}-12-31`];
      expect(provisional.workdaysBetween(...span), String(year)).toBe(officialCalendar.workdaysBetween(...span));
    }
  });

  it('makes up a statutory day on a weekend on the first working day after the festival (article 6)', () => {
    const holidays = provisionalArrangement(2027).holidays;
    // 除夕 is a Friday: the Saturday and Sunday of 春节 are made up on Tuesday and Wednesday.
    expect(holidays.filter((h) => h.name === '春节（补假）').map((h) => h.date)).toEqual(['2027-02-09', '2027-02-10']);
    expect(provisionalArrangement(2027).workdays).toEqual([]);
    // 2028: 元旦 on a Saturday, and 中秋 on 3 October inside 国庆: two days made up after 国庆.
    const days2028 = provisionalArrangement(2028).holidays.map((h) => h.date);
    expect(days2028).toContain('2028-01-03');
    expect(days2028.filter((d) => d.startsWith('2028-10'))).toEqual([
      '2028-10-01',
      '2028-10-02',
      '2028-10-03',
      '2028-10-04',
      '2028-10-05',
    ]);
  });

  it('keeps every day of a provisional year inside that year, 元旦 first, as an override must', () => {
    for (let year = 2027; year <= 2100; year++) {
      const { holidays } = provisionalArrangement(year);
      expect(holidays[0]).toEqual({ date: `${year}-01-01`, name: '元旦' });
      for (const h of holidays) expect(h.date.startsWith(`${year}-`), h.date).toBe(true);
    }
  });
});
