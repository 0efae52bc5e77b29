import type { ClockAdvance, PlatformClock } from '@yici/contracts';
import { requireStaff } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { Calendar } from '../../platform/calendar/calendar';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { chinaMinute, type SimulatedClock } from './simulation.clock';
import { saveClockAnchor } from './simulation.installation';
import { simulationErrors } from './simulation.errors';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The instant of `date` (a China date) at the China time of day of `instant`. */
export function sameTimeOfDayOn(date: string, instant: Date): Date {
  const timeOfDay = (((instant.getTime() + CHINA_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS + timeOfDay);
}

/**
 * Reading the platform's clock (anyone: the banner shows it) and, in 模拟环境 only, moving it
 * forward (administrators). After a move the time-driven jobs run at once (`onAdvanced`), so that
 * a case that became deemed-accepted or overdue shows so without waiting for their interval.
 */
export function createClockControl(deps: {
  db: Db;
  clock: Clock | SimulatedClock;
  audit: AuditPort;
  calendar: { calendar(): Promise<Calendar> };
  onAdvanced?: () => void;
}) {
  const { db, clock, audit } = deps;
  const simulated = 'mode' in clock && clock.mode === 'simulated' ? clock : null;

  const read = (): PlatformClock => ({
    mode: simulated ? 'simulated' : 'real',
    now: clock.now().toISOString(),
    today: clock.today(),
    rate: simulated?.rate ?? null,
  });

  return {
    simulated: simulated !== null,
    read,

    async advance(context: RequestContext, input: ClockAdvance): Promise<PlatformClock> {
      requireStaff(context, 'clock:advance');
      if (!simulated) throw simulationErrors.clockNotSimulated();
      const from = simulated.now();
      const to =
        input.to !== undefined
          ? new Date(input.to)
          : sameTimeOfDayOn((await deps.calendar.calendar()).addWorkdays(simulated.today(), input.workingDays!), from);
      if (to.getTime() < from.getTime()) throw simulationErrors.clockBackwards(chinaMinute(from));
      await db.transaction(async (tx) => {
        await audit.record(tx, context, {
          action: 'platform.clock.advance',
          subjectType: 'platform_clock',
          subjectId: 'simulated',
          details: { from: from.toISOString(), to: to.toISOString(), workingDays: input.workingDays ?? null },
        });
        // Kept with the audit entry: other processes and a restart continue from here.
        await saveClockAnchor(tx, simulated.anchorFor(to), to);
      });
      if (!simulated.advanceTo(to)) throw simulationErrors.clockBackwards(chinaMinute(simulated.now()));
      deps.onAdvanced?.();
      return read();
    },
  };
}

export type ClockControl = ReturnType<typeof createClockControl>;
