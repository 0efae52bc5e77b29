import { and, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import { writeAll, type Statement } from '../../platform/db/write-batch';
import type { DueDayMove } from '../deadlines/deadlines.service';
import { createCaseCore } from './cases.core';
import type { CasesDeps } from './cases.deps';
import { cases } from './cases.tables';

/** Cases written per combined statement when many due days moved at once. */
const CHUNK = 200;

/**
 * When a year's official arrangement replaces the provisional one, a case whose due day moved
 * gets a timeline event and an audit entry, and its applicant a message: the promised day is what
 * the applicant plans around (行政许可法 §42 limits count in working days, so the notice decides).
 */
export function createDueDayUseCases(deps: CasesDeps) {
  const core = createCaseCore(deps);

  return {
    async recordDueDaysMovedIn(
      tx: DbOrTx,
      context: RequestContext,
      input: { year: number; moves: DueDayMove[] },
    ): Promise<number> {
      const moves = input.moves.filter((m) => m.subjectType === 'case');
      let recorded = 0;
      for (let start = 0; start < moves.length; start += CHUNK) {
        const chunk = moves.slice(start, start + CHUNK);
        const rows = await tx
          .select()
          .from(cases)
          .where(
            and(
              inArray(
                cases.id,
                chunk.map((m) => m.subjectId),
              ),
              // Synthetic history has no timeline, audit or applicant to tell.
              sql`not ${cases.synthetic}`,
            ),
          );
        const byId = new Map(rows.map((row) => [row.id, row]));
        const statements: Statement[] = [];
        for (const move of chunk) {
          const row = byId.get(move.subjectId);
          if (!row) continue;
          const details = { year: input.year, from: move.from, to: move.to };
          statements.push(
            ...core.recordStatements(context, row, 'due_day_rederived', details),
            ...core.notifyStatements(
              row,
              'case_due_day_moved',
              `国务院办公厅公布了 ${input.year} 年节假日安排，您的“${row.title}”办结期限由 ${move.from} 调整为 ${move.to}。`,
            ),
          );
          recorded += 1;
        }
        await writeAll(tx, statements);
      }
      return recorded;
    },
  };
}
