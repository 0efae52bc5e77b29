/**
 * Seeded randomness for the simulator (never Math.random): the same seed draws the same
 * province-year. Draws are keyed — `keyed(seed, 'arrivals', day)` — so that a run resumed on a
 * later day draws exactly what an uninterrupted run would have drawn there.
 */
export type Draw = {
  /** Uniform in [0, 1). */
  next(): number;
  int(n: number): number;
};

/** FNV-1a over the key's parts: a 32-bit seed per (seed, purpose, subject). */
export function keyOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small and fast; plenty for demand and behaviour draws. */
export function createDraw(seed: number): Draw {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}

export const keyed = (seed: number, ...parts: (string | number)[]) => createDraw(keyOf(seed, ...parts));

/** A Poisson count with mean `mean` (Knuth for small means, a rounded normal for large ones). */
export function poisson(draw: Draw, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(draw)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = draw.next();
  while (p > limit) {
    k += 1;
    p *= draw.next();
  }
  return k;
}

/** A standard normal draw (Box–Muller). */
export function normal(draw: Draw): number {
  const u = Math.max(draw.next(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * draw.next());
}

/** A choice by weights (the weights need not sum to 1). */
export function pickWeighted<T>(draw: Draw, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = draw.next() * total;
  for (const [value, w] of entries) {
    x -= w;
    if (x < 0) return value;
  }
  return entries[entries.length - 1]![0];
}
