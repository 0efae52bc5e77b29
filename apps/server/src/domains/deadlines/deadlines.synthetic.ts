import { type BulkSession, type BulkTable } from '../../platform/db/bulk-copy';

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

const orNull = (value: string | number | null): string | number => (value === null ? '\\N' : value);

/** One clock in COPY's text format (ids, codes, dates and instants only: nothing to escape). */
export function syntheticClockLine(c: SyntheticClock): string {
  return `${c.id}\t${c.subjectType}\t${c.subjectId}\t${c.regionCode}\t${c.limitDays}\t${c.baseOn}\t${orNull(c.stoppedOn)}\t${orNull(c.elapsedWorkdays)}\t${c.dueOn}\t${c.updatedAt}\tt\n`;
}

export async function deleteSyntheticClocks(session: BulkSession): Promise<number> {
  const rows = await session.query<{ n: number }>(
    'with d as (delete from deadline_clocks where synthetic returning 1) select count(*)::int as n from d',
  );
  return Number(rows[0]?.n ?? 0);
}
