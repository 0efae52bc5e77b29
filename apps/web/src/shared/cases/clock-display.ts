import type { ClockView } from '@yici/contracts';
import { messages } from '../../messages';

const text = messages.cases.clock;

/** The antd tag colour of each card: the e-monitoring's yellow and red cards keep their colours. */
export const CARD_COLOURS = {
  green: 'green',
  yellow: 'gold',
  red: 'red',
  paused: 'blue',
  stopped: 'default',
  not_started: 'default',
} as const satisfies Record<ClockView['card'], string>;

/** What a clock says in a list: the working days left (or overdue), or why it is not running. */
export function describeClock(clock: ClockView): string {
  if (clock.card === 'not_started') return text.notStarted;
  if (clock.card === 'stopped') return text.stopped(clock.stoppedOn);
  if (clock.paused) return text.paused(clock.elapsedWorkdays);
  const remaining = clock.remainingWorkdays ?? 0;
  return remaining < 0 ? text.overdue(-remaining) : text.remaining(remaining);
}
