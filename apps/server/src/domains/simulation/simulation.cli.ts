import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEPARTMENT_NAMES } from '@yici/contracts';
import { fixedClock } from '../../platform/clock';
import { seededIds } from '../../platform/ids';
import type { Database } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { createServices } from '../../platform';
import type { AuditSigner } from '../../platform/audit/audit.signing';
import { seedReferenceData } from '../../seed/seed';
import { loadProfile, type ProfileVocabulary, type SimulationProfile } from './simulation.profile';
import { figuresByCity, simulate, SimulationRefused, type Progress, type SimulationRun } from './simulation.simulator';
import { recordInstallationMode, requireInstallationMode } from './simulation.installation';

const DATA_DIR = fileURLToPath(new URL('../../../../../data/', import.meta.url));
export const DEFAULT_PROFILE = `${DATA_DIR}simulation/shandong-2018.json`;

/** What a profile may name, read from the repository's own data (no database needed to check it). */
export function profileVocabulary(): ProfileVocabulary {
  const items = JSON.parse(readFileSync(`${DATA_DIR}catalog/items.json`, 'utf8')) as { basicCode: string }[];
  const bundles = JSON.parse(readFileSync(`${DATA_DIR}catalog/bundles.json`, 'utf8')) as { id: string }[];
  const regions = JSON.parse(readFileSync(`${DATA_DIR}regions/shandong-regions.json`, 'utf8')) as [
    string,
    string,
    string,
    string | null,
  ][];
  const counties = new Map<string, string[]>();
  for (const [code, , level, parent] of regions) {
    if (level === 'city') counties.set(code, counties.get(code) ?? []);
    if (level === 'county' && parent) counties.set(parent, [...(counties.get(parent) ?? []), code]);
  }
  return {
    basicCodes: new Set(items.map((i) => i.basicCode)),
    bundleIds: new Set(bundles.map((b) => b.id)),
    counties,
    departmentKinds: new Set(Object.keys(DEPARTMENT_NAMES)),
  };
}

export type SimulateArgs = SimulationRun & { profile: string };

/** `--from 2018-01-01 --to 2018-12-31 --scale 0.001 --seed 42 [--profile file]`; every problem at once. */
export function parseSimulateArgs(argv: string[]): SimulateArgs | string[] {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const problems: string[] = [];
  const date = (flag: string) => {
    const v = value(flag);
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
      problems.push(`${flag}: 应为日期 YYYY-MM-DD`);
    return v ?? '';
  };
  const from = date('--from');
  const to = date('--to');
  if (from && to && from > to) problems.push('--to: 不能早于 --from');
  const scale = Number(value('--scale') ?? '0.001');
  if (!(scale > 0 && scale <= 1)) problems.push('--scale: 应为 (0, 1] 之间的比例');
  const seed = Number(value('--seed') ?? '42');
  if (!Number.isInteger(seed) || seed < 0) problems.push('--seed: 应为非负整数');
  return problems.length > 0 ? problems : { from, to, scale, seed, profile: value('--profile') ?? DEFAULT_PROFILE };
}

function bar(p: Progress, started: number, now: number): string {
  const width = 24;
  const filled = Math.round((p.daysDone / p.daysTotal) * width);
  const seconds = (now - started) / 1000;
  const rate = p.filed / Math.max(seconds, 0.001);
  const eta = p.daysDone > 0 ? ((p.daysTotal - p.daysDone) * seconds) / p.daysDone : 0;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] 模拟日期 ${p.day}  已受理 ${p.filed} 件  ${rate.toFixed(1)} 件/秒  预计剩余 ${Math.round(eta)} 秒 `;
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(0)}%`);

/**
 * Runs a simulation on the configured database: refused on a real-mode one, seeded as of the
 * first simulated day when new, resumed from the last finished day otherwise.
 */
