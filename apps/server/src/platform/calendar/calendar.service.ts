import type { CalendarYearOverride } from '@yici/contracts';
import type { Clock } from '../clock';
import type { RequestContext } from '../actor';
import { requireStaff } from '../access/access';
import { invalid } from '../errors';
import type { Db } from '../db/database';
import type { AuditLog } from '../audit/audit.service';
import { createCalendar, type Calendar, type CalendarYear } from './calendar';
import type { CalendarRepository } from './calendar.repository';
import { validateYearOverride } from './calendar.validation';

/** How long a process trusts its loaded overrides before asking the database whether they changed. */
const REFRESH_MS = 30_000;

/**
 * The working-day calendar with the administrators' overrides from the database. Reads are served
 * from memory; an edit in another process is picked up within REFRESH_MS.
 */
export function createCalendarService(deps: { repo: CalendarRepository; clock: Clock; db: Db; audit: AuditLog }) {
  const { repo, clock, db, audit } = deps;
  let current: Calendar | null = null;
  let loadedChange: string | null = null;
  let checkedAt = 0;

  async function load(): Promise<Calendar> {
    const [overrides, change] = await Promise.all([repo.listOverrides(), repo.lastChange()]);
    current = createCalendar({ overrides });
    loadedChange = change;
    checkedAt = clock.now().getTime();
    return current;
  }

  async function calendar(): Promise<Calendar> {
    if (!current) return load();
    if (clock.now().getTime() - checkedAt > REFRESH_MS) {
      checkedAt = clock.now().getTime();
      // Refreshed in the background: callers may hold a transaction, and on the embedded database
      // (one connection) waiting here for another query would wait for ourselves. Another
      // process's edit is therefore seen from the next call on, within the refresh interval.
      // A failed check or reload keeps the calendar in hand and is tried again after the interval.
      void repo
        .lastChange()
        .then((change) => (change !== loadedChange ? load() : undefined))
        .catch(() => undefined);
    }
    return current;
  }

  return {
    calendar,

    async listYears(): Promise<{ year: number; source: CalendarYear['source'] }[]> {
      const cal = await calendar();
      return cal.coveredYears().map((year) => ({ year, source: cal.getYearArrangement(year).source }));
    },

    async getYear(year: number): Promise<CalendarYear> {
      return (await calendar()).getYearArrangement(year);
    },

    /** Enters or corrects one year (the State Council's notice); contradictions are refused whole. */
    async putYear(context: RequestContext, options: { input: unknown; year: number }): Promise<CalendarYear> {
      const actor = requireStaff(context, 'calendar:edit');
      const override: CalendarYearOverride = validateYearOverride(options.input);
      if (override.year !== options.year) {
        throw invalid('CALENDAR_OVERRIDE_CONTRADICTION', '节假日安排自相矛盾', [
          { path: 'year', message: `请求体中的年份 ${override.year} 与地址中的 ${options.year} 不一致` },
        ]);
      }
      await db.transaction(async (tx) => {
        await repo.withTx(tx).saveOverride({ override, at: clock.now(), by: actor.accountId });
        await audit.record(tx, context, {
          action: 'platform.calendar.override',
          subjectType: 'calendar_year',
          subjectId: String(override.year),
          details: { holidays: override.holidays.length, workdays: override.workdays.length },
        });
      });
      const cal = await load();
      return cal.getYearArrangement(override.year);
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
