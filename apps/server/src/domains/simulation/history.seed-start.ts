import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import { platformMeta } from '../../platform/db/platform.tables';
import { DomainError } from '../../platform/errors';
import { HISTORY_ERROR_CODES } from './history.errors';
import { generateHistory, type HistoryPorts, type HistoryResult } from './history.generate';

const SEEDED_KEY = 'history-seeded';
/** The start's small history: 2018 (the reform's first year, 17 cities) and the last 60 days. */
export const START_HISTORY = { year: 2018, yearCases: 5_000, recentDays: 60, recentCases: 3_000, seed: 2018 } as const;

/**
 * Seeds a small synthetic history once per database, so that every statistics page has data from
 * the first start: a simulated 2018 at a small scale and the 60 days before the clock's today. Runs
 * with the platform's clock (the real one, or the simulated one). Idempotent: a marker in
 * `platform_meta` says it was done; a start interrupted between the two runs finds the first one
 * written (same ids) and goes on with the second.
 */
export async function seedStartHistory(options: {
  database: Database;
  clock: Clock;
  ports: () => Promise<HistoryPorts>;
  /** Smaller sizes for tests; the start uses START_HISTORY's. */
  sizes?: { yearCases: number; recentCases: number };
}): Promise<{ outcome: 'seeded' | 'already_seeded'; runs: HistoryResult[] }> {
  const { database, clock } = options;
  const marker = await database.db.select().from(platformMeta).where(eq(platformMeta.key, SEEDED_KEY));
  if (marker.length > 0) return { outcome: 'already_seeded', runs: [] };
  const ports = await options.ports();
  const sizes = options.sizes ?? START_HISTORY;
  const today = clock.today();
  const recentFrom = addDays(today, -START_HISTORY.recentDays);
  // A simulated platform living in 2018 has the year's days before the window only (never two
  // synthetic histories of one day, never a day after yesterday).
  const yearTo = [`${START_HISTORY.year}-12-31`, addDays(recentFrom, -1)].sort()[0]!;
  const requests = [
    ...(yearTo >= `${START_HISTORY.year}-01-01`
      ? [{ from: `${START_HISTORY.year}-01-01`, to: yearTo, cases: sizes.yearCases, seed: START_HISTORY.seed }]
      : []),
    { from: recentFrom, to: addDays(today, -1), cases: sizes.recentCases, seed: START_HISTORY.seed },
  ];
  const runs: HistoryResult[] = [];
  for (const request of requests) {
    try {
      runs.push(await generateHistory(database, ports, clock, request));
    } catch (error) {
      // Written by an interrupted start already, or (a simulated start early in 2018) nothing in force yet.
      const skipped: string[] = [HISTORY_ERROR_CODES.alreadyGenerated, HISTORY_ERROR_CODES.nothingInForce];
      if (!(error instanceof DomainError && skipped.includes(error.code))) throw error;
    }
  }
  await database.db
    .insert(platformMeta)
    .values({ key: SEEDED_KEY, value: clock.now().toISOString(), updatedAt: clock.now() })
    .onConflictDoNothing();
  return { outcome: 'seeded', runs };
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
