import { systemClock, type Clock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import { createSimulatedClock, type SimulatedClock } from './simulation.clock';
import { loadClockAnchor } from './simulation.installation';

/** The clock part of the configuration: real time, or 模拟环境 from a start instant at a rate. */
export type ClockSetting = { mode: 'real' } | { mode: 'simulated'; start: Date; rate: number | null };

/**
 * The platform's clock for a process on this database: real time, or the simulated clock from the
 * anchor the platform last kept (the configured start before the first simulated start). The
 * server and the command line read the same time, so a command run beside a simulated platform
 * writes as of the simulated day, never as of today.
 */
export async function platformClockOf(
  setting: ClockSetting,
  database: Database,
  realNow: () => number,
): Promise<Clock | SimulatedClock> {
  if (setting.mode === 'real') return systemClock;
  const anchor = await loadClockAnchor(database.db);
  return anchor
    ? createSimulatedClock({ anchor: { ...anchor, rate: setting.rate }, realNow })
    : createSimulatedClock({ start: setting.start, rate: setting.rate, realNow });
}
