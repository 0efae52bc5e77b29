import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import { runText, type Db } from '../db/database';
import { DomainError } from '../errors';
import type { RateLimitName, RateLimits, RateRule } from './rate-limit.rules';

/** Who is counted: the caller's address, and the account when one is known (logged in, or named in a login). */
export type RateLimitKeys = { ip: string; account: string | null };

const PURGE_EVERY_MS = 10_000;
const PURGE_AT_MOST = 2_000;
const MAX_REMEMBERED = 10_000;

/** 429 with the seconds until the window ends (`Retry-After`). */
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError({
    kind: 'too_many',
    code: 'RATE_LIMITED',
    title: '请求过于频繁，请稍后再试',
    detail: `请 ${retryAfterSeconds} 秒后再试`,
    retryAfterSeconds,
  });

/** The most slots one process takes from a shared count at once. */
const LEASE_AT_MOST = 1_000;

/** One bucket's window as this process holds it. */
type Tally = {
  windowStart: number;
  windowEnd: number;
  /** The shared count after this process's last lease. */
  known: number;
  /** Slots leased from the shared count and not used yet. */
  left: number;
  /** The size of the next lease (doubles while a bucket is busy). */
  nextLease: number;
  /** A lease being taken: other hits of the bucket wait for it rather than take their own. */
  leasing: Promise<void> | null;
};

/**
 * A fixed-window limiter whose counters live in the database, so that several server processes
 * share one count. Keys are stored as SHA-256 digests: no address or phone number sits in the table.
 *
 * Counting each hit in the database made every limited request pay a write on a hot row (public
 * verification, the most used limited route, ran at a sixth of the platform's ceiling). So a
 * process **leases** slots from the shared count: the count in the database is raised by the lease
 * before any of its slots is used, and the slots are then used in this process without a statement.
 * The shared count therefore never falls below what all processes let through, and no bucket passes
 * its limit however many processes serve it. A bucket's first lease in a window is one slot (a
 * caller who comes once counts once); leases double while the bucket stays busy, up to an eighth of
 * what is left below the limit (so near a limit every hit is counted on its own) and 1,000. What a
 * process leased and did not use is lost at the end of the window: a busy address may be refused a
 * little before its limit, never after it.
 *
 * A bucket found at its limit is remembered until its window ends, so a flood from one address
 * costs no database work. Ended counters are deleted by the counting statement, at most 2,000 every
 * ten seconds per process.
 */
