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

/**
 * A fixed-window limiter whose counters live in the database, so that several server processes
 * share one count: one statement per limited request (both buckets in one upsert). A bucket found
 * over its limit is also remembered in this process until its window ends, so a flood from one
 * address costs no database work. Keys are stored as SHA-256 digests: no address or phone number
 * sits in the table. Ended counters are deleted by the same statement, at most 2,000 every ten
 * seconds per process: enough for a flood from many addresses, small enough not to delay a caller.
 */
export function createRateLimiter(deps: { db: Db; clock: Clock; limits: RateLimits }) {
  const { db, clock, limits } = deps;
  const blockedUntil = new Map<string, number>();
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

  return {
    /** Counts one request against the limit's IP and account buckets; throws RATE_LIMITED past either. */
    async hit(name: RateLimitName, keys: RateLimitKeys): Promise<void> {
      const now = clock.now().getTime();
      const rules: { bucket: string; rule: RateRule }[] = [
        { bucket: bucketOf(name, 'ip', ipPrefix(keys.ip)), rule: limits[name].ip },
      ];
      if (keys.account) rules.push({ bucket: bucketOf(name, 'account', keys.account), rule: limits[name].account });
      for (const { bucket } of rules) {
        const until = blockedUntil.get(bucket);
        if (until !== undefined && until > now) throw rateLimited(Math.ceil((until - now) / 1000));
      }
      const windows = rules.map(({ bucket, rule }) => {
        const length = rule.windowSeconds * 1000;
        const start = Math.floor(now / length) * length;
        return { bucket, rule, start, end: start + length };
      });
      const purge = now - lastPurge >= PURGE_EVERY_MS;
      if (purge) lastPurge = now;
      const values: unknown[] = [];
      const rows = windows.map((w) => {
        values.push(w.bucket, new Date(w.start).toISOString(), new Date(w.end).toISOString());
        const n = values.length;
        return `($${n - 2}, $${n - 1}, 1, $${n})`;
      });
      if (purge) values.push(new Date(now).toISOString());
      const purgeCte = purge
        ? `with purged as (delete from rate_limit_counters where (bucket, window_start) in
             (select bucket, window_start from rate_limit_counters where expires_at < $${values.length} limit ${PURGE_AT_MOST})) `
        : '';
      const counted = await runText<{ bucket: string; hits: number }>(
        db,
        `${purgeCte}insert into rate_limit_counters (bucket, window_start, hits, expires_at) values ${rows.join(', ')}
         on conflict (bucket, window_start) do update set hits = rate_limit_counters.hits + 1
         returning bucket, hits`,
        values,
      );
      for (const w of windows) {
        const hits = Number(counted.find((row) => row.bucket === w.bucket)?.hits ?? 0);
        if (hits > w.rule.limit) {
          remember(w.bucket, w.end, now);
          throw rateLimited(Math.ceil((w.end - now) / 1000));
        }
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
