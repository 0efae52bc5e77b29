import { sql } from 'drizzle-orm';
import type { HotlineFigureRow, HotlineFigures } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import { queryRows, type Db } from '../../platform/db/database';
import { hotlineTickets } from './hotline.tables';

type Counts = {
  region_code: string;
  department_id: string | null;
  department_name: string | null;
  tickets: string;
  on_spot: string;
  signed: string;
  signed_on_time: string;
  replied: string;
  replied_on_time: string;
  dispatched: string;
  returned: string;
  reopened: string;
  revisited: string;
  satisfied: string;
};

const share = (part: string, whole: string) => (Number(whole) === 0 ? null : Number(part) / Number(whole));

function toRow(c: Counts): HotlineFigureRow {
  return {
    regionCode: c.region_code,
    departmentId: c.department_id,
    departmentName: c.department_name,
    tickets: Number(c.tickets),
    onSpotRate: share(c.on_spot, c.tickets),
    signOnTimeRate: share(c.signed_on_time, c.signed),
    replyOnTimeRate: share(c.replied_on_time, c.replied),
    returnRate: share(c.returned, c.dispatched),
    reopenRate: share(c.reopened, c.revisited),
    satisfactionRate: share(c.satisfied, c.revisited),
  };
}

/**
 * The hotline's figures for a period (tickets created in it): on-the-spot resolution, signing and
 * replying on time, returns, re-openings and satisfaction at revisit — per county and per
 * department. The supervision dashboards call `figures` as a service.
 */
export function createHotlineFigures(deps: { db: Db }) {
  const counts = (groupBy: 'region' | 'department', input: { region: string; from: string; to: string }) => {
    const region = groupBy === 'region' ? sql`left(region_code, 6)` : sql`max(region_code)`;
    const group =
      groupBy === 'region' ? sql`group by left(region_code, 6)` : sql`group by department_id, department_name`;
    const department =
      groupBy === 'region' ? sql`null as department_id, null as department_name` : sql`department_id, department_name`;
    return queryRows<Counts>(
      deps.db,
      sql`select ${region} as region_code, ${department},
            count(*) as tickets,
            count(*) filter (where status = 'answered_on_spot') as on_spot,
            count(*) filter (where signed_late is not null) as signed,
            count(*) filter (where signed_late = false) as signed_on_time,
            count(*) filter (where replied_late is not null) as replied,
            count(*) filter (where replied_late = false) as replied_on_time,
            count(*) filter (where department_id is not null) as dispatched,
            count(*) filter (where return_count > 0) as returned,
            count(*) filter (where reopen_count > 0) as reopened,
            count(*) filter (where revisit is not null or reopen_count > 0) as revisited,
            count(*) filter (where (revisit->>'satisfied')::boolean) as satisfied
          from ${hotlineTickets}
          where region_code like ${`${input.region}%`} and created_on between ${input.from} and ${input.to}
            and status <> 'merged' ${groupBy === 'department' ? sql`and department_id is not null` : sql``}
          ${group} order by 1, 2`,
    );
  };

  return {
    async figures(
      context: RequestContext,
      query: { region?: string; from: string; to: string },
    ): Promise<HotlineFigures> {
      const actor = requireAccess(context, 'hotline:figures');
      const region = query.region ?? (actor.kind === 'staff' ? actor.regionCode : '37');
      // Staff see their own region and below.
      const scoped = actor.kind === 'staff' && !region.startsWith(actor.regionCode) ? actor.regionCode : region;
      const input = { region: scoped, from: query.from, to: query.to };
      const [byRegion, byDepartment] = await Promise.all([counts('region', input), counts('department', input)]);
      return { byRegion: byRegion.map(toRow), byDepartment: byDepartment.map(toRow) };
    },
  };
}
