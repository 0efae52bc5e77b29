import { writeFileSync } from 'node:fs';
import { systemContext } from '../actor';
import { systemClock, type Clock } from '../clock';
import type { Database } from '../db/database';
import { readCheckpoints, type CheckpointDirectory } from './audit.checkpoints';
import { createAuditLog, type AuditBreakReason, type AuditVerification } from './audit.service';
import type { AuditSigner } from './audit.signing';

const REASONS: Record<AuditBreakReason, string> = {
  content_changed: '内容被修改 / content changed',
  link_broken: '链接摘要不符 / link broken',
  missing_entry: '记录缺失 / entry missing',
  signature_invalid: '批次签名不符（链被改写）/ batch signature does not match (chain rewritten)',
  signature_missing: '缺少批次签名 / batch signature missing',
  checkpoint_mismatch: '与检查点不符 / does not match a checkpoint',
};

type AuditCliOptions = {
  database: Database;
  signer: AuditSigner;
  /** The data directory's checkpoints, always checked. */
  directory: CheckpointDirectory;
  clock?: Clock;
  write?: (line: string) => void;
};

/**
 * `yici audit verify [--checkpoints <file|dir>]…`: 0 when the chain, its batch signatures and every
 * checkpoint (the data directory's and those given) hold; 1 when something is broken.
 */
export async function runAuditVerify(options: AuditCliOptions & { checkpointFiles?: string[] }): Promise<number> {
  const write = options.write ?? ((line: string) => console.log(line));
  const audit = auditLogOf(options);
  const given = (options.checkpointFiles ?? []).flatMap((file) => readCheckpoints(file));
  const result = await audit.verify(systemContext('audit-verify'), { checkpoints: given });
  for (const line of describeVerification(result)) write(line);
  return result.ok ? 0 : 1;
}

/**
 * `yici audit checkpoint [--out <file>]`: signs the current head into today's checkpoint file and
 * exports every checkpoint of the data directory as one JSON list (to the file, or printed), for
 * the witness to keep.
 */
export async function runAuditCheckpoint(options: AuditCliOptions & { out?: string }): Promise<number> {
  const write = options.write ?? ((line: string) => console.log(line));
  const clock = options.clock ?? systemClock;
  const checkpoint = await auditLogOf(options).makeCheckpoint();
  if (!checkpoint) {
    write('审计日志链为空，暂无可签署的检查点 / the chain is empty: nothing to checkpoint');
    return 1;
  }
  options.directory.write(clock.today(), checkpoint);
  const all = JSON.stringify(options.directory.list(), null, 2);
  if (options.out) {
    writeFileSync(options.out, `${all}\n`);
    write(`已签署检查点 seq ${checkpoint.seq}，导出 ${options.directory.list().length} 个检查点到 ${options.out}`);
  } else write(all);
  return 0;
}

function auditLogOf(options: AuditCliOptions) {
  return createAuditLog({
    db: options.database.db,
    clock: options.clock ?? systemClock,
    signer: options.signer,
    checkpoints: { directory: options.directory, outbox: null, witness: null },
  });
}

export function describeVerification(result: AuditVerification): string[] {
  if (result.ok) {
    const head = result.head
      ? `链头 / chain head: seq ${result.head.seq}, link ${result.head.linkHash}`
      : '链为空 / the chain is empty';
    return [
      `审计日志链完整 / audit chain intact: ${result.sealed} 条已封存 sealed, ${result.unsealed} 条待封存 awaiting sealing`,
      `批次签名 / batch signatures: ${result.signedBatches} 个已核验 verified；检查点 / checkpoints: ${result.checkpoints} 个相符 matched`,
      head,
    ];
  }
  const { id, seq, reason, missingSeq, batch } = result.firstBroken;
  const where =
    id === null
      ? '（记录已不存在 / no such entry）'
      : seq === null
        ? `id ${id}（未封存 / unsealed）`
        : `id ${id}, seq ${seq}`;
  const lines = [
    `审计日志链已损坏 / audit chain BROKEN`,
    `第一条异常记录 / first broken entry: ${where} — ${REASONS[reason]}`,
  ];
  if (batch) lines.push(`所在批次 / batch: seq ${batch.firstSeq}–${batch.lastSeq}`);
  if (missingSeq !== undefined && seq !== null) {
    const range = seq - 1 > missingSeq ? `${missingSeq}–${seq - 1}` : `${missingSeq}`;
    lines.push(`缺失的位置 / missing positions: seq ${range}（在 id ${id} 之前 / before id ${id}）`);
  } else if (missingSeq !== undefined) {
    lines.push(
      `缺失的位置 / missing positions: 自 seq ${missingSeq} 起的尾部（检查点或签名显示链曾更长 / the tail from seq ${missingSeq})`,
    );
  }
  lines.push(`此前已核验 / verified before the break: ${result.checked} 条 entries`);
  return lines;
}