export function createRateLimiter(deps: { db: Db; clock: Clock; limits: RateLimits }) {
  const { db, clock, limits } = deps;
  const blockedUntil = new Map<string, number>();
  const tallies = new Map<string, Tally>();
  let lastPurge = 0;

  function bucketOf(name: RateLimitName, kind: 'ip' | 'account', value: string): string {
    return createHash('sha256').update(`${name}\0${kind}\0${value}`).digest('base64url');
  }

  function remember(bucket: string, until: number, now: number) {
    if (blockedUntil.size >= MAX_REMEMBERED) {
      for (const [key, end] of blockedUntil) if (end <= now) blockedUntil.delete(key);
      if (blockedUntil.size >= MAX_REMEMBERED) blockedUntil.clear();
    }
    blockedUntil.set(bucket, until);
  }

  /** The bucket's tally for the window `now` falls in (a new window starts with nothing leased). */
  function tallyOf(bucket: string, rule: RateRule, now: number): Tally {
    const length = rule.windowSeconds * 1000;
    const windowStart = Math.floor(now / length) * length;
    const held = tallies.get(bucket);
    if (held && held.windowStart === windowStart) return held;
    if (tallies.size >= MAX_REMEMBERED) {
      for (const [key, tally] of tallies) if (tally.windowEnd <= now && !tally.leasing) tallies.delete(key);
      if (tallies.size >= MAX_REMEMBERED) tallies.clear();
    }
    const fresh: Tally = {
      windowStart,
      windowEnd: windowStart + length,
      known: 0,
      left: 0,
      nextLease: 1,
      leasing: null,
    };
    tallies.set(bucket, fresh);
    return fresh;
  }

  /** Raises the shared counts by the given leases in one statement; answers each bucket's count after it. */
  async function raise(leases: { bucket: string; tally: Tally; slots: number }[], now: number) {
    const purge = now - lastPurge >= PURGE_EVERY_MS;
    if (purge) lastPurge = now;
    const values: unknown[] = [];
    const rows = leases.map(({ bucket, tally, slots }) => {
      values.push(bucket, new Date(tally.windowStart).toISOString(), slots, new Date(tally.windowEnd).toISOString());
      const n = values.length;
      return `($${n - 3}, $${n - 2}, $${n - 1}::int, $${n})`;
    });
    if (purge) values.push(new Date(now).toISOString());
    const purgeCte = purge
      ? `with purged as (delete from rate_limit_counters where (bucket, window_start) in
           (select bucket, window_start from rate_limit_counters where expires_at < $${values.length} limit ${PURGE_AT_MOST})) `
      : '';
    const counted = await runText<{ bucket: string; hits: number }>(
      db,
      `${purgeCte}insert into rate_limit_counters (bucket, window_start, hits, expires_at) values ${rows.join(', ')}
       on conflict (bucket, window_start) do update set hits = rate_limit_counters.hits + excluded.hits
       returning bucket, hits`,
      values,
    );
    return new Map(counted.map((row) => [row.bucket, Number(row.hits)]));
  }

  /** Takes one lease for each of the tallies, in one statement; a slot under the limit is granted, none past it. */
  function lease(wanted: { bucket: string; rule: RateRule; tally: Tally }[], now: number): Promise<void> {
    const leases = wanted.map(({ bucket, rule, tally }) => ({
      bucket,
      rule,
      tally,
      slots: Math.max(1, Math.min(tally.nextLease, LEASE_AT_MOST, Math.floor((rule.limit - tally.known) / 8))),
    }));
    const leasing = raise(leases, now).then((counts) => {
      for (const { bucket, rule, tally, slots } of leases) {
        const hits = counts.get(bucket) ?? slots;
        tally.known = Math.max(tally.known, hits);
        tally.left += Math.max(0, Math.min(slots, rule.limit - (hits - slots)));
        tally.nextLease = Math.min(LEASE_AT_MOST, slots * 2);
        if (hits >= rule.limit) remember(bucket, tally.windowEnd, now);
      }
    });
    const done = leasing.finally(() => {
      for (const { tally } of leases) if (tally.leasing === done) tally.leasing = null;
    });
    for (const { tally } of leases) tally.leasing = done;
    return done;
  }

  return {
    /** Counts one request against the limit's IP and account buckets; throws RATE_LIMITED past either. */
    async hit(name: RateLimitName, keys: RateLimitKeys): Promise<void> {
      const now = clock.now().getTime();
      const rules: { bucket: string; rule: RateRule }[] = [
        { bucket: bucketOf(name, 'ip', ipPrefix(keys.ip)), rule: limits[name].ip },
      ];
      if (keys.account) rules.push({ bucket: bucketOf(name, 'account', keys.account), rule: limits[name].account });
      const counts = rules.map(({ bucket, rule }) => ({ bucket, rule, tally: tallyOf(bucket, rule, now) }));
      for (;;) {
        for (const { bucket, tally } of counts) {
          // At the limit by the shared count, with none of this process's leased slots left.
          const until = blockedUntil.get(bucket);
          if (tally.left === 0 && until !== undefined && until > now)
            throw rateLimited(Math.ceil((until - now) / 1000));
        }
        const empty = counts.filter(({ tally }) => tally.left === 0);
        if (empty.length === 0) {
          for (const { tally } of counts) tally.left -= 1;
          return;
        }
        const pending = empty.find(({ tally }) => tally.leasing !== null);
        if (pending) await pending.tally.leasing;
        else await lease(empty, now);
      }
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * An IPv6 caller usually holds a whole /64: it is counted as one address. IPv4 (also when mapped
 * into IPv6) is counted as it is.
 */
export function ipPrefix(ip: string): string {
  if (!ip.includes(':') || /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) return ip.replace(/^::ffff:/i, '');
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = ip.includes('::') ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
