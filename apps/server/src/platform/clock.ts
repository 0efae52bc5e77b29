/** Time is a dependency: domain code asks the clock, never `new Date()`. */
export type Clock = {
  now(): Date;
  /** Today's date in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
  today(): string;
};

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => chinaDate(new Date()),
};

/** A clock tests move by hand. */
export function fixedClock(start: Date): Clock & { set(instant: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    today: () => chinaDate(current),
    set: (instant) => {
      current = new Date(instant);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
