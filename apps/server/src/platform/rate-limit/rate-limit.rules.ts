/**
 * What is rate-limited and how much, per IP and per account. Pure: parsed from configuration, read
 * by the limiter. A rule is N requests per fixed window.
 */
export const RATE_LIMIT_NAMES = ['verify', 'login', 'register', 'code', 'submit', 'open_data'] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];

export type RateRule = { limit: number; windowSeconds: number };
export type RateLimitPair = { ip: RateRule; account: RateRule };
export type RateLimits = Readonly<Record<RateLimitName, RateLimitPair>>;

/**
 * Defaults for a province: generous enough for a hall whose clerks share one address, tight
 * enough that walking identifiers, guessing passwords or sending SMS in bulk gets nowhere.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = Object.freeze({
  verify: { ip: { limit: 60, windowSeconds: 60 }, account: { limit: 60, windowSeconds: 60 } },
  login: { ip: { limit: 30, windowSeconds: 60 }, account: { limit: 10, windowSeconds: 60 } },
  register: { ip: { limit: 20, windowSeconds: 3600 }, account: { limit: 3, windowSeconds: 3600 } },
  code: { ip: { limit: 20, windowSeconds: 3600 }, account: { limit: 5, windowSeconds: 3600 } },
  submit: { ip: { limit: 60, windowSeconds: 60 }, account: { limit: 20, windowSeconds: 60 } },
  // Open data is for everyone, but one address should not take the service from the rest.
  open_data: { ip: { limit: 120, windowSeconds: 60 }, account: { limit: 120, windowSeconds: 60 } },
});

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;

/**
 * `ip:30/1m,account:10/1m` (either part may be left out and keeps its default; units s, m, h).
 * Returns the pair, or a message saying what is wrong.
 */
export function parseRateLimit(text: string, defaults: RateLimitPair): RateLimitPair | string {
  const pair = { ...defaults };
  for (const part of text.split(',').map((p) => p.trim())) {
    const match = /^(ip|account):(\d+)\/(\d+)([smh])$/.exec(part);
    if (!match) return `“${part}” 应形如 ip:30/1m 或 account:10/1h`;
    const limit = Number(match[2]);
    const windowSeconds = Number(match[3]) * UNIT_SECONDS[match[4] as keyof typeof UNIT_SECONDS];
    if (limit < 1 || windowSeconds < 1 || windowSeconds > 86_400) return `“${part}”：次数至少 1，时段 1 秒至 24 小时`;
    pair[match[1] as 'ip' | 'account'] = { limit, windowSeconds };
  }
  return pair;
}

/** Limits high enough that a test suite (or a benchmark) never meets them; their own tests set low ones. */
export function generousRateLimits(): RateLimits {
  const rule = { limit: 1_000_000, windowSeconds: 60 };
  return Object.fromEntries(RATE_LIMIT_NAMES.map((name) => [name, { ip: rule, account: rule }])) as RateLimits;
}
