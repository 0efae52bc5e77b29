import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import { sm3Hex } from './crypto/sm';

/**
 * Where a domain's new records get their ids and the random digits of numbers shown to people
 * (a ticket number): a dependency like the clock, so that a simulation run with a seed writes the
 * same ids every time it is run.
 */
export type IdSource = {
  /** A new id in UUID layout. */
  uuid(): string;
  /** An integer in [0, n). */
  int(n: number): number;
};

/**
 * A UUID whose first 48 bits are the instant `at` in milliseconds (RFC 9562 version 7; the other
 * 74 bits random): the id of a row in a table that grows by the million. A random id puts each new
 * row's primary-key entry on a random leaf page of the index, which at 10 M rows is seldom in the
 * buffer cache and, after each checkpoint, is written in full to the WAL; ids in time order put
 * the entries of a working day side by side. They tell when the row was made, which the rows of
 * such tables (a case, its tasks) show anyway.
 */
export function timeOrderedUuid(at: Date, random: Buffer = randomBytes(16)): string {
  const bytes = Buffer.from(random.subarray(0, 16));
  let ms = Math.max(0, Math.floor(at.getTime()));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The platform's own: random. */
export const randomIds: IdSource = { uuid: () => randomUUID(), int: (n) => randomInt(n) };

/**
 * Seeded ids for a simulation run: the n-th draw of a simulated China day is SM3(seed, day, n).
 * The count starts again each day, so a run resumed on a later day draws what an uninterrupted
 * run drew there (the simulator resumes at the start of a day). Calls must come in a fixed order,
 * which the simulator's one-at-a-time use of the services gives.
 */
export function seededIds(seed: string | number, clock: Pick<Clock, 'today'>): IdSource {
  let day = '';
  let n = 0;
  const digest = () => {
    const today = clock.today();
    if (today !== day) {
      day = today;
      n = 0;
    }
    n += 1;
    return sm3Hex(`yici-simulation-id\u0001${seed}\u0001${day}\u0001${n}`);
  };
  return {
    uuid: () => {
      const h = digest();
      // Version 4 and the RFC 4122 variant, so the id looks like any other the platform writes.
      const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    int: (bound) => {
      if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 48) throw new RangeError(`bound ${bound}`);
      return Number(BigInt(`0x${digest().slice(0, 16)}`) % BigInt(bound));
    },
  };
}
