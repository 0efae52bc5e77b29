import { systemContext } from '../actor';
import { systemClock } from '../clock';
import type { Database } from '../db/database';
import { createAuditLog, type AuditBreakReason, type AuditVerification } from './audit.service';

const REASONS: Record<AuditBreakReason, string> = {
  content_changed: '内容被修改 / content changed',
  link_broken: '链接摘要不符 / link broken',
  missing_entry: '记录缺失 / entry missing',
};

/** `yici audit verify`: 0 when the chain is intact, 1 when it is broken. */
export async function runAuditVerify(options: { database: Database; write?: (line: string) => void }): Promise<number> {
  const write = options.write ?? ((line: string) => console.log(line));
  const audit = createAuditLog({ db: options.database.db, clock: systemClock });
  const result = await audit.verify(systemContext('audit-verify'));
  for (const line of describeVerification(result)) write(line);
  return result.ok ? 0 : 1;
}

export function describeVerification(result: AuditVerification): string[] {
  if (result.ok) {
    const head = result.head
      ? `链头 / chain head: seq ${result.head.seq}, link ${result.head.linkHash}`
      : '链为空 / the chain is empty';
    return [
      `审计日志链完整 / audit chain intact: ${result.sealed} 条已封存 sealed, ${result.unsealed} 条待封存 awaiting sealing`,
      head,
    ];
  }
  const { id, seq, reason, missingSeq } = result.firstBroken;
  const where = seq === null ? `id ${id}（未封存 / unsealed）` : `id ${id}, seq ${seq}`;
  const lines = [
    `审计日志链已损坏 / audit chain BROKEN`,
    `第一条异常记录 / first broken entry: ${where} — ${REASONS[reason]}`,
  ];
  if (missingSeq !== undefined && seq !== null) {
    const range = seq - 1 > missingSeq ? `${missingSeq}–${seq - 1}` : `${missingSeq}`;
    lines.push(`缺失的位置 / missing positions: seq ${range}（在 id ${id} 之前 / before id ${id}）`);
  }
  lines.push(`此前已核验 / verified before the break: ${result.checked} 条 entries`);
  return lines;
}
