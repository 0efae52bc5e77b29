import type { CoApplication } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import { maskIdNumber } from '../../platform/codes';
import { requireCaseVisible } from './cases.core';
import type { CaseCore } from './cases.core';
import type { CasesDeps } from './cases.deps';
import { casesErrors } from './cases.errors';
import { createCasesRepository, type CaseRow } from './cases.repository';
import { coApplicantOf, type CoApplicant } from './cases.co-applicants';

/** Joining an application: the buyer online, a clerk for the buyer at the window; the filer withdrawing it. */
export function createCoApplicationUseCases(deps: CasesDeps, core: CaseCore) {
  const { db, clock } = deps;

  /** The case under its row lock, for a transition of its own. */
  async function lockWaiting(tx: Tx, id: string) {
    const current = await createCasesRepository(tx).lockCase(id);
    if (!current) throw casesErrors.caseNotFound(id);
    return current;
  }

  /** Both parties have applied: the case is received today and waits for acceptance as any other. */
  async function join(
    context: RequestContext,
    id: string,
    check: (current: CaseRow, co: CoApplicant) => void,
    channel: 'online' | 'window',
  ) {
    const row = await db.transaction(async (tx) => {
      const current = await lockWaiting(tx, id);
      const co = coApplicantOf(current.items, current.form, current.applicantId);
      if (!co) throw casesErrors.caseNotFound(id);
      check(current, co);
      if (current.status !== 'awaiting_co_applicant')
        throw casesErrors.stateConflict('该申请不在等待共同申请人确认的状态');
      const repo = createCasesRepository(tx);
      const updated = await repo.updateCase(id, {
        status: 'submitted',
        receivedOn: clock.today(),
        // The buyer came to a window for a case filed online: one more trip. Filed at the window,
        // both parties stood at the counter together: the visit is already counted.
        visits: channel === 'window' && current.channel !== 'window' ? current.visits + 1 : current.visits,
      });
      await core.record(tx, context, updated, 'co_applicant_joined', {
        role: co.role,
        name: co.name,
        channel,
        basis: co.basis,
      });
      await core.notify(
        tx,
        updated,
        'case_submitted',
        `${co.role}${co.name}已确认共同申请，您的申请“${updated.title}”已收件，我们将在 5 个工作日内告知是否受理。`,
      );
      return updated;
    });
    return core.caseView(context, row);
  }

  return {
    /** What waits for the signed-in person to join, as the buyer a contract names. */
    async pendingCoApplications(context: RequestContext): Promise<CoApplication[]> {
      requireAccess(context, 'case:co_apply');
      const actor = context.actor;
      if (actor.kind !== 'person') return [];
      const rows = await createCasesRepository(db).awaitingCoApplicant('buyer_id_number', actor.idNumber);
      return rows.flatMap((row) => {
        const co = coApplicantOf(row.items, row.form, row.applicantId);
        if (!co || co.idNumber !== actor.idNumber) return [];
        return [
          {
            caseId: row.id,
            caseNumber: row.caseNumber,
            title: row.title,
            role: co.role,
            basis: co.basis,
            filedByName: row.applicantName,
            filedAt: (row.submittedAt ?? row.createdAt).toISOString(),
            propertyLocation: row.form['property_location'] ?? null,
            transactionPrice: row.form['transaction_price'] ?? null,
          },
        ];
      });
    },

    /** The buyer joins online with their own registry-verified account; anyone else finds nothing to join. */
    async confirmOnline(context: RequestContext, id: string) {
      requireAccess(context, 'case:co_apply');
      const actor = context.actor;
      return join(
        context,
        id,
        (_current, co) => {
          if (actor.kind !== 'person' || actor.idNumber !== co.idNumber) throw casesErrors.caseNotFound(id);
        },
        'online',
      );
    },

    /** A clerk records that the buyer, identity checked at the window, confirmed the application. */
    async confirmAtWindow(context: RequestContext, id: string, input: { name: string; idNumber: string }) {
      requireAccess(context, 'case:intake');
      return join(
        context,
        id,
        (current, co) => {
          requireAccess(context, 'case:intake', { kind: 'region', regionCode: current.regionCode });
          const idNumber = input.idNumber.trim().toUpperCase();
          const fields = [
            ...(idNumber !== co.idNumber
              ? [{ path: 'idNumber', message: `与合同载明的买受人身份证号（${maskIdNumber(co.idNumber)}）不一致` }]
              : []),
            ...(input.name.trim() !== co.name ? [{ path: 'name', message: '与合同载明的买受人姓名不一致' }] : []),
          ];
          if (fields.length > 0) throw casesErrors.coApplicantMismatch(fields);
        },
        'window',
      );
    },

    /** The filer withdraws an application nobody has accepted yet (also one still waiting for the buyer). */
    async withdraw(context: RequestContext, id: string, input: { reason: string }) {
      requireAccess(context, 'case:withdraw');
      const visible = requireCaseVisible(context, await createCasesRepository(db).findCase(id), id);
      const actor = context.actor;
      const isFiler =
        (actor.kind === 'person' || actor.kind === 'staff') && actor.accountId === visible.filedByAccountId;
      const isApplicant =
        actor.kind === 'person' && visible.applicantKind === 'person' && actor.idNumber === visible.applicantId;
      if (!isFiler && !isApplicant) throw casesErrors.caseNotFound(id);
      const row = await db.transaction(async (tx) => {
        const current = await lockWaiting(tx, id);
        if (!['draft', 'awaiting_co_applicant', 'submitted'].includes(current.status))
          throw casesErrors.stateConflict('已受理的办件不能撤回，请联系受理窗口');
        const updated = await createCasesRepository(tx).updateCase(id, { status: 'withdrawn' });
        await core.record(tx, context, updated, 'withdrawn', { reason: input.reason });
        return updated;
      });
      return core.caseView(context, row);
    },
  };
}
