import { chinaDate, type Clock } from '../../platform/clock';

/**
 * The simulated clock (模拟环境): time starts at a chosen instant and then runs at a rate
 * (simulated seconds per real second) or stands still until an administrator moves it forward.
 * It never goes back: a clock that went back would let a deadline un-expire and a sealed audit
 * batch predate its entries.
 *
 * Its state is an anchor: the simulated instant at a real instant. Several server processes that
 * share one anchor (kept in the database) read the same time.
 */
export type ClockAnchor = {
  /** The simulated instant (ms since the epoch) at `realAt`. */
  simulatedAt: number;
  /** The real instant (ms since the epoch) the anchor was taken. */
  realAt: number;
  /** Simulated seconds per real second; null: moves only when advanced. */
  rate: number | null;
};

export type SimulatedClock = Clock & {
  readonly mode: 'simulated';
  readonly rate: number | null;
  /** The anchor to keep (in the database) so that other processes and a restart read the same time. */
  anchor(): ClockAnchor;
  /** The anchor a move to `to` would set (kept in the database before the move is made). */
  anchorFor(to: Date): ClockAnchor;
  /** Moves to `to`; refused (returns false) when `to` lies before now. */
  advanceTo(to: Date): boolean;
  /** Adopts an anchor another process wrote, unless it would move this clock back. */
  adopt(anchor: ClockAnchor): void;
};

export function createSimulatedClock(
  options: ({ start: Date; rate: number | null } | { anchor: ClockAnchor }) & {
    /** The real time, in ms: injected, so that tests move it by hand. */
    realNow: () => number;
  },
): SimulatedClock {
  let anchor: ClockAnchor =
    'anchor' in options
      ? { ...options.anchor }
      : { simulatedAt: options.start.getTime(), realAt: options.realNow(), rate: options.rate };
  // What this process last answered: no later reading may be earlier (the real clock may step back).
  let last = anchor.simulatedAt;

  const at = (realMs: number, a: ClockAnchor) =>
    a.rate === null ? a.simulatedAt : a.simulatedAt + Math.max(0, realMs - a.realAt) * a.rate;

  const nowMs = () => {
    last = Math.max(last, Math.floor(at(options.realNow(), anchor)));
    return last;
  };

  return {
    mode: 'simulated',
    get rate() {
      return anchor.rate;
    },
    now: () => new Date(nowMs()),
    today: () => chinaDate(new Date(nowMs())),
    anchor: () => ({ ...anchor }),
    anchorFor: (to) => ({ simulatedAt: to.getTime(), realAt: options.realNow(), rate: anchor.rate }),
    advanceTo(to) {
      const current = nowMs();
      if (to.getTime() < current) return false;
      anchor = { simulatedAt: to.getTime(), realAt: options.realNow(), rate: anchor.rate };
      last = to.getTime();
      return true;
    },
    adopt(next) {
      if (at(options.realNow(), next) < nowMs()) return;
      anchor = { ...next, rate: anchor.rate };
    },
  };
}

/** The China wall-clock time of an instant, "2018-09-27 10:00", as the banner and the CLI print it. */
export function chinaMinute(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
