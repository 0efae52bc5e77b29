import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database';
import { caseSerials } from './cases.tables';

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Serials 10000 … this stay four characters in the extended form (A000 … YZZZ). */
export const MAX_SERIAL = 9_999 + 25 * 36 ** 3;
/**
 * The serials Z000 … ZZZZ are never handed to a real case: the bulk history generator numbers its
 * synthetic cases there (`syntheticSerial`), so the two can never collide and a synthetic number
 * is recognisable by its serial.
 */
export const SYNTHETIC_SERIAL_LEAD = 'Z';
export const MAX_SYNTHETIC_SERIAL = 36 ** 3;

/** The n-th synthetic serial of a day and implementation (1 … 46,656): Z000, Z001, … ZZZZ. */
export function syntheticSerial(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SYNTHETIC_SERIAL)
    throw new Error(`synthetic serial must be 1 … ${MAX_SYNTHETIC_SERIAL}: ${n}`);
  const rest = n - 1;
  const tail = [2, 1, 0].map((power) => BASE36[Math.floor(rest / 36 ** power) % 36]);
  return `${SYNTHETIC_SERIAL_LEAD}${tail.join('')}`;
}

export function isSyntheticCaseNumber(caseNumber: string): boolean {
  return caseNumber.length === 43 && caseNumber[39] === SYNTHETIC_SERIAL_LEAD;
}

/**
 * The 4-character daily serial of a case number (docs/DOMAIN.md §3: implementation code + yyyyMMdd +
 * serial = 43 characters). 1 … 9999 are zero-padded decimal as the standard prints them; from the
 * 10,000th case of a day the serial continues as a letter followed by three base-36 digits
 * (A000 = 10,000 … YZZZ = 9,999 + 25·36³), so a number keeps its length, sorts after every
 * decimal serial and is never silently wrapped. Past that, an error: no item sees 1.1 million a
 * day. Z… is kept for synthetic history (`syntheticSerial`).
 */
export function formatSerial(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new Error(`serial must be a positive integer: ${serial}`);
  if (serial <= 9_999) return String(serial).padStart(4, '0');
  if (serial > MAX_SERIAL) throw new Error(`daily serial ${serial} is past the extended form`);
  let rest = serial - 10_000;
  const tail = [2, 1, 0].map((power) => {
    const digit = Math.floor(rest / 36 ** power) % 36;
    return BASE36[digit];
  });
  rest = Math.floor(rest / 36 ** 3);
  return `${LETTERS[rest]}${tail.join('')}`;
}

export function parseSerial(text: string): number {
  if (/^\d{4}$/.test(text) && text !== '0000') return Number(text);
  if (!/^[A-Y][0-9A-Z]{3}$/.test(text)) throw new Error(`not a serial: ${text}`);
  const [lead, ...tail] = text;
  const high = LETTERS.indexOf(lead!);
  return 10_000 + high * 36 ** 3 + tail.reduce((n, c) => n * 36 + BASE36.indexOf(c), 0);
}

export function caseNumber(implementationCode: string, day: string, serial: number): string {
  return `${implementationCode}${day.replaceAll('-', '')}${formatSerial(serial)}`;
}

/**
 * Hands out daily serials per implementation code in blocks. Taking a block is one short
 * statement of its own (not in the submission's transaction), so the counter row is locked for
 * the length of one upsert once per `blockSize` submissions — never for a whole submission.
 * Serials are unique and increase within a process; a process that stops leaves the rest of
 * its block unused (a gap), as a database sequence does.
 */
export function createSerialAllocator(db: Db, options: { blockSize?: number } = {}) {
  const blockSize = options.blockSize ?? 20;
  const blocks = new Map<string, { next: number; end: number; pending?: Promise<void> }>();

  async function takeBlock(implementationCode: string, day: string): Promise<{ next: number; end: number }> {
    const rows = await queryRows<{ next_serial: number }>(
      db,
      sql`insert into ${caseSerials} (implementation_code, day, next_serial)
          values (${implementationCode}, ${day}, ${1 + blockSize})
          on conflict (implementation_code, day)
          do update set next_serial = ${caseSerials}.next_serial + ${blockSize}
          returning next_serial`,
    );
    const end = Number(rows[0]!.next_serial);
    return { next: end - blockSize, end };
  }

  return {
    async next(implementationCode: string, day: string): Promise<number> {
      const key = `${implementationCode}@${day}`;
      for (;;) {
        const block = blocks.get(key);
        if (block && block.next < block.end) return block.next++;
        if (block?.pending) {
          await block.pending;
          continue;
        }
        const holder = block ?? { next: 0, end: 0 };
        holder.pending = takeBlock(implementationCode, day).then(
          (fresh) => {
            holder.next = fresh.next;
            holder.end = fresh.end;
            holder.pending = undefined;
          },
          (error: unknown) => {
            holder.pending = undefined;
            throw error;
          },
        );
        blocks.set(key, holder);
        // Yesterday's blocks are of no use any more.
        if (blocks.size > 10_000) blocks.clear();
      }
    },
  };
}

export type SerialAllocator = ReturnType<typeof createSerialAllocator>;