export async function runSimulate(options: {
  argv: string[];
  /** Opened only once the arguments and the profile are sound: a refused run touches nothing. */
  openDatabase: () => Promise<Database>;
  /** The keys (generated into the data directory when unset): resolved only for a run that goes ahead. */
  keys: () => { sealMasterKey: Buffer; auditSigner: AuditSigner };
  publicUrl: string;
  realNow: () => number;
}): Promise<number> {
  const args = parseSimulateArgs(options.argv);
  if (Array.isArray(args)) {
    for (const line of args) console.error(line);
    return 2;
  }
  let profile;
  try {
    profile = loadProfile(args.profile, profileVocabulary());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.title}（${args.profile}），${error.detail}，未写入任何数据：`);
    for (const f of error.fields) console.error(`  ${f.path}: ${f.message}`);
    return 2;
  }
  const database = await options.openDatabase();
  try {
    return await simulateOn(database, args, profile, { ...options, ...options.keys() });
  } finally {
    await database.close();
  }
}

async function simulateOn(
  database: Database,
  args: SimulateArgs,
  profile: SimulationProfile,
  options: { sealMasterKey: Buffer; auditSigner: AuditSigner; publicUrl: string; realNow: () => number },
): Promise<number> {
  try {
    await requireInstallationMode(
      database,
      'simulated',
      '模拟只能在模拟环境的数据库上运行（YICI_CLOCK=simulated 的数据目录或数据库）。',
    );
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  await database.migrate();
  const firstInstant = new Date(`${args.from}T08:00:00+08:00`);
  await recordInstallationMode(database.db, 'simulated', firstInstant);
  await seedReferenceData(database.db, {
    clock: fixedClock(firstInstant),
    scope: 'full',
    sealMasterKey: options.sealMasterKey,
  });
  const clock = fixedClock(firstInstant);
  const services = createServices({
    database,
    clock,
    sealMasterKey: options.sealMasterKey,
    publicUrl: options.publicUrl,
    audit: { signer: options.auditSigner },
    // The run's tickets and ratings get ids drawn from its seed: the same seed, the same ids.
    ids: seededIds(args.seed, clock),
  });
  const started = options.realNow();
  try {
    const result = await simulate({
      db: database.db,
      databaseKind: database.kind,
      services,
      clock,
      profile,
      run: args,
      onProgress: (p) => process.stderr.write(bar(p, started, options.realNow())),
    });
    process.stderr.write('\n');
    const seconds = (options.realNow() - started) / 1000;
    const c = result.counters;
    console.log(
      `模拟 ${result.daysRun} 天，用时 ${seconds.toFixed(1)} 秒：提交 ${c.filed} 件（网上 ${c.online}，代办 ${c.byAgent}），受理 ${c.accepted}（容缺 ${c.deferred}），补正 ${c.corrections}，不予受理 ${c.refused}，审批决定 ${c.decided}，延期 ${c.extended}，窗口领取 ${c.delivered}，无处受理 ${c.skipped}`,
    );
    console.log(
      `12345 工单 ${c.tickets} 件（直接办结 ${c.answeredOnSpot}，答复 ${c.ticketsReplied}，退回 ${c.ticketsReturned}，回访办结 ${c.ticketsClosed}，重办 ${c.ticketsReopened}，重复来电合并 ${c.ticketsMerged}）；好差评 ${c.ratings} 条（差评 ${c.badRatings}，整改经评价人确认 ${c.rectified}，恶意评价申诉 ${c.appeals}，审核 ${c.appealsReviewed}，认定 ${c.appealsUpheld}）`,
    );
    for (const [what, n] of result.failures) console.log(`  平台拒绝：${what} × ${n}`);
  } catch (error) {
    if (error instanceof SimulationRefused) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  console.log('\n3545 指标（已办结，按地市）：');
  console.log(['地市', '事项或一件事', '办结', '中位工作日', '按时办结', '最多跑一次'].join('\t'));
  for (const f of await figuresByCity(services, profile))
    console.log(
      [f.cityName, f.bundle, f.completed, f.medianWorkdays ?? '—', pct(f.onTimeShare), pct(f.atMostOneVisitShare)].join(
        '\t',
      ),
    );
  return 0;
}
