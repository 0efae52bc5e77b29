import { readFileSync, writeFileSync } from 'node:fs';
import type { Evaluation, EvaluationInput } from '@yici/contracts';
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
export async function runEvaluate(options: {
  args: string[];
  evaluation: EvaluationService;
  print?: (line: string) => void;
  progress?: (text: string) => void;
  now?: () => number;
}): Promise<number> {
  const print = options.print ?? ((line: string) => console.log(line));
  const progress = options.progress ?? ((text: string) => process.stderr.write(text));
  const now = options.now ?? (() => performance.now());
  const { args } = options;
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
  try {
    const evaluation = await options.evaluation.run(systemContext('yici evaluate'), input, {
      onProgress: (p) => progress(bar(p, started, now())),
    });
    progress(bar({ step: '生成报告', done: 4, total: 5 }, started, now()));
    writeFileSync(out, await options.evaluation.pdf(evaluation.id));
    progress(`${bar({ step: '完成', done: 5, total: 5 }, started, now())}\n`);
    print(`${evaluation.title}：${evaluation.cities.length} 个城市，实测办件 ${evaluation.casesMeasured} 件`);
    for (const line of rankingLines(evaluation)) print(line);
    for (const left of evaluation.indicatorsLeftOut) print(`未计入：${left.key}（${left.reason}）`);
    print(`报告已写入 ${out}（评价编号 ${evaluation.id}）`);
    return 0;
  } catch (error) {
    progress('\n');
    if (!(error instanceof DomainError)) throw error;
    print(`${error.title}（${error.code}）${error.detail ? `：${error.detail}` : ''}`);
    for (const field of error.fields) print(`  ${field.path}: ${field.message}`);
    print('未保存任何内容。');
    return 2;
  }
}
