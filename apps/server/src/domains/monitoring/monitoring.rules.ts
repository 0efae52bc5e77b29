import type { Calendar } from '../../platform/calendar/calendar';

/** A row of `monitoring_rules`: how one kind of clock is watched. */
export type MonitoringRule = { kind: string; yellowDays: number; raisesOrder: boolean; enabled: boolean };

/** A rung of the 督办 ladder (`monitoring_ladder`). */
export type LadderRung = {
  rank: number;
  level: 'department' | 'city' | 'province';
  acknowledgeDays: number;
  explainDays: number;
};

/** The card bounds of one kind on one China day: red before `today`, yellow up to `yellowUntil`. */
export type CardThreshold = { kind: string; yellowUntil: string };

/**
 * The yellow bound of each watched kind (docs/DOMAIN.md §4): a running clock is yellow from
 * `yellowDays` working days before its due day, so a due day up to that many working days after
 * today is yellow; red from the first day past the due day, working day or not. `today` is the
 * China date: at 23:30 UTC it is already tomorrow in Shandong.
 */
export function cardThresholds(cal: Calendar, today: string, rules: MonitoringRule[]): CardThreshold[] {
  return rules
    .filter((rule) => rule.enabled)
    .map((rule) => ({ kind: rule.kind, yellowUntil: cal.addWorkdays(today, rule.yellowDays) }));
}

/** The card a running clock due on `dueOn` has today (what the pass's SQL computes for every clock). */
export function cardLevelOf(dueOn: string, today: string, threshold: CardThreshold): 'red' | 'yellow' | null {
  // ISO dates order as strings.
  if (dueOn < today) return 'red';
  return dueOn <= threshold.yellowUntil ? 'yellow' : null;
}

/** The rung an unanswered order climbs to, or null at the top of the ladder. */
export function nextRung(ladder: LadderRung[], rank: number): LadderRung | null {
  return [...ladder].sort((a, b) => a.rank - b.rank).find((rung) => rung.rank > rank) ?? null;
}

/** The working days the present step of an order has at a rung: acknowledging, then explaining. */
export function stepDays(rung: LadderRung, status: 'open' | 'acknowledged'): number {
  return status === 'open' ? rung.acknowledgeDays : rung.explainDays;
}
