import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchSlowStatements } from './database';

/** The embedded database's one connection: what held it up is logged, what did not is not. */
describe('slow statements on the embedded database', () => {
  let client: PGlite;
  const lines: string[] = [];
  beforeAll(async () => {
    client = await PGlite.create();
    watchSlowStatements(client, 100, (line) => lines.push(line));
  });
  afterAll(() => client.close());

  it('logs a statement slower than the bound with its text, and not a quick one', async () => {
    lines.length = 0;
    await client.query('select 1');
    await client.query('select pg_sleep(0.2)');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[数据库慢语句\] \d+ ms: select pg_sleep\(0\.2\)$/);
  });

  it('logs a slow transaction once, with its statement count and its slowest statement first', async () => {
    lines.length = 0;
    const answer = await client.transaction(async (tx) => {
      await tx.query('select 1');
      await tx.query('select pg_sleep(0.15)');
      return (await tx.query<{ n: number }>('select 2 as n')).rows[0]!.n;
    });
    expect(answer).toBe(2);
    expect(lines).toHaveLength(1);
    const [head, first] = lines[0]!.split('\n');
    expect(head).toMatch(/^\[数据库慢事务\] \d+ ms, 3 条语句/);
    expect(first).toMatch(/ms: select pg_sleep\(0\.15\)$/);
  });

  it('logs nothing for a quick transaction', async () => {
    lines.length = 0;
    await client.transaction(async (tx) => {
      await tx.query('select 1');
    });
    expect(lines).toEqual([]);
  });
});
