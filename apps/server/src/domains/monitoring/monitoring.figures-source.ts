import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { queryRows, type Db } from '../../platform/db/database';
import { monitoringCardEvents, monitoringCards } from './monitoring.tables';

/** The cards of one group over a period: raised (yellow; red, escalations included), cleared, open at its end. */
export type CardCountRow = {
  key: string;
  name: string | null;
  yellowRaised: number;
  redRaised: number;
  cleared: number;
  openYellow: number;
  openRed: number;
};

export type CardCountsOfRegion = {
  total: CardCountRow;
  /** Per region one level down (codes cut to `childLength`); empty without it. */
  byRegion: CardCountRow[];
  byDepartment: CardCountRow[];
  byItem: CardCountRow[];
};

type Counts = {
  set: number;
  key: string | null;
  name: string | null;
  yellow_raised: string;
  red_raised: string;
  cleared: string;
  open_yellow: string;
  open_red: string;
};

const toRow = (r: Counts): CardCountRow => ({
  key: r.key ?? '',
  name: r.name,
  yellowRaised: Number(r.yellow_raised),
  redRaised: Number(r.red_raised),
  cleared: Number(r.cleared),
  openYellow: Number(r.open_yellow),
  openRed: Number(r.open_red),
});

const ZERO: CardCountRow = {
  key: '',
  name: null,
  yellowRaised: 0,
  redRaised: 0,
  cleared: 0,
  openYellow: 0,
  openRed: 0,
};

/**
 * Read-only counts of 电子监察's cards for the figures and the bulletins, from the card records and
 * their history (written only by the pass, never recomputed here): what happened on a China day
 * is an event's `on`, so a period's counts are its events; a card open at the period's end was
 * raised by then and not cleared by then, at the level its last event by then gave it.
 */
export function createMonitoringFiguresSource(deps: {
  db: Db;
  clock: Clock;
  network: { regionNames(codes: string[]): Promise<Map<string, string>> };
}) {
  const { db } = deps;

  /** A region's cards in total and per child region, department and item, in one grouped scan. */
  async function countsOf(input: {
    regionCode: string;
    childLength: number | null;
    from: string;
    to: string;
  }): Promise<CardCountsOfRegion> {
    const inRegion = sql`left(k.region_code, ${input.regionCode.length}) = ${input.regionCode}`;
    // A period ending today reads the cards as they stand; an earlier end replays their history.
    const open =
      input.to >= deps.clock.today()
        ? sql`select k.id, k.level from ${monitoringCards} k where k.status = 'open' and ${inRegion}`
        : sql`select k.id, l.level from ${monitoringCards} k
              cross join lateral (select e.level from ${monitoringCardEvents} e
                where e.card_id = k.id and e.on <= ${input.to} order by e.id desc limit 1) l
              where k.raised_on <= ${input.to} and (k.cleared_on is null or k.cleared_on > ${input.to})
                and ${inRegion}`;
    const child = sql`left(k.region_code, ${input.childLength ?? input.regionCode.length})`;
    const rows = await queryRows<Counts>(
      db,
      sql`with changed as (
            select e.card_id, e.kind, e.level from ${monitoringCardEvents} e
            where e.on between ${input.from} and ${input.to} and e.kind in ('raised', 'escalated', 'cleared')
          ), open_at_end as (${open})
          select case when grouping(x.child) = 0 then 1 when grouping(x.department_id) = 0 then 2
              when grouping(x.item_code) = 0 then 3 else 0 end as set,
            coalesce(case when grouping(x.child) = 0 then x.child when grouping(x.department_id) = 0
              then x.department_id else x.item_code end, '') as key,
            case when grouping(x.department_id) = 0 then max(x.department_name)
              when grouping(x.item_code) = 0 then max(x.item_name) end as name,
            count(*) filter (where x.kind = 'raised' and x.level = 'yellow') as yellow_raised,
            count(*) filter (where x.kind in ('raised', 'escalated') and x.level = 'red') as red_raised,
            count(*) filter (where x.kind = 'cleared') as cleared,
            count(*) filter (where x.open_level = 'yellow') as open_yellow,
            count(*) filter (where x.open_level = 'red') as open_red
          from (
            select ${child} as child, k.department_id, k.department_name, k.item_code, k.item_name,
              u.kind, u.level, u.open_level
            from (
              select card_id, kind, level, null::text as open_level from changed
              union all select id, null::text, null::text, level from open_at_end
            ) u
            join ${monitoringCards} k on k.id = u.card_id
            where ${inRegion}
          ) x
          group by grouping sets ((), (x.child), (x.department_id), (x.item_code))
          order by 1, 2`,
    );
    const ofSet = (set: number) => rows.filter((r) => Number(r.set) === set).map(toRow);
    const byRegion = input.childLength === null ? [] : ofSet(1);
    const names = await deps.network.regionNames(byRegion.map((r) => r.key));
    return {
      total: { ...(ofSet(0)[0] ?? ZERO), key: input.regionCode },
      byRegion: byRegion.map((r) => ({ ...r, name: names.get(r.key) ?? null })),
      byDepartment: ofSet(2),
      byItem: ofSet(3),
    };
  }

  return {
    countsOf,

    /** A bulletin's red cards: cards raised red or escalated to red in the period, by city and department. */
    async redCardsBy(period: { from: string; to: string }) {
      const counts = await countsOf({ regionCode: '37', childLength: 4, ...period });
      return {
        byCity: counts.byRegion
          .filter((r) => r.redRaised > 0)
          .map((r) => ({ regionCode: r.key, name: r.name ?? r.key, count: r.redRaised })),
        byDepartment: counts.byDepartment
          .filter((r) => r.redRaised > 0)
          .map((r) => ({ departmentId: r.key, name: r.name ?? '未明确部门', count: r.redRaised })),
      };
    },
  };
}

export type MonitoringFiguresSource = ReturnType<typeof createMonitoringFiguresSource>;
