import { sql } from 'drizzle-orm';
import type { ClockMode } from '@yici/contracts';
import { queryRows, type Database, type DbOrTx } from '../../platform/db/database';
import { startPeriodicJob, type PeriodicJob } from '../../platform/jobs/periodic-job';
import type { ClockAnchor, SimulatedClock } from './simulation.clock';

/**
 * A database belongs to one clock mode for its whole life: records made on simulated time must
 * never mix with real ones (a simulated 2018 case in a real inbox, a real certificate signed in a
 * simulated year). The mode is written at the first start; a start in the other mode is refused
 * before anything is written, migrations included.
 */
const MODE_KEY = 'clock_mode';
const ANCHOR_KEY = 'simulated_clock';
const SEEDED_KEY = 'reference_data_seeded_at';

export class ClockModeMismatch extends Error {}

type MetaRow = { key: string; value: string };

async function readMeta(db: DbOrTx, keys: string[]): Promise<Map<string, string>> {
  // Before the first migration there is no table to read: a new database, any mode is fine.
  const [table] = await queryRows<{ found: string | null }>(
    db,
    sql`select to_regclass('platform_meta')::text as found`,
  );
  if (!table?.found) return new Map();
  const rows = await queryRows<MetaRow>(
    db,
    sql`select key, value from platform_meta where key in (${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** The mode a database was started in; one seeded before modes were recorded is a real one. */
export async function installationMode(db: DbOrTx): Promise<ClockMode | null> {
  const meta = await readMeta(db, [MODE_KEY, SEEDED_KEY]);
  const recorded = meta.get(MODE_KEY);
  if (recorded === 'real' || recorded === 'simulated') return recorded;
  return meta.has(SEEDED_KEY) ? 'real' : null;
}

const MODE_NAMES: Record<ClockMode, string> = { real: '实际时间（正式环境）', simulated: '模拟时间（模拟环境）' };

/** Throws (nothing written) when the database holds data of the other mode. */
export async function requireInstallationMode(database: Database, wanted: ClockMode, hint: string): Promise<void> {
  const mode = await installationMode(database.db);
  if (mode === null || mode === wanted) return;
  throw new ClockModeMismatch(
    `拒绝启动：该数据库保存的是${MODE_NAMES[mode]}的数据，不能以${MODE_NAMES[wanted]}使用，以免两种数据混在一起。${hint}`,
  );
}

/** Records the mode at the first start (a later start finds it and leaves it). */
export async function recordInstallationMode(db: DbOrTx, mode: ClockMode, now: Date): Promise<void> {
  await db.execute(
    sql`insert into platform_meta (key, value, updated_at) values (${MODE_KEY}, ${mode}, ${now}) on conflict (key) do nothing`,
  );
}

/** The simulated clock's anchor as last kept; null before the first simulated start. */
export async function loadClockAnchor(db: DbOrTx): Promise<ClockAnchor | null> {
  const value = (await readMeta(db, [ANCHOR_KEY])).get(ANCHOR_KEY);
  if (!value) return null;
  const parsed = JSON.parse(value) as ClockAnchor;
  return Number.isFinite(parsed.simulatedAt) && Number.isFinite(parsed.realAt) ? parsed : null;
}

/** Keeps the anchor, never moving the kept simulated time back (another process may be ahead). */
export async function saveClockAnchor(db: DbOrTx, anchor: ClockAnchor, now: Date): Promise<void> {
  const value = JSON.stringify(anchor);
  await db.execute(
    sql`insert into platform_meta (key, value, updated_at) values (${ANCHOR_KEY}, ${value}, ${now})
        on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at
        where (platform_meta.value::jsonb ->> 'simulatedAt')::numeric <= (excluded.value::jsonb ->> 'simulatedAt')::numeric`,
  );
}

/**
 * Keeps the simulated clock and the database in step every few seconds: adopts a move another
 * process made (an administrator's advance), then keeps this process's reading so that a restart
 * continues from about where the platform stopped (time stands still while it is down).
 */
export function startClockKeeper(options: {
  db: DbOrTx;
  clock: SimulatedClock;
  intervalMs?: number;
  onError: (error: unknown) => void;
}): PeriodicJob & { keepNow(): Promise<void> } {
  const keepNow = async () => {
    const stored = await loadClockAnchor(options.db);
    if (stored) options.clock.adopt(stored);
    const now = options.clock.now();
    await saveClockAnchor(options.db, options.clock.anchorFor(now), now);
  };
  const job = startPeriodicJob({
    intervalMs: options.intervalMs ?? 5_000,
    run: async () => {
      await keepNow();
      return false;
    },
    onError: options.onError,
  });
  return { ...job, keepNow };
}
