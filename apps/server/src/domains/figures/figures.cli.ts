import { isCalendarDay } from './figures.math';
import type { Rollups } from './figures.rollups';

export const FIGURES_USAGE = `  yici figures rebuild [--from 2018-01-01 --to 2018-12-31]
                            重新汇总改革指标（全部日期，或所含的整月）；批量生成模拟历史后会自动执行`;

/** `yici figures rebuild`: thin over the rollups' rebuild. Exit 0 done, 2 refused (nothing written). */
export async function runFiguresRebuild(options: {
  args: string[];
  rollups: Rollups;
  print?: (line: string) => void;
  now?: () => number;
}): Promise<number> {
  const print = options.print ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => performance.now());
  const valueOf = (flag: string) => {
    const i = options.args.indexOf(flag);
    return i < 0 ? undefined : (options.args[i + 1] ?? '');
  };
  const from = valueOf('--from');
  const to = valueOf('--to');
  if ((from === undefined) !== (to === undefined) || [from, to].some((d) => d !== undefined && !isCalendarDay(d))) {
    print('请同时给出 --from 与 --to，格式 YYYY-MM-DD（不给则重算全部）');
    return 2;
  }
  if (from !== undefined && to !== undefined && to < from) {
    print('--to 不能早于 --from');
    return 2;
  }
  const started = now();
  await options.rollups.rebuild(from && to ? { from, to } : null);
  print(
    `改革指标已重新汇总（${from && to ? `${from} 至 ${to} 所含整月` : '全部日期'}），用时 ${((now() - started) / 1000).toFixed(1)} 秒`,
  );
  return 0;
}
