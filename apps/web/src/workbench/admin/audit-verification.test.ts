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

  it('gives the head of an intact chain so it can be noted elsewhere', () => {
    const summary = summariseVerification({
      ok: true,
      sealed: 15,
      unsealed: 2,
      head: { seq: 15, linkHash: 'ab12' },
    });
    expect(summary.isIntact).toBe(true);
    expect(summary.lines).toEqual([
      '已核验 15 条已封存记录；2 条待封存记录的内容摘要无误。',
      '链头：第 15 条，摘要 ab12。请另行留存，以便日后发现尾部记录被删除。',
    ]);
  });
});
