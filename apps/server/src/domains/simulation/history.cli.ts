import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { dropHistory, generateHistory, type HistoryPorts, type HistoryResult } from './history.generate';

export const HISTORY_USAGE = `  yici history generate --year <年份> --cases <办件数> [--seed 42] [--drop]
                            批量生成模拟历史办件（仅供统计与压力测试，标记为模拟，不进入任何人的列表）
  yici history drop         删除全部模拟历史（只删模拟数据）`;

/** A flag's value as the generator's request wants it: whole numbers only, anything else NaN. */
function integerFlag(args: string[], flag: string): number | undefined {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const text = args[i + 1];
  return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

function textFlag(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i < 0 ? undefined : (args[i + 1] ?? '');
}

/**
 * `yici history generate|drop`: thin over the generator. `--drop` alone removes the synthetic rows;
 * with `--cases` it removes them and writes the new run. Prints cases/s, table sizes and bytes
 * per case. Exit 0 done, 2 refused (what was wrong is printed; nothing was written).
 */
export async function runHistoryCommand(options: {
  sub: string | undefined;
  args: string[];
  database: Database;
  ports: () => Promise<HistoryPorts>;
  clock: Clock;
  print?: (line: string) => void;
}): Promise<number> {
  const print = options.print ?? ((line: string) => console.log(line));
  const { args } = options;
  const drop = options.sub === 'drop' || args.includes('--drop');
  const wantsRun = options.sub === 'generate' && (args.includes('--cases') || !drop);
  try {
    if (drop) {
      const dropped = await dropHistory(options.database);
      print(`已删除模拟历史：办件 ${dropped.cases}，环节 ${dropped.tasks}，时限 ${dropped.clocks}（真实数据未动）`);
    }
    if (!wantsRun) return options.sub === 'generate' || options.sub === 'drop' ? 0 : 2;
    let lastPrinted = 0;
    const result = await generateHistory(options.database, await options.ports(), options.clock, {
      year: integerFlag(args, '--year'),
      from: textFlag(args, '--from'),
      to: textFlag(args, '--to'),
      cases: integerFlag(args, '--cases') as number,
      seed: integerFlag(args, '--seed'),
      onProgress: (p) => {
        if (p.elapsedMs - lastPrinted < 2_000 && p.written < p.total) return;
        lastPrinted = p.elapsedMs;
        const rate = p.written / (p.elapsedMs / 1000);
        print(`  ${p.day}  ${p.written} / ${p.total} 件  ${Math.round(rate)} 件/秒`);
      },
    });
    for (const line of describeHistory(result)) print(line);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    print(`${error.title}（${error.code}）${error.detail ? `：${error.detail}` : ''}`);
    for (const field of error.fields) print(`  ${field.path}: ${field.message}`);
    print('未写入任何数据。');
    return 2;
  }
}

export function describeHistory(result: HistoryResult): string[] {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    `模拟历史 ${result.from} 至 ${result.to}（种子 ${result.seed}）：办件 ${result.cases}，环节 ${result.tasks}，时限 ${result.clocks}`,
    `用时 ${result.seconds.toFixed(1)} 秒，${Math.round(result.casesPerSecond)} 件/秒`,
    `表大小：${Object.entries(result.tableBytes)
      .map(([table, bytes]) => `${table} ${mb(bytes)}`)
      .join('，')}；每件 ${Math.round(result.bytesPerCase)} 字节`,
  ];
}
