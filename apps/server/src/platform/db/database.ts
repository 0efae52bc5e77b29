import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { PgDatabase, PgDialect, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';

/** The drizzle handle every repository receives; the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A handle inside a transaction (same API). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgresql';

export type Database = {
  kind: DatabaseKind;
  db: Db;
  migrate(): Promise<void>;
  /** Answers when the database answers a trivial query within a few seconds; throws otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob; slowStatementMs?: number }
  | { kind: 'postgresql'; url: string; schema?: string; poolSize?: number };

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../db/migrations', import.meta.url));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'pglite' ? openPglite(options) : openPostgres(options);
}

async function openPglite(options: {
  dataDir: string | null;
  loadDataDir?: Blob;
  slowStatementMs?: number;
}): Promise<Database> {
  // PGlite needs the parent folder to exist; null means in memory (tests).
  if (options.dataDir) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const client = await PGlite.create(options.dataDir ?? undefined, {
    loadDataDir: options.loadDataDir,
  });
  if (options.slowStatementMs) watchSlowStatements(client, options.slowStatementMs, (line) => console.warn(line));
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

async function openPostgres(options: { url: string; schema?: string; poolSize?: number }): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 20,
    // A schema per test worker keeps parallel test files apart on one server.
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    // While the server is unreachable a request waits this long for a connection, then gets a 503.
    connectionTimeoutMillis: 10_000,
    // A connection the network silently dropped is noticed instead of waited on forever.
    keepAlive: true,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool removes it and opens a new one when needed.
  });
  // A client lent out (inside a transaction, or mid-query) emits 'error' when its backend is
  // terminated or the server restarts; without a listener Node ends the process. The query in
  // flight fails on its own (→ 503), and the pool drops the broken client when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  await pool.query('select 1');
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: 'postgresql',
    db,
    migrate: async () => {
      if (options.schema) await pool.query(`create schema if not exists "${options.schema}"`);
      await migratePg(drizzlePg(pool), {
        migrationsFolder: MIGRATIONS_FOLDER,
        migrationsSchema: options.schema ?? 'drizzle',
      });
    },
    ping: () => pingPool(pool),
    close: () => pool.end(),
  };
}

const PING_TIMEOUT_MS = 3_000;

async function pingPool(pool: pg.Pool): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Connection timeout: the database did not answer')), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([pool.query('select 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs raw SQL and returns its rows; both drivers' results carry `rows`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Runs a hot read as a named prepared statement on PostgreSQL, so the server plans it once per
 * connection instead of on every call (planning cost more than executing the catalog search).
 * The name is derived from the SQL text; PGlite runs in process and takes the plain path.
 */
export async function queryRowsPrepared<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  // drizzle keeps its dialect and driver client on the instance; both are stable across 0.4x.
  const internals = db as unknown as { dialect: PgDialect; session: { client?: unknown } };
  const client = internals.session.client;
  if (!(client instanceof pg.Pool || client instanceof pg.Client)) return queryRows<T>(db, query);
  const { sql: text, params } = internals.dialect.sqlToQuery(query);
  const name = `y_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  const result = await client.query({ name, text, values: params as unknown[] });
  return result.rows as T[];
}

/**
 * Runs SQL text with its parameters (already in driver form) on the handle's own connection —
 * the pool, a transaction's client, PGlite or its transaction — bypassing the query builder.
 * `name` makes it a named prepared statement on PostgreSQL; it must be the same for the same text.
 */
export async function runText<T>(db: DbOrTx, text: string, values: unknown[], name?: string): Promise<T[]> {
  const client = (db as unknown as { session: { client: unknown } }).session.client;
  if (client instanceof pg.Pool || client instanceof pg.Client) {
    const result = await client.query({ name, text, values });
    return result.rows as T[];
  }
  const result = await (client as { query(text: string, values: unknown[]): Promise<{ rows: T[] }> }).query(
    text,
    values,
  );
  return result.rows;
}

type Queryable = { query: (...args: never[]) => Promise<unknown>; exec: (...args: never[]) => Promise<unknown> };

/**
 * Logs what held the embedded database's one connection for longer than `ms`: a statement, or a
 * transaction with its slowest statements. Every other request waits meanwhile, so this is where a
 * page that "hangs" shows its cause. (PostgreSQL has its own `log_min_duration_statement`.)
 */
export function watchSlowStatements(client: PGlite, ms: number, log: (line: string) => void): void {
  const textOf = (statement: unknown) => String(statement).replace(/\s+/g, ' ').slice(0, 300);
  const timed = (target: Queryable, seen: (took: number, statement: unknown) => void) => {
    for (const method of ['query', 'exec'] as const) {
      const original = target[method].bind(target) as (...args: unknown[]) => Promise<unknown>;
      (target as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await original(...args);
        } finally {
          seen(performance.now() - started, args[0]);
        }
      };
    }
  };
  // Outside a transaction the time includes waiting for the connection, which is what a request felt.
  timed(client as unknown as Queryable, (took, statement) => {
    if (took > ms) log(`[数据库慢语句] ${took.toFixed(0)} ms: ${textOf(statement)}`);
  });
  const transaction = client.transaction.bind(client);
  (client as { transaction: unknown }).transaction = async <T>(work: (tx: Transaction) => Promise<T>) => {
    const started = performance.now();
    const statements: { took: number; statement: unknown }[] = [];
    try {
      return await transaction(async (tx) => {
        timed(tx as unknown as Queryable, (took, statement) => statements.push({ took, statement }));
        return work(tx);
      });
    } finally {
      const took = performance.now() - started;
      if (took > ms) {
        const slowest = statements.sort((a, b) => b.took - a.took).slice(0, 5);
        log(
          `[数据库慢事务] ${took.toFixed(0)} ms, ${statements.length} 条语句，最慢的：\n${slowest
            .map((s) => `  ${s.took.toFixed(0)} ms: ${textOf(s.statement)}`)
            .join('\n')}`,
        );
      }
    }
  };
}
