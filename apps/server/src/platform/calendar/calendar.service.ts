import type { CalendarYearOverride } from '@yici/contracts';
import type { Clock } from '../clock';
import type { RequestContext } from '../actor';
import { requireStaff } from '../access/access';
import { invalid } from '../errors';
import type { Db, DbOrTx } from '../db/database';
import type { AuditLog } from '../audit/audit.service';
import { createCalendar, type Calendar, type CalendarYear } from './calendar';
import { calendarWarning } from './calendar.warning';
import { formatDayNumber, parseIsoDate } from './calendar.dates';
import type { Outbox } from '../outbox/outbox.service';
import type { CalendarRepository } from './calendar.repository';
import { validateYearOverride } from './calendar.validation';

/** How long a process trusts its loaded overrides before asking the database whether they changed. */
const REFRESH_MS = 30_000;
/** The administrators' warning is repeated weekly until the year is entered. */
const WARNING_EVERY_DAYS = 7;

/** What entering a year made the clocks do (see `onYearEntered`). */
export type YearEntryEffect = { clocksRederived: number; dueDaysMoved: number };

/**
 * Runs in the transaction that saves a year's arrangement, with the calendar that holds it: the
 * composition root re-derives every running clock's due day there and tells the applicants.
 */
export type YearEnteredHook = (
  tx: DbOrTx,
  context: RequestContext,
  change: { year: number; calendar: Calendar },
) => Promise<YearEntryEffect>;

/**
 * The working-day calendar with the administrators' overrides from the database. Reads are served
 * from memory; an edit in another process is picked up within REFRESH_MS.
 */
export function createCalendarService(deps: {
  repo: CalendarRepository;
  clock: Clock;
  db: Db;
  audit: AuditLog;
  onYearEntered?: YearEnteredHook;
  /** Where the warning to administrators goes: their phones, through the outbox. */
  warnings?: { outbox: Pick<Outbox, 'enqueue'>; administratorPhones: () => Promise<string[]> };
}) {
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

    /** The official years, then this year and next when they are provisional, so they can be seen. */
    async listYears(): Promise<{ year: number; source: CalendarYear['source'] }[]> {
      const cal = await calendar();
      const thisYear = Number(clock.today().slice(0, 4));
      const years = new Set([...cal.coveredYears(), thisYear, thisYear + 1]);
      return [...years]
        .sort((a, b) => a - b)
        .map((year) => ({
          year,
          source: cal.isYearOfficial(year) ? cal.getYearArrangement(year).source : 'provisional',
        }));
    },

    /** This year and next, official or provisional, and the administrators' warning from 1 November. */
    async status() {
      return calendarWarning(await calendar(), clock.today());
    },

    /**
     * Sends the warning of `status` to every administrator through the outbox, once a week while
     * it stands; of several processes only one sends it. Run periodically; returns how many
     * messages were queued.
     */
    async warnAdministrators(): Promise<number> {
      const { warning } = calendarWarning(await calendar(), clock.today());
      if (!warning || !deps.warnings) return 0;
      const { outbox, administratorPhones } = deps.warnings;
      const today = clock.today();
      const notSince = formatDayNumber(parseIsoDate(today)!.dayNumber - WARNING_EVERY_DAYS + 1);
      // Read before the transaction: on the embedded database it holds the only connection.
      const phones = [...new Set(await administratorPhones())];
      return db.transaction(async (tx) => {
        const claimed = await repo.withTx(tx).claimWarning({ year: warning.year, today, notSince, at: clock.now() });
        if (!claimed) return 0;
        for (const phone of phones)
          await outbox.enqueue(tx, {
            channel: 'sms',
            recipient: phone,
            template: 'calendar_year_provisional',
            body: `【一次办好】${warning.message}`,
            payload: { year: warning.year },
          });
        return phones.length;
      });
    },

    async getYear(year: number): Promise<CalendarYear> {
      return (await calendar()).getYearArrangement(year);
    },

    /**
     * Enters or corrects one year (the State Council's notice); contradictions are refused whole.
     * In the same transaction every running clock through that year derives its due day again
     * (`onYearEntered`), so no clock keeps a provisional due day once the notice is in.
     */
    async putYear(
      context: RequestContext,
      options: { input: unknown; year: number },
    ): Promise<CalendarYear & YearEntryEffect> {
      const actor = requireStaff(context, 'calendar:edit');
      const override: CalendarYearOverride = validateYearOverride(options.input);
      if (override.year !== options.year) {
        throw invalid('CALENDAR_OVERRIDE_CONTRADICTION', '节假日安排自相矛盾', [
          { path: 'year', message: `请求体中的年份 ${override.year} 与地址中的 ${options.year} 不一致` },
        ]);
      }
      const replaced = (await calendar()).getYearArrangement(override.year).source;
      const effect = await db.transaction(async (tx) => {
        const txRepo = repo.withTx(tx);
        await txRepo.saveOverride({ override, at: clock.now(), by: actor.accountId });
        const entered = createCalendar({ overrides: await txRepo.listOverrides() });
        const done = deps.onYearEntered
          ? await deps.onYearEntered(tx, context, { year: override.year, calendar: entered })
          : { clocksRederived: 0, dueDaysMoved: 0 };
        await audit.record(tx, context, {
          action: 'platform.calendar.override',
          subjectType: 'calendar_year',
          subjectId: String(override.year),
          details: {
            holidays: override.holidays.length,
            workdays: override.workdays.length,
            replaced,
            clocksRederived: done.clocksRederived,
            dueDaysMoved: done.dueDaysMoved,
          },
        });
        return done;
      });
      const cal = await load();
      return { ...cal.getYearArrangement(override.year), ...effect };
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
