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
  /** Appends rows (already rendered by `copyLine`, or collected in a `CopyBuffer`) to a table: one COPY statement. */
  copy(target: BulkTable, lines: string | Uint8Array): Promise<void>;
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

/** A COPY text field: backslash, tab and line breaks escaped (free text; ids, dates and codes need none). */
export function escapeCopyText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r')
    : text;
}

/**
 * Rows collected as UTF-8 bytes outside the JavaScript heap: a bulk load keeps a chunk of rows
 * while the previous one is being written, and as strings these would outlive the young
 * generation and cost a full garbage collection each; as bytes they cost nothing to keep.
 */
export class CopyBuffer {
  private bytes: Buffer;
  private length = 0;
  constructor(capacity = 1 << 20) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }
  /** Appends rendered rows. */
  push(lines: string): void {
    const most = lines.length * 3;
    if (this.length + most > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + most));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.length += this.bytes.write(lines, this.length, 'utf8');
  }
  get size(): number {
    return this.length;
  }
  /** The rows collected so far; the buffer starts anew (the bytes returned stay valid). */
  take(): Uint8Array {
    const taken = this.bytes.subarray(0, this.length);
    this.bytes = Buffer.allocUnsafe(this.bytes.length);
    this.length = 0;
    return taken;
  }
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
  return inPostgresTransactions(pool, 1, (sessions) => work(sessions[0]!));
}

/**
 * Runs `work` with up to `streams` sessions, each a transaction on its own connection, so that
 * several COPYs are ingested at once (PostgreSQL parses and writes each on its own process). All
 * commit once `work` has succeeded, and all roll back when anything failed: bad input or a failed
 * COPY leaves nothing. Only a crash between the streams' commits, a few milliseconds at the very
 * end, could keep some streams' rows without the others'. PGlite has one connection: one session.
 */
export async function inBulkTransactions<T>(
  database: Database,
  streams: number,
  work: (sessions: BulkSession[]) => Promise<T>,
): Promise<T> {
  const client = (database.db as unknown as { session: { client: unknown } }).session.client;
  if (client instanceof pg.Pool)
    return inPostgresTransactions(client, Math.max(1, Math.min(streams, client.options.max ?? 1)), work);
  return (client as PGlite).transaction((tx) => work([pgliteSession(tx)]));
}

async function inPostgresTransactions<T>(
  pool: pg.Pool,
  streams: number,
  work: (sessions: BulkSession[]) => Promise<T>,
): Promise<T> {
  const clients: pg.PoolClient[] = [];
  const broken = new Set<pg.PoolClient>();
  // Once the work has failed, a stream's COPY still in flight must not issue its next statement: it
  // would run after the rollback, outside any transaction, and commit on its own.
  const state = { open: true };
  try {
    for (let i = 0; i < streams; i++) {
      const client = await pool.connect();
      clients.push(client);
      await client.query('begin');
      await client.query('set local synchronous_commit = off');
    }
    const result = await work(clients.map((client) => postgresSession(client, state)));
    for (const client of clients) await client.query('commit');
    return result;
  } catch (error) {
    state.open = false;
    for (const client of clients)
      await client.query('rollback').catch(() => {
        broken.add(client);
      });
    throw error;
  } finally {
    for (const client of clients) client.release(broken.has(client));
  }
}

function postgresSession(client: pg.PoolClient, state: { open: boolean }): BulkSession {
  const ensureOpen = () => {
    if (!state.open) throw new Error('the bulk transaction was rolled back');
  };
  return {
    async copy(target, lines) {
      ensureOpen();
      if (lines.length === 0) return;
      const bytes = typeof lines === 'string' ? Buffer.from(lines) : lines;
      await pipeline(Readable.from([bytes]), client.query(copyFrom(copyStatement(target, 'stdin'))));
    },
    async query<R>(text: string, values?: unknown[]) {
      ensureOpen();
      return (await client.query(text, values)).rows as R[];
    },
  };
}

function pgliteSession(tx: Transaction): BulkSession {
  return {
    async copy(target, lines) {
      if (lines.length === 0) return;
      await tx.query(copyStatement(target, `'/dev/blob'`), [], {
        blob: new Blob([typeof lines === 'string' ? lines : new Uint8Array(lines)]),
      });
    },
    async query<R>(text: string, values?: unknown[]) {
      return (await tx.query<R>(text, values)).rows;
    },
  };
}
