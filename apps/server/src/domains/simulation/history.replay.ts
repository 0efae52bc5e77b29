import type { Clock } from '../../platform/clock';
import {
  drawDays,
  periodOf,
  referenceOf,
  rememberingCalendar,
  synthesizeCase,
  type HistoryPorts,
} from './history.generate';
import type { HistoryPlan } from './history.reference';
import { seededRandom } from './history.random';
import type { ReplayedCase, ReplayRequest } from '../evaluation/evaluation.replay-port';

/**
 * The reform simulator's year (`evaluation.reform.ts`): the bulk history generator's model of a
 * province-year, replayed in memory and written nowhere. Where and what each case is filed for
 * comes from the generator's own draws for the seed; how each case runs comes from a random stream
 * of its own (seeded by the seed and the case's number), so that a change to one kind of case
 * leaves every other case exactly as it was: the baseline and the variant differ by the change
 * alone (a paired comparison), not by the luck of the draw. It implements the evaluation domain's
 * replay port (`evaluation.replay-port.ts`).
 */
const YIELD_EVERY = 2_000;

export async function replayYear(ports: HistoryPorts, clock: Clock, request: ReplayRequest): Promise<ReplayedCase[]> {
  const { from, to } = periodOf({ year: request.year }, clock);
  const reference = await referenceOf(ports, from, to);
  const calendar = rememberingCalendar(ports.calendar);
  const today = clock.today();
  const changed = new Map<HistoryPlan, HistoryPlan>();
  const planFor = (plan: HistoryPlan) => {
    if (!request.plan) return plan;
    let result = changed.get(plan);
    if (!result) changed.set(plan, (result = request.plan(plan)));
    return result;
  };
  const out: ReplayedCase[] = [];
  let n = 0;
  for (const { day, choices } of drawDays(reference, request.seed, request.cases)) {
    for (const choice of choices) {
      n += 1;
      if (n % YIELD_EVERY === 0) {
        await request.onProgress?.(n, request.cases);
        // A replay shares the process with requests: let them through.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const bundleId = choice.plan.bundleId;
      if (!bundleId || !request.bundleIds.has(bundleId)) continue;
      const { theCase, tasks } = synthesizeCase({
        ...choice,
        plan: planFor(choice.plan),
        day,
        id: '',
        taskIdOf: () => '',
        caseNumber: '',
        calendar,
        today,
        random: seededRandom(`reform-case:${request.seed}:${n}`),
        variant: request.variant,
      });
      let certifiedOn: string | null = null;
      for (const task of tasks)
        if (task.decision === 'grant' && task.decidedAt) {
          const decidedOn = chinaDayOf(task.decidedAt);
          if (certifiedOn === null || decidedOn > certifiedOn) certifiedOn = decidedOn;
        }
      out.push({
        city: theCase.regionCode.slice(0, 4),
        bundleId,
        submittedOn: theCase.receivedOn,
        certifiedOn,
        completed: theCase.status === 'completed',
        granted: theCase.outcome === 'granted',
        procedures: theCase.visits + tasks.length,
      });
    }
  }
  await request.onProgress?.(request.cases, request.cases);
  return out;
}

/** The China date of an instant written by the model (ISO, UTC). */
function chinaDayOf(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
}
