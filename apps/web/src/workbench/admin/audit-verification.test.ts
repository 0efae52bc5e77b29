import { describe, expect, it } from 'vitest';
import { summariseVerification } from './audit-verification';

describe('the audit chain check as shown to the administrator', () => {
  it('names the first broken entry, its chain position and why', () => {
    const summary = summariseVerification({
      ok: false,
      firstBroken: { id: 42, seq: 40, reason: 'content_changed' },
      checked: 39,
    });
    expect(summary.isIntact).toBe(false);
    expect(summary.lines[0]).toBe('第一条异常记录：#42（链序号 40），原因：内容被篡改。此前 39 条记录核验无误。');
  });

  it('says which chain position is missing when an entry was deleted', () => {
    const summary = summariseVerification({
      ok: false,
      firstBroken: { id: 43, seq: 42, reason: 'missing_entry', missingSeq: 41 },
      checked: 40,
    });
    expect(summary.lines[0]).toContain('记录缺失（缺少链序号 41）');
  });

  it('says the chain was rewritten when a batch signature no longer matches', () => {
    const summary = summariseVerification({
      ok: false,
      firstBroken: { id: 60, seq: 58, reason: 'signature_invalid' },
      checked: 57,
    });
    expect(summary.lines[0]).toContain('封存批次的审计签名不符（链被改写）');
  });

  it('says the tail was deleted when a checkpoint reaches beyond the chain', () => {
    const summary = summariseVerification({
      ok: false,
      firstBroken: { id: null, seq: null, reason: 'missing_entry', missingSeq: 81 },
      checked: 80,
    });
    expect(summary.lines[0]).toBe(
      '第一条异常记录：链尾已被删除，原因：记录缺失（缺少链序号 81）。此前 80 条记录核验无误。',
    );
  });

  it('gives the head of an intact chain so it can be noted elsewhere', () => {
    const summary = summariseVerification({
      ok: true,
      sealed: 15,
      unsealed: 2,
      signedBatches: 3,
      checkpoints: 1,
      head: { seq: 15, linkHash: 'ab12' },
    });
    expect(summary.isIntact).toBe(true);
    expect(summary.lines).toEqual([
      '已核验 15 条已封存记录；2 条待封存记录的内容摘要无误。',
      '3 个封存批次的审计签名有效；1 个检查点与链相符。',
      '链头：第 15 条，摘要 ab12。请另行留存，以便日后发现尾部记录被删除。',
    ]);
  });
});
