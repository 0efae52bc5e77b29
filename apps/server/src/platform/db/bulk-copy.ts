import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './database';

/** A value of one column in a bulk row; objects are written as JSON. */
export type BulkValue = string | number | boolean | null | object;

/** The table a bulk load fills and the columns each row gives, in order. */
export type BulkTable = { table: string; columns: readonly string[] };

/** One transaction on one connection in which tables are filled with COPY. */
export type BulkSession = {
  /** Appends rows (already rendered by `copyLine`) to a table: one COPY statement. */
  copy(target: BulkTable, lines: string): Promise<void>;
  query<T>(text: string, values?: unknown[]): Promise<T[]>;
};

/**
 * Renders one row in COPY's text format: tab-separated, `\N` for null, backslash, tab and line
 * breaks escaped. Objects become JSON (for jsonb columns).
 */
export function copyLine(values: readonly BulkValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += '\t';
    const value = values[i];
    if (value === null || value === undefined) line += '\\N';
    else if (typeof value === 'number') line += String(value);
    else if (typeof value === 'boolean') line += value ? 't' : 'f';
    else line += escapeCopyText(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `${line}\n`;
}

function escapeCopyText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r')
    : text;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const copyStatement = (target: BulkTable, source: string) =>
  `copy ${quoted(target.table)} (${target.columns.map(quoted).join(', ')}) from ${source}`;

/**
 * Runs `work` in one transaction on one connection, so a bulk load is all or nothing: COPY FROM
 * STDIN on PostgreSQL (pg-copy-streams), COPY from a blob on PGlite. On PostgreSQL the commit
 * does not wait for the WAL flush (`synchronous_commit = off` for this transaction only): a crash
 * can lose at most the last moment of a load, never leave half of one.
 */
export async function inBulkTransaction<T>(database: Database, work: (session: BulkSession) => Promise<T>): Promise<T> {
  const client = (database.db as unknown as { session: { client: unknown } }).session.client;
  if (client instanceof pg.Pool) return inPostgresTransaction(client, work);
  return (client as PGlite).transaction((tx) => work(pgliteSession(tx)));
}

async function inPostgresTransaction<T>(pool: pg.Pool, work: (session: BulkSession) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    const result = await work({
      async copy(target, lines) {
        if (lines.length === 0) return;
        await pipeline(Readable.from([Buffer.from(lines)]), client.query(copyFrom(copyStatement(target, 'stdin'))));
      },
      async query<R>(text: string, values?: unknown[]) {
        return (await client.query(text, values)).rows as R[];
      },
    });
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

function pgliteSession(tx: Transaction): BulkSession {
  return {
    async copy(target, lines) {
      if (lines.length === 0) return;
      await tx.query(copyStatement(target, `'/dev/blob'`), [], { blob: new Blob([lines]) });
    },
    async query<R>(text: string, values?: unknown[]) {
      return (await tx.query<R>(text, values)).rows;
    },
  };
}
