import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withCommandLine } from './config';

describe('configuration', () => {
  it('defaults to embedded PGlite under data/runtime on port 3000', () => {
    const config = loadConfig({}, '/srv/yici');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/srv/yici/data/runtime/pglite' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/yici' }, '/srv');
    expect(config.database).toEqual({ kind: 'postgresql', url: 'postgres://u@db:5432/yici', poolSize: 20 });
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }, '/')).toThrowError(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }, '/');
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(name);
    }
  });

  it('runs several server processes only on PostgreSQL', () => {
    expect(loadConfig({}, '/').workers).toBe(1);
    const env = withCommandLine({ DATABASE_URL: 'postgres://u@db:5432/yici' }, ['node', 'start.mjs', '--workers', '3']);
    expect(loadConfig(env, '/').workers).toBe(3);
    expect(loadConfig(withCommandLine({ DATABASE_URL: 'postgres://u@db/y' }, ['--workers=2']), '/').workers).toBe(2);
    expect(() => loadConfig({ YICI_WORKERS: '2' }, '/')).toThrowError(/YICI_WORKERS/);
    expect(() => loadConfig(withCommandLine({}, ['--workers', 'many']), '/')).toThrowError(/YICI_WORKERS/);
  });

  it('模拟环境: simulated time from a start instant, in a data directory of its own; real time by default', () => {
    expect(loadConfig({}, '/srv/yici').clock).toEqual({ mode: 'real' });
    const simulated = loadConfig(
      { YICI_CLOCK: 'simulated', YICI_CLOCK_START: '2018-09-27T10:00:00+08:00', YICI_CLOCK_RATE: '60' },
      '/srv/yici',
    );
    expect(simulated.clock).toEqual({ mode: 'simulated', start: new Date('2018-09-27T02:00:00Z'), rate: 60 });
    expect(simulated.dataDir).toBe('/srv/yici/data/simulation-runtime');
    expect(loadConfig({ YICI_CLOCK: 'simulated', YICI_CLOCK_START: '2018-01-01T00:00:00Z' }, '/').clock).toMatchObject({
      rate: null,
    });
  });

  it('refuses a simulated clock without its start, a start without the simulated mode, a bad rate', () => {
    expect(() => loadConfig({ YICI_CLOCK: 'simulated' }, '/')).toThrowError(/YICI_CLOCK_START/);
    expect(() => loadConfig({ YICI_CLOCK_START: '2018-01-01T00:00:00Z' }, '/')).toThrowError(/YICI_CLOCK/);
    expect(() =>
      loadConfig({ YICI_CLOCK: 'simulated', YICI_CLOCK_START: '2018-01-01T00:00:00Z', YICI_CLOCK_RATE: '-1' }, '/'),
    ).toThrowError(/YICI_CLOCK_RATE/);
    expect(() => loadConfig({ YICI_CLOCK: 'simulated', YICI_CLOCK_START: '2018-01-01' }, '/')).toThrowError(
      /YICI_CLOCK_START/,
    );
  });

  it('takes the working days to rectify a bad rating from YICI_RECTIFICATION_DAYS (default 5, 1 to 30)', () => {
    expect(loadConfig({}, '/').rectificationDays).toBe(5);
    expect(loadConfig({ YICI_RECTIFICATION_DAYS: '15' }, '/').rectificationDays).toBe(15);
    expect(() => loadConfig({ YICI_RECTIFICATION_DAYS: '0' }, '/')).toThrowError(/YICI_RECTIFICATION_DAYS/);
  });
});
