import type { CaseItemSnapshot } from './cases.tables';

/**
 * Items the parties apply for together. 《不动产登记暂行条例》第十四条: 因买卖、设定抵押权等申请不动产
 * 登记的，应当由当事人双方共同申请 — a transfer by sale (and the contract filing before it) is
 * filed by the seller and joined by the buyer, online with the buyer's own account or at the
 * window. Until the buyer has joined, the case is not received: its clock has not started and the
 * 5-working-day rule (accepted if not refused in time) cannot run on it.
 */
const CO_APPLIED_ITEMS: Record<string, { appliesWhen: { field: string; in: string[] } | null; basis: string }> = {
  '370706001000': { appliesWhen: { field: 'transfer_reason', in: ['sale'] }, basis: '《不动产登记暂行条例》第十四条' },
  '371008001000': { appliesWhen: null, basis: '《不动产登记暂行条例》第十四条' },
};

/** The other party who must join the application: the buyer the contract names. */
export type CoApplicant = { name: string; idNumber: string; role: '买受人'; basis: string };

/** The buyer must join when an item of the case is co-applied and the buyer is not the applicant. */
export function coApplicantOf(
  items: Pick<CaseItemSnapshot, 'basicCode'>[],
  form: Record<string, string>,
  applicantId: string,
): CoApplicant | null {
  const rule = items
    .map((i) => CO_APPLIED_ITEMS[i.basicCode])
    .find((r) => r && (!r.appliesWhen || r.appliesWhen.in.includes(form[r.appliesWhen.field] ?? '')));
  const idNumber = form['buyer_id_number']?.trim().toUpperCase();
  const name = form['buyer_name']?.trim();
  if (!rule || !idNumber || !name || idNumber === applicantId) return null;
  return { name, idNumber, role: '买受人', basis: rule.basis };
}
