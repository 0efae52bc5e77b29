import type { AuditVerification } from '../../api/audit.shapes';
import { messages } from '../../messages';

const text = messages.workbench.audit;

export type VerificationSummary = { isIntact: boolean; title: string; lines: string[] };

/** What the chain check found, in words: intact with its head, or the first broken entry and why. */
export function summariseVerification(result: AuditVerification): VerificationSummary {
  if (result.ok) {
    return {
      isIntact: true,
      title: text.verifiedTitle,
      lines: [
        text.verifiedDetail(result.sealed, result.unsealed),
        text.signaturesDetail(result.signedBatches, result.checkpoints),
        ...(result.head ? [text.head(result.head.seq, result.head.linkHash)] : []),
      ],
    };
  }
  const broken = result.firstBroken;
  const reason =
    broken.reason === 'missing_entry' && broken.missingSeq !== undefined
      ? `${text.reasons.missing_entry}（${text.missingSeq(broken.missingSeq)}）`
      : text.reasons[broken.reason];
  return {
    isIntact: false,
    title: text.brokenTitle,
    lines: [text.brokenDetail({ id: broken.id, seq: broken.seq, reason, checked: result.checked })],
  };
}
