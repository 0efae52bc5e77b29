// `npm test`: static checks, then every test tier that this machine can run. A tier that cannot
// run is named loudly; under CI=true a skipped tier is a failure. Ends with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureWebBuilt } from './web-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const isCi = process.env.CI === 'true';
const isRoot = process.getuid?.() === 0;
const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const bin = (name) => path.join(root, 'node_modules/.bin', name);

let passed = 0;
let failed = 0;
const skippedTiers = [];

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

function banner(text) {
  console.log(`\n==== ${text} ====`);
}

function loud(text) {
  console.log(`\n!!!! ${text} !!!!\n`);
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** PostgreSQL for the second database tier: use it, start it, or install it (root + apt). */
async function ensurePostgres() {
  if (await postgresReachable()) return true;
  if (!isRoot) return false;
  const hasCluster =
    run('bash', ['-c', 'command -v pg_ctlcluster && ls /etc/postgresql'], { stdio: 'ignore' }).status === 0;
  if (!hasCluster) {
    console.log('PostgreSQL 未安装，正在通过 apt 安装…');
    run('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql']);
  }
  console.log('正在启动 PostgreSQL…');
  run('bash', ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | tail -1) main start'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 10 && !(await postgresReachable()); i++) await new Promise((r) => setTimeout(r, 1000));
  // A fresh cluster needs trust auth for postgres@127.0.0.1 and the test database.
  run('bash', ['-c', `su postgres -c "psql -qc 'create database test'" 2>/dev/null || true`], { stdio: 'ignore' });
  return postgresReachable();
}

/** Debian Chromium and a CJK font for the browser tier. */
function ensureChromium() {
  const hasFont = () => run('bash', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;
  if (existsSync(chromiumPath) && hasFont()) return true;
  if (!isRoot) return false;
  console.log('正在通过 apt 安装 chromium 与 fonts-noto-cjk…');
  run('bash', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
  ]);
  return existsSync(chromiumPath) && hasFont();
}

/**
 * Debian's OpenSSL 3 for the test that verifies certificates with an outside implementation
 * (certificates.openssl.db.test.ts); that test fails, not skips, without it.
 */
function ensureOpenssl() {
  const hasOpenssl = () =>
    run('bash', ['-c', 'openssl version | grep -q "^OpenSSL 3"'], { stdio: 'ignore' }).status === 0;
  if (hasOpenssl() || !isRoot) return;
  console.log('正在通过 apt 安装 openssl…');
  run('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl']);
}

function staticCheck(name, command, args) {
  banner(name);
  const result = run(command, args);
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    loud(`${name} 失败`);
  }
}

/** Runs vitest on the given projects; adds its counts to the totals (a run without counts is a failure). */
function runVitest(projects, summaryName) {
  const tmp = path.join(root, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const summaryFile = path.join(tmp, summaryName);
  rmSync(summaryFile, { force: true });
  const vitest = run(bin('vitest'), ['run', ...projects.flatMap((p) => ['--project', p])], {
    env: {
      ...process.env,
      YICI_TEST_SUMMARY: summaryFile,
      TEST_DATABASE_URL: testDatabaseUrl,
      CHROMIUM_PATH: chromiumPath,
    },
  });
  const before = failed;
  if (existsSync(summaryFile)) {
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    passed += summary.passed;
    failed += summary.failed;
  } else {
    failed += 1;
    loud('vitest 没有产生结果');
  }
  if (vitest.status !== 0 && failed === before) failed += 1;
}

// `npm run test:reliability`: only the reliability suite (it needs PostgreSQL).
if (process.argv.includes('--reliability')) {
  if (!(await ensurePostgres())) {
    loud(`可靠性测试需要 PostgreSQL (${testDatabaseUrl})`);
    console.log(`\n0 passed, 1 failed`);
    process.exit(1);
  }
  banner('vitest: reliability');
  runVitest(['reliability'], 'reliability-summary.json');
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
staticCheck('typecheck (tsc)', 'bash', [
  '-c',
  ['packages/contracts', 'apps/server', 'apps/web'].map((p) => `"${process.execPath}" "${tsc}" -p ${p}`).join(' && '),
]);
staticCheck('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);
staticCheck('format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.']);

ensureOpenssl();
const projects = ['unit', 'db-pglite'];
if (await ensurePostgres()) projects.push('db-postgresql');
else skippedTiers.push(`db-postgresql: PostgreSQL 不可用 (${testDatabaseUrl})`);
if (ensureChromium()) {
  banner('building the web app for the browser tier');
  await ensureWebBuilt();
  projects.push('e2e');
} else skippedTiers.push(`e2e: 未找到 Chromium (${chromiumPath}) 或中文字体`);

for (const tier of skippedTiers) loud(`跳过测试层 SKIPPED TIER — ${tier}`);

banner(`vitest: ${projects.join(', ')}`);
runVitest(projects, 'test-summary.json');

// The reliability suite runs on its own after the other tiers: it starts, kills and loads server
// processes of its own and would only slow the tests beside it.
if (projects.includes('db-postgresql')) {
  banner('vitest: reliability (PostgreSQL)');
  runVitest(['reliability'], 'reliability-summary.json');
} else skippedTiers.push('reliability: PostgreSQL 不可用');

if (skippedTiers.length > 0) {
  for (const tier of skippedTiers) loud(`跳过测试层 SKIPPED TIER — ${tier}`);
  // Under CI a tier that did not run is a failure, never a quiet pass.
  if (isCi) failed += skippedTiers.length;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
