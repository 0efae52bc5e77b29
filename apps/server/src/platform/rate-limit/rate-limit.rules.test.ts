import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { ipPrefix } from './rate-limit';
import { DEFAULT_RATE_LIMITS, parseRateLimit } from './rate-limit.rules';

describe('rate limit rules', () => {
  it('reads ip and account parts in either order, keeping the default of a part left out', () => {
    expect(parseRateLimit('account:3/1h, ip:100/30s', DEFAULT_RATE_LIMITS.login)).toEqual({
      ip: { limit: 100, windowSeconds: 30 },
      account: { limit: 3, windowSeconds: 3600 },
    });
    expect(parseRateLimit('ip:5/2m', DEFAULT_RATE_LIMITS.login)).toEqual({
      ip: { limit: 5, windowSeconds: 120 },
      account: DEFAULT_RATE_LIMITS.login.account,
    });
  });

  it('says what is wrong with a rule it cannot read', () => {
    expect(parseRateLimit('ip=5', DEFAULT_RATE_LIMITS.login)).toMatch(/ip:30\/1m/);
    expect(parseRateLimit('ip:0/1m', DEFAULT_RATE_LIMITS.login)).toMatch(/至少 1/);
    expect(parseRateLimit('ip:5/2d', DEFAULT_RATE_LIMITS.login)).toMatch(/应形如/);
  });

  it('takes limits from the environment and reports a bad one with the others', () => {
    const config = loadConfig({ YICI_LIMIT_VERIFY: 'ip:10/1m' }, '/srv/yici');
    expect(config.rateLimits.verify.ip).toEqual({ limit: 10, windowSeconds: 60 });
    expect(config.rateLimits.login).toEqual(DEFAULT_RATE_LIMITS.login);
    const problem = (() => {
      try {
        loadConfig({ YICI_LIMIT_LOGIN: 'lots', PORT: 'x' }, '/srv/yici');
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(problem).toContain('YICI_LIMIT_LOGIN');
    expect(problem).toContain('PORT');
  });

  it('counts an IPv6 caller by its /64 and an IPv4 caller by its address', () => {
    expect(ipPrefix('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(ipPrefix('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(ipPrefix('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipPrefix('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(ipPrefix('10.1.2.3')).toBe('10.1.2.3');
  });
});
