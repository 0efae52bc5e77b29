import { readFileSync, writeFileSync } from 'node:fs';
import type { Evaluation, EvaluationInput, ReformChange, ReformScenario } from '@yici/contracts';
import type { ReformProgress, ReformService } from './evaluation.reform';
import { systemContext } from '../../platform/actor';
import { DomainError } from '../../platform/errors';
import type { EvaluationProgress, EvaluationService } from './evaluation.service';

export const EVALUATE_USAGE = `  yici evaluate --year 2018 --out report.pdf [--income 人均收入.json] [--imported 调查数据.csv] [--system 指标体系.json]
                            运行营商环境评价（实测平台办件），打印排名并输出加盖平台印章的 PDF 报告`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
}

function bar(p: EvaluationProgress, started: number, now: number): string {
  const width = 24;
  const filled = Math.round((p.done / p.total) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.step}  ${((now - started) / 1000).toFixed(1)} 秒   `;
}

/** What a command prints to and reads time from; tests pass their own. */
type CommandOptions = {
  args: string[];
  print?: (line: string) => void;
  progress?: (text: string) => void;
  now?: () => number;
};
type CommandIo = { args: string[]; print: (line: string) => void; progress: (text: string) => void; now: () => number };

/**
 * Runs a command with the defaults filled in (lines to stdout, the progress bar to stderr, elapsed
 * time from `performance.now`). A refused request ends the bar and prints the problem with every
 * field at fault: exit 2, and nothing was stored (the services store nothing on bad input).
 */
async function command(options: CommandOptions, body: (io: CommandIo) => Promise<number>): Promise<number> {
  const io: CommandIo = {
    args: options.args,
    print: options.print ?? ((line: string) => console.log(line)),
    progress: options.progress ?? ((text: string) => process.stderr.write(text)),
    now: options.now ?? (() => performance.now()),
  };
  try {
    return await body(io);
  } catch (error) {
    io.progress('\n');
    if (!(error instanceof DomainError)) throw error;
    io.print(`${error.title}（${error.code}）${error.detail ? `：${error.detail}` : ''}`);
    for (const field of error.fields) io.print(`  ${field.path}: ${field.message}`);
    io.print('未保存任何内容。');
    return 2;
  }
}

/** The ranking as printed lines: rank, city, total, first-level scores. */
export function rankingLines(evaluation: Evaluation): string[] {
  const levels = evaluation.system.firstLevels;
  return [
    ['名次', '城市', '总分', ...levels.map((l) => l.name)].join('\t'),
    ...evaluation.cities.map((c) =>
      [
        c.rank ?? '不排名',
        c.name,
        c.total === null ? '—' : `${c.total.toFixed(2)}${c.complete ? '' : '*'}`,
        ...levels.map((l) => {
          const score = c.firstLevels.find((x) => x.key === l.key)?.score;
          return score === null || score === undefined ? '—' : score.toFixed(1);
        }),
      ].join('\t'),
    ),
  ];
}

/**
 * `yici evaluate`: runs an evaluation as the platform (the command line is an operator's), with a
 * progress bar on stderr, prints the ranking and writes the sealed PDF. Exit 0 done, 2 refused.
 */
export function runEvaluate(options: CommandOptions & { evaluation: EvaluationService }): Promise<number> {
  return command(options, async ({ args, print, progress, now }) => {
    const year = Number(flag(args, '--year'));
    const out = flag(args, '--out');
    if (!Number.isInteger(year) || !out) {
      print(`用法 usage:\n${EVALUATE_USAGE}`);
      return 2;
    }
    const read = (name: string) => {
      const file = flag(args, name);
      return file === undefined ? undefined : readFileSync(file, 'utf8');
    };
    const income = read('--income');
    const system = read('--system');
    const input: EvaluationInput = {
      year,
      importedCsv: read('--imported') ?? '',
      ...(income ? { incomePerCapitaYuan: JSON.parse(income) as Record<string, number> } : {}),
      ...(system ? { indicatorSystem: JSON.parse(system) as EvaluationInput['indicatorSystem'] } : {}),
    };
    const started = now();
    const evaluation = await options.evaluation.run(systemContext('yici evaluate'), input, {
      onProgress: (p) => progress(bar(p, started, now())),
    });
    progress(bar({ step: '生成报告', done: 4, total: 5 }, started, now()));
    writeFileSync(out, await options.evaluation.pdf(evaluation.id));
    progress(`${bar({ step: '完成', done: 5, total: 5 }, started, now())}\n`);
    print(`${evaluation.title}：${evaluation.cities.length} 个城市，实测办件 ${evaluation.casesMeasured} 件`);
    for (const line of rankingLines(evaluation)) print(line);
    for (const left of evaluation.indicatorsLeftOut)
      print(
        `未计入：${evaluation.system.indicators.find((i) => i.key === left.key)?.name ?? left.key}（${left.reason}）`,
      );
    print(`报告已写入 ${out}（评价编号 ${evaluation.id}）`);
    return 0;
  });
}

export const REFORM_USAGE = `  yici reform --year 2018 --change '{"kind":"bundle_graph",…}' [--change …] [--baseline <改革前状态 json> …]
              [--seed 42] [--cases 200000] [--evaluation 评价编号]
                            改革模拟：同一种子的模拟年度，基线与改革方案并列打印 3545 指标与排名`;

/** A signed difference for print: "+1.5", "−2", "0". */
function signed(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  const rounded = Number(value.toFixed(digits));
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : '0';
}

const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

/** The comparison as printed lines: the 3545 figures, then the ranking with each city's change. */
export function reformLines(scenario: ReformScenario): string[] {
  const result = scenario.result;
  if (!result) return [`${scenario.title}：${scenario.status}${scenario.error ? `（${scenario.error}）` : ''}`];
  const lines = [
    `${scenario.title}（${scenario.year} 年，种子 ${scenario.seed}，模拟办件 ${scenario.cases} 件）`,
    ...scenario.baselineDescribed.map((d) => `改革前：${d}`),
    ...scenario.described.map((d) => `改革措施：${d}`),
    '',
    [
      '一件事',
      '承诺',
      '基线中位（工作日）',
      '方案中位',
      '变化',
      '基线 p90',
      '方案 p90',
      '基线按时率',
      '方案按时率',
    ].join('\t'),
    ...result.bundles.map((b) =>
      [
        b.name,
        b.promisedDays,
        fixed(b.baseline.medianWorkingDays),
        fixed(b.variant.medianWorkingDays),
        signed(
          b.variant.medianWorkingDays !== null && b.baseline.medianWorkingDays !== null
            ? b.variant.medianWorkingDays - b.baseline.medianWorkingDays
            : null,
        ),
        fixed(b.baseline.p90WorkingDays),
        fixed(b.variant.p90WorkingDays),
        b.baseline.onTimeShare === null ? '—' : `${(b.baseline.onTimeShare * 100).toFixed(1)}%`,
        b.variant.onTimeShare === null ? '—' : `${(b.variant.onTimeShare * 100).toFixed(1)}%`,
      ].join('\t'),
    ),
    '',
    ['城市', '基线总分', '基线名次', '方案总分', '方案名次', '名次变化'].join('\t'),
    ...[...result.cities]
      .sort((a, b) => (a.variant.rank ?? 99) - (b.variant.rank ?? 99))
      .map((c) =>
        [
          c.name,
          fixed(c.baseline.total, 2),
          c.baseline.rank ?? '—',
          fixed(c.variant.total, 2),
          c.variant.rank ?? '—',
          c.baseline.rank !== null && c.variant.rank !== null ? signed(c.baseline.rank - c.variant.rank, 0) : '—',
        ].join('\t'),
      ),
  ];
  for (const left of result.indicatorsLeftOut) lines.push(`未计入：${left.name}（${left.reason}）`);
  return lines;
}

/** `yici reform`: queues a scenario and runs it here with a progress bar; exit 0 done, 2 refused. */
export function runReform(options: CommandOptions & { reforms: ReformService }): Promise<number> {
  return command(options, async ({ args, print, progress, now }) => {
    const year = Number(flag(args, '--year'));
    const changes: unknown[] = [];
    const baselineChanges: unknown[] = [];
    for (const [i, arg] of args.entries())
      if ((arg === '--change' || arg === '--baseline') && args[i + 1] !== undefined) {
        try {
          (arg === '--change' ? changes : baselineChanges).push(JSON.parse(args[i + 1]!));
        } catch {
          print(`${arg} 不是合法的 JSON：${args[i + 1]}`);
          return 2;
        }
      }
    if (!Number.isInteger(year) || changes.length === 0) {
      print(`用法 usage:\n${REFORM_USAGE}`);
      return 2;
    }
    const number = (name: string) => (flag(args, name) === undefined ? undefined : Number(flag(args, name)));
    const context = systemContext('yici reform');
    const queued = await options.reforms.submit(context, {
      year,
      seed: number('--seed'),
      cases: number('--cases'),
      evaluationId: flag(args, '--evaluation'),
      changes: changes as ReformChange[],
      baselineChanges: baselineChanges as ReformChange[],
    });
    const started = now();
    const show = (p: ReformProgress) => progress(bar({ step: p.step, done: p.done, total: p.total }, started, now()));
    // Runs what is queued, oldest first, until this scenario has run.
    for (;;) {
      const more = await options.reforms.runNext({ onProgress: show });
      const scenario = await options.reforms.get(context, queued.id);
      if (scenario.status === 'done' || scenario.status === 'failed' || !more) {
        progress('\n');
        for (const line of reformLines(scenario)) print(line);
        return scenario.status === 'done' ? 0 : 1;
      }
    }
  });
}
