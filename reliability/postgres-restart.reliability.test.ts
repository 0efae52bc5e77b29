import { execFileSync, execSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  casesByKey,
  databaseUrl,
  expectExactlyOnce,
  freePort,
  httpCaller,
  newTally,
  prepareApplicants,
  startServer,
  submitInParallel,
  waitForProgress,
  withAdmin,
  withDatabase,
  type Server,
} from './harness';

/**
 * A PostgreSQL server of this test's own (initdb in a temporary folder, its own port): restarting
 * the machine's shared server would cut off everyone else using it. Run as the `postgres` user
 * when the tests run as root, since PostgreSQL refuses to run as root.
 */
type Cluster = { url: (database: string) => string; restart(): void; stop(): void };

function postgresBin(name: string): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
  const dir = versions.length > 0 ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
  return dir && existsSync(path.join(dir, name)) ? path.join(dir, name) : name;
}

function startCluster(): Cluster {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yici-rel-pg-'));
  const isRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    isRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
      : execFileSync(command, args, { stdio: 'pipe' });
  if (isRoot) {
    const uid = Number(execSync('id -u postgres').toString().trim());
    const gid = Number(execSync('id -g postgres').toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  run(postgresBin('initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const pgCtl = (...args: string[]) => run(postgresBin('pg_ctl'), ['-D', data, '-w', '-l', `${dir}/log`, ...args]);
  pgCtl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start');
  return {
    url: (database) => databaseUrl(database, `postgres://postgres@127.0.0.1:${port}/postgres`),
    // -m fast: what a restart does to a busy server — every session ended, the server down a moment.
    restart: () => void pgCtl('-m', 'fast', 'restart'),
    stop: () => {
      pgCtl('-m', 'immediate', 'stop');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let cluster: Cluster;
let server: Server;
beforeAll(async () => {
  cluster = startCluster();
  // The run's seeded template, copied onto this server.
  await withAdmin((c) => c.query('create database yici'), cluster.url('postgres'));
  const template = process.env.YICI_RELIABILITY_TEMPLATE!;
  execSync(`pg_dump --no-owner -Fc '${databaseUrl(template)}' | pg_restore --no-owner -d '${cluster.url('yici')}'`, {
    stdio: 'pipe',
  });
  server = await startServer({ port: await freePort(), databaseUrl: cluster.url('yici') });
  await server.waitReady();
});
afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

describe('a PostgreSQL restart under load', () => {
  it('survives 3 restarts of the database server while 8 clients submit: 503 meanwhile, serving again after, no case lost or doubled', async () => {
    const url = cluster.url('yici');
    const applicants = await prepareApplicants({ databaseUrl: url, call: httpCaller(() => server), count: 8 });
    const tally = newTally();
    let chaos = true;
    const run = submitInParallel({
      server: () => server,
      applicants,
      clients: 8,
      keepGoing: () => chaos,
      tally,
      prefix: 'restart',
    });
    try {
      for (let i = 0; i < 3; i++) {
        await waitForProgress({ count: () => run.acknowledged.size, by: 8, server: () => server });
        cluster.restart();
      }
      await waitForProgress({ count: () => run.acknowledged.size, by: 8, server: () => server });
    } finally {
      chaos = false;
    }
    const acknowledged = await run.done;

    expect(server.isRunning()).toBe(true);
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    expectExactlyOnce(acknowledged, await withDatabase(url, (db) => casesByKey(db, 'restart')));
    expect([...tally.statuses.keys()].filter((s) => s !== 201 && s !== 200 && s !== 503)).toEqual([]);
    expect([...tally.codes.keys()].filter((code) => code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(tally.missingRetryAfter).toBe(0);
    console.log(
      `PostgreSQL restarts ×3: ${acknowledged.size} cases acknowledged, ` +
        `answers ${JSON.stringify(Object.fromEntries(tally.statuses))}, ${tally.network} network errors`,
    );
  });
});
