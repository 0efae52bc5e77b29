import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-errors';

/** What node-postgres and drizzle throw, shaped as they shape it. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
const drizzleWrapped = (cause: Error) => Object.assign(new Error('Failed query: select 1\nparams: '), { cause });

describe('telling a lost database from a faulty request', () => {
  it('counts dropped connections, restarts and refused connections as the database being unavailable', () => {
    expect(isDatabaseUnavailable(pgError('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('server closed the connection', '08006'))).toBe(true);
  });

  it('looks through the query builder’s wrapping to the driver’s error', () => {
    expect(isDatabaseUnavailable(drizzleWrapped(pgError('Connection terminated unexpectedly')))).toBe(true);
  });

  it('leaves errors a request or the code caused to the usual handling', () => {
    expect(isDatabaseUnavailable(pgError('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(
      isDatabaseUnavailable(drizzleWrapped(pgError('invalid byte sequence for encoding "UTF8": 0x00', '22021'))),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
