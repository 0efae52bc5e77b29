import type { ClockCard, ClockView } from '@yici/contracts';
import type { Calendar } from '../../platform/calendar/calendar';

/**
 * The facts of a working-day clock (docs/DOMAIN.md §4), as `deadline_clocks` stores them. Everything a
 * user sees (due day, remaining days, card) is derived from these and the calendar of the day, so
 * that a corrected holiday arrangement moves every clock with it.
 */
export type ClockState = {
  limitDays: number;
  /** Acceptance of a case, opening of a task: day 1 is the first working day after it. */
  baseOn: string;
  extendedDays: number;
  /** Working days spent in closed pauses. */
  pausedWorkdays: number;
  /** The day the open pause began, if the clock is paused. */
  pausedOn: string | null;
  stoppedOn: string | null;
  /** Fixed when the clock stops; while it runs it is a function of today. */
  elapsedWorkdays: number | null;
};

/** The yellow card shows this many working days before the due day (docs/DOMAIN.md §4: one, configurable). */
export type ClockViewOptions = { yellowDays: number };

export const DEFAULT_YELLOW_DAYS = 1;

export function startClock(limitDays: number, baseOn: string): ClockState {
  requireWholeDays('limitDays', limitDays, 0);
  return {
    limitDays,
    baseOn,
    extendedDays: 0,
    pausedWorkdays: 0,
    pausedOn: null,
    stoppedOn: null,
    elapsedWorkdays: null,
  };
}

/**
 * One pause at a time: a case clock paused for a task's correction is the caller's to coordinate,
 * so a second pause is a bug in the caller rather than something to count.
 */
export function pauseClock(cal: Calendar, s: ClockState, on: string): ClockState {
  requireRunning(s, 'pause');
  if (s.pausedOn !== null) throw new Error(`clock already paused since ${s.pausedOn}`);
  requireNotBefore(cal, s.baseOn, on, 'pause');
  return { ...s, pausedOn: on };
}

/** The working days in (pausedOn, on] do not count: the day of resuming belongs to the pause. */
export function resumeClock(cal: Calendar, s: ClockState, on: string): ClockState {
  requireRunning(s, 'resume');
  if (s.pausedOn === null) throw new Error('clock is not paused');
  requireNotBefore(cal, s.pausedOn, on, 'resume');
  return { ...s, pausedOn: null, pausedWorkdays: s.pausedWorkdays + cal.workdaysBetween(s.pausedOn, on) };
}

/** The calendar is not needed to extend; it is taken so that every change has the same shape. */
export function extendClock(_cal: Calendar, s: ClockState, days: number): ClockState {
  requireRunning(s, 'extend');
  requireWholeDays('days', days, 1);
  return { ...s, extendedDays: s.extendedDays + days };
}

/** Stopping while paused closes the pause on the same day, so the paused days never count. */
export function stopClock(cal: Calendar, s: ClockState, on: string): ClockState {
  requireRunning(s, 'stop');
  requireNotBefore(cal, s.baseOn, on, 'stop');
  const running = s.pausedOn === null ? s : resumeClock(cal, s, on);
  return { ...running, stoppedOn: on, elapsedWorkdays: elapsedUntil(cal, running, on) };
}

/** The due day of a running clock; null while paused (it depends on the resume) or stopped. */
export function dueOnOf(cal: Calendar, s: ClockState): string | null {
  if (s.pausedOn !== null || s.stoppedOn !== null) return null;
  return dueDayOf(cal, s);
}

export function clockView(
  cal: Calendar,
  s: ClockState,
  today: string,
  options: ClockViewOptions = { yellowDays: DEFAULT_YELLOW_DAYS },
): ClockView {
  const common = {
    limitDays: s.limitDays,
    extendedDays: s.extendedDays,
    startsOn: cal.nextWorkday(s.baseOn),
    pausedWorkdays: s.pausedWorkdays,
    paused: s.pausedOn !== null,
    stoppedOn: s.stoppedOn,
  };
  if (s.stoppedOn !== null) {
    // The due day it had when it stopped stays visible, so a finished case shows whether it was on time.
    const elapsedWorkdays = s.elapsedWorkdays ?? elapsedUntil(cal, s, s.stoppedOn);
    const dueOn = dueDayOf(cal, s);
    const provisional = cal.isProvisionalBetween(s.baseOn, laterOf(dueOn, s.stoppedOn));
    return { ...common, dueOn, elapsedWorkdays, remainingWorkdays: null, card: 'stopped', provisional };
  }
  // An open pause counts as paused up to today, which freezes the remaining days at their value on the pause day.
  const openPause = s.pausedOn === null ? 0 : Math.max(0, cal.workdaysBetween(s.pausedOn, today));
  const elapsedWorkdays = Math.max(0, elapsedUntil(cal, s, today) - openPause);
  const remainingWorkdays = s.limitDays + s.extendedDays - elapsedWorkdays;
  const dueOn = dueOnOf(cal, s);
  // The due day, the days counted and the card all span base day, today and due day.
  const provisional = cal.isProvisionalBetween(earlierOf(s.baseOn, today), laterOf(dueOn ?? today, today));
  return {
    ...common,
    dueOn,
    elapsedWorkdays,
    remainingWorkdays,
    card: cardOf(cal, dueOn, today, options),
    provisional,
  };
}

/** A case that has not been accepted yet: nothing counts. */
export function notStartedView(limitDays: number): ClockView {
  return {
    limitDays,
    extendedDays: 0,
    startsOn: null,
    dueOn: null,
    elapsedWorkdays: 0,
    remainingWorkdays: null,
    pausedWorkdays: 0,
    paused: false,
    stoppedOn: null,
    card: 'not_started',
    provisional: false,
  };
}

/** ISO dates order as strings. */
function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

function cardOf(cal: Calendar, dueOn: string | null, today: string, options: ClockViewOptions): ClockCard {
  if (dueOn === null) return 'paused';
  // ISO dates order as strings. Red from the first day past the due day, working day or not.
  if (today > dueOn) return 'red';
  return cal.workdaysBetween(today, dueOn) <= options.yellowDays ? 'yellow' : 'green';
}

/** Limit 0 means immediate: due on the base day itself. */
function dueDayOf(cal: Calendar, s: ClockState): string {
  return cal.addWorkdays(s.baseOn, s.limitDays + s.extendedDays + s.pausedWorkdays);
}

/** Working days counted from the base to `on`, less the closed pauses; never below zero. */
function elapsedUntil(cal: Calendar, s: ClockState, on: string): number {
  return Math.max(0, cal.workdaysBetween(s.baseOn, on) - s.pausedWorkdays);
}

function requireRunning(s: ClockState, action: string): void {
  if (s.stoppedOn !== null) throw new Error(`cannot ${action} a clock stopped on ${s.stoppedOn}`);
}

function requireNotBefore(cal: Calendar, from: string, on: string, action: string): void {
  // Asked first so that a malformed date or a year without data is refused before the string comparison.
  cal.workdaysBetween(from, on);
  if (on < from) throw new Error(`cannot ${action} on ${on}, before ${from}`);
}

function requireWholeDays(name: string, days: number, least: number): void {
  if (!Number.isInteger(days) || days < least)
    throw new Error(`${name} must be a whole number ≥ ${least}, got ${days}`);
}
