import { z } from 'zod';
import type { IndicatorSystem } from '@yici/contracts';
import type { FieldIssue } from '../../platform/errors';

/** One row of the survey CSV (header `city,indicator,value`): a city by code or name. */
export const ImportedRowSchema = z
  .object({
    city: z.string().trim().min(1, { error: '缺少城市' }),
    indicator: z.string().trim().min(1, { error: '缺少指标代码' }),
    value: z
      .string()
      .trim()
      .min(1, { error: '缺少数值' })
      .regex(/^-?\d+(\.\d+)?$/, { error: '数值应为数字' })
      .transform(Number),
  })
  .strict();
export type ImportedRow = { city: string; indicator: string; value: number };

const HEADER = ['city', 'indicator', 'value'];

/** Splits one CSV line (RFC 4180 quotes allowed). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/**
 * Reads the imported indicator values. A file with any bad row is refused whole: the answer lists
 * every row's problems (unknown city, unknown or measured indicator, not a number, a duplicate).
 */
export function parseImported(
  csv: string,
  context: { system: IndicatorSystem; cities: readonly { code: string; name: string }[]; year: number },
): { rows: ImportedRow[]; problems: FieldIssue[] } {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: FieldIssue[] = [];
  const rows: ImportedRow[] = [];
  if (csv.trim() === '') return { rows, problems };
  const header = cells(lines[0]!).map((c) => c.trim().toLowerCase());
  if (header.join(',') !== HEADER.join(','))
    return { rows, problems: [{ path: 'importedCsv.row1', message: `表头应为 ${HEADER.join(',')}` }] };
  const byCode = new Map(context.cities.map((c) => [c.code, c]));
  const byName = new Map(context.cities.map((c) => [c.name, c]));
  const indicators = new Map(context.system.indicators.map((i) => [i.key, i]));
  const seen = new Map<string, number>();
  lines.slice(1).forEach((line, index) => {
    const row = index + 2;
    if (line.trim() === '') return;
    const path = `importedCsv.row${row}`;
    const parts = cells(line);
    if (parts.length !== HEADER.length) {
      problems.push({ path, message: `第 ${row} 行应有 ${HEADER.length} 列，实际 ${parts.length} 列` });
      return;
    }
    const parsed = ImportedRowSchema.safeParse(Object.fromEntries(HEADER.map((h, i) => [h, parts[i]])));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ path, message: `第 ${row} 行 ${String(issue.path[0] ?? '')}：${issue.message}` });
      return;
    }
    const { city: cityText, indicator: key, value } = parsed.data;
    const city = byCode.get(cityText) ?? byName.get(cityText);
    const indicator = indicators.get(key);
    const rowProblems: string[] = [];
    if (!city) rowProblems.push(`城市 ${cityText} 不在 ${context.year} 年的评价范围内`);
    if (!indicator) rowProblems.push(`没有指标 ${key}`);
    else if (indicator.source !== 'imported') rowProblems.push(`指标 ${key} 由平台办件实测，不能导入`);
    if (city && indicator) {
      const id = `${city.code}|${key}`;
      const first = seen.get(id);
      if (first !== undefined) rowProblems.push(`与第 ${first} 行重复（${city.name} · ${indicator.name}）`);
      else seen.set(id, row);
    }
    if (rowProblems.length > 0) {
      for (const message of rowProblems) problems.push({ path, message: `第 ${row} 行：${message}` });
      return;
    }
    rows.push({ city: city!.code, indicator: key, value });
  });
  return { rows, problems };
}
