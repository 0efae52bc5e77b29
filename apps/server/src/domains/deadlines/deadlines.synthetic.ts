import { copyLine, type BulkSession, type BulkTable } from '../../platform/db/bulk-copy';

/**
 * The working-day clocks of synthetic cases and tasks (`yici history generate`), written in bulk
 * with `synthetic = true`: computed with the real calendar, never re-derived when a year's notice
 * is entered, never in a due list.
 */
export type SyntheticClock = {
  id: string;
  subjectType: 'case' | 'task';
  subjectId: string;
  regionCode: string;
  limitDays: number;
  baseOn: string;
  stoppedOn: string | null;
  elapsedWorkdays: number | null;
  dueOn: string;
  updatedAt: string;
};

export const SYNTHETIC_CLOCKS: BulkTable = {
  table: 'deadline_clocks',
  columns: [
    'id',
    'subject_type',
    'subject_id',
    'region_code',
    'limit_days',
    'base_on',
    'stopped_on',
    'elapsed_workdays',
    'due_on',
    'updated_at',
    'synthetic',
  ],
};

export function syntheticClockLine(c: SyntheticClock): string {
  return copyLine([
    c.id,
    c.subjectType,
    c.subjectId,
    c.regionCode,
    c.limitDays,
    c.baseOn,
    c.stoppedOn,
    c.elapsedWorkdays,
    c.dueOn,
    c.updatedAt,
    true,
  ]);
}

export async function deleteSyntheticClocks(session: BulkSession): Promise<number> {
  const rows = await session.query<{ n: number }>(
    'with d as (delete from deadline_clocks where synthetic returning 1) select count(*)::int as n from d',
  );
  return Number(rows[0]?.n ?? 0);
}
