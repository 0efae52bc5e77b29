/**
 * Shared by the benchmarks: a fresh PostgreSQL database, the platform started on it as
 * `npm start` would, autocannon load, and a table with ratios to a baseline of the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** Appended to every benchmark database's name, so two people's runs on one PostgreSQL never drop each other's. */
const suffix = process.env.BENCH_DATABASE_SUFFIX ?? '';

/** The address of a database of the benchmarks' server. */
export function databaseUrlOf(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recreateDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists ${name}${suffix} with (force)`);
  await client.query(`create database ${name}${suffix}`);
  await client.end();
  return databaseUrlOf(`${name}${suffix}`);
}

export async function startServer(options: {
  databaseUrl: string;
  port: number;
  env?: Record<string, string>;
}): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: 'warn',
      YICI_DATA_DIR: '.tmp/bench',
      // Load comes from one address and a few accounts: benchmarks measure throughput, not the limits.
      ...Object.fromEntries(
        ['VERIFY', 'LOGIN', 'REGISTER', 'CODE', 'SUBMIT', 'OPEN_DATA'].map((name) => [
          `YICI_LIMIT_${name}`,
          'ip:100000000/1m,account:100000000/1m',
        ]),
      ),
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A first start seeds the database; on a loaded machine it may take minutes (BENCH_START_SECONDS).
  const tries = Number(process.env.BENCH_START_SECONDS ?? 120) * 2;
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${options.port}/api/health`)).ok) return server;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('server did not start');
}

export async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists ${name}${suffix} with (force)`);
  await client.end();
}

/** Resident and peak resident set size of a process, in MiB (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** CPU seconds (user + system) a process has used so far (Linux). */
export function cpuSecondsOf(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses; clock ticks of 1/100 s.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used so far by each PostgreSQL process that works for `database`: its backends and
 * the server's own processes (WAL writer, checkpointer …), by pid. Backends of other databases
 * are left out, so another user of the machine's PostgreSQL does not count.
 */
export function postgresCpu(database: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!title.startsWith('postgres')) continue;
      // A backend's title is "postgres: <cluster>: <user> <database> <client> <state>".
      const backend = / \d+\.\d+\.\d+\.\d+\(\d+\)| \[local\]/.test(title);
      if (backend && !title.includes(` ${database}${suffix} `) && !title.includes(` ${database} `)) continue;
      found.set(Number(entry), cpuSecondsOf(Number(entry)));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/** CPU seconds PostgreSQL spent between two readings of `postgresCpu` (a process new since counts whole). */
export function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** The p-th percentile (0–100) of latencies in ms, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type Figures = { name: string; rps: number; p50: number; p95?: number; p99: number; errors: number };
export type Request = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

export async function load(options: {
  name: string;
  port: number;
  connections: number;
  requests: Request[];
}): Promise<Figures> {
  // autocannon's summary has no p95: it is taken from each response's time.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${options.port}`,
        connections: options.connections,
        duration: seconds,
        requests: options.requests.map((r) => ({
          method: r.method ?? 'GET',
          path: r.path,
          headers: r.headers,
          body: r.body,
        })),
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return {
    name: options.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: Math.round(percentile(times, 95) * 10) / 10,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export function printTable(title: string, results: Figures[]) {
  const baseline = results[0]!;
  console.log(`\n${title}\n`);
  console.log(
    'scenario'.padEnd(58),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'vs baseline'.padStart(12),
    'errors'.padStart(7),
  );
  for (const r of results) {
    console.log(
      r.name.padEnd(58),
      r.rps.toFixed(0).padStart(8),
      String(r.p50).padStart(8),
      String(r.p95 ?? '').padStart(8),
      String(r.p99).padStart(8),
      `${((r.rps / baseline.rps) * 100).toFixed(1)} %`.padStart(12),
      String(r.errors).padStart(7),
    );
  }
}
