import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/actor';
import { requireAccess, requirePerson } from '../../platform/access/access';
import type { FieldIssue } from '../../platform/errors';
import type { IdentityDeps } from './identity.deps';
import { identityErrors } from './identity.errors';
import { createIdentityRepository, type MandateRow } from './identity.repository';

export type MandateAction = 'apply' | 'supply_materials' | 'view' | 'receive_results';
export type MandateView = MandateRow & { status: 'active' | 'expired' | 'revoked' };

/** 委托: an applicant (a person, or an entity through whoever acts for it) authorises an agent or handler. */
export function createMandateUseCases(deps: IdentityDeps) {
  const { db, clock, audit } = deps;
  const baseRepo = createIdentityRepository(db);
  const view = (m: MandateRow): MandateView => ({
    ...m,
    status: m.revokedAt ? 'revoked' : m.validTo.getTime() <= clock.now().getTime() ? 'expired' : 'active',
  });

  function grantorOf(context: RequestContext) {
    const actor = requirePerson(context, 'mandate:manage_own');
    return actor.actingFor
      ? { kind: 'legal_person' as const, id: actor.actingFor.uscc, name: actor.actingFor.name, actor }
      : { kind: 'person' as const, id: actor.idNumber, name: actor.name, actor };
  }

  return {
    async createMandate(
      context: RequestContext,
      input: {
        agentLogin: string;
        scopeKind: 'case' | 'bundle' | 'period';
        caseId?: string;
        bundleId?: string;
        actions: MandateAction[];
        validTo: string;
      },
    ): Promise<MandateView> {
      const grantor = grantorOf(context);
      const now = clock.now();
      const validTo = new Date(input.validTo);
      const issues: FieldIssue[] = [];
      if (input.scopeKind === 'case' && !input.caseId) issues.push({ path: 'caseId', message: '按办件委托须指明办件' });
      if (input.scopeKind === 'bundle' && !input.bundleId)
        issues.push({ path: 'bundleId', message: '按“一件事”委托须指明事项' });
      if (input.scopeKind !== 'case' && input.caseId)
        issues.push({ path: 'caseId', message: '只有按办件委托才可指明办件' });
      if (input.scopeKind !== 'bundle' && input.bundleId)
        issues.push({ path: 'bundleId', message: '只有按“一件事”委托才可指明事项' });
      if (validTo.getTime() <= now.getTime()) issues.push({ path: 'validTo', message: '委托截止时间须晚于现在' });
      if (issues.length > 0) throw identityErrors.mandateInvalid(issues);
      const agent = await baseRepo.findAccountByLogin(input.agentLogin);
      const isAgent = agent?.kind === 'staff' && agent.roles.includes('agent');
      if (!agent || (!isAgent && agent.kind !== 'person') || agent.id === grantor.actor.accountId)
        throw identityErrors.agentNotFound();
      return db.transaction(async (tx) => {
        const row: MandateRow = {
          id: randomUUID(),
          grantorKind: grantor.kind,
          grantorId: grantor.id,
          grantorName: grantor.name,
          grantedByAccountId: grantor.actor.accountId,
          agentAccountId: agent.id,
          agentName: agent.name,
          scopeKind: input.scopeKind,
          caseId: input.caseId ?? null,
          bundleId: input.bundleId ?? null,
          actions: input.actions,
          validFrom: now,
          validTo,
          createdAt: now,
          revokedAt: null,
        };
        await createIdentityRepository(tx).insertMandate(row);
        await audit.record(tx, context, {
          action: 'identity.mandate.create',
          subjectType: grantor.kind,
          subjectId: grantor.id,
          details: { mandateId: row.id, agentAccountId: agent.id },
        });
        return view(row);
      });
    },

    async listMyMandates(context: RequestContext): Promise<MandateView[]> {
      const grantor = grantorOf(context);
      return (await baseRepo.listMandates({ grantorKind: grantor.kind, grantorId: grantor.id })).map(view);
    },

    async listMandatesAsAgent(context: RequestContext): Promise<MandateView[]> {
      const actor = requireAccess(context, 'mandate:read_received');
      if (actor.kind !== 'person' && actor.kind !== 'staff') return [];
      return (await baseRepo.listMandates({ agentAccountId: actor.accountId })).map(view);
    },

    async revokeMandate(context: RequestContext, input: { id: string }): Promise<MandateView> {
      const grantor = grantorOf(context);
      const mandate = await baseRepo.findMandate(input.id);
      if (!mandate || mandate.grantorKind !== grantor.kind || mandate.grantorId !== grantor.id)
        throw identityErrors.mandateNotFound();
      if (mandate.revokedAt) throw identityErrors.mandateRevoked();
      return db.transaction(async (tx) => {
        const now = clock.now();
        if (!(await createIdentityRepository(tx).revokeMandate(mandate.id, now))) throw identityErrors.mandateRevoked();
        await audit.record(tx, context, {
          action: 'identity.mandate.revoke',
          subjectType: grantor.kind,
          subjectId: grantor.id,
          details: { mandateId: mandate.id },
        });
        return view({ ...mandate, revokedAt: now });
      });
    },

    /** The mandates an agent holds in force now (not revoked, not expired). */
    async mandatesInForce(agentAccountId: string): Promise<MandateRow[]> {
      return baseRepo.findMandatesInForce({ agentAccountId, now: clock.now() });
    },

    /**
     * Whether an agent may take an action for a grantor now (and for which case or bundle); the
     * case domain asks this and records the work as "agent X for Y".
     */
    async findMandate(options: {
      agentAccountId: string;
      grantorKind: 'person' | 'legal_person';
      grantorId: string;
      /** Omitted: any action (a mandate covering the case at all lets the agent see it). */
      action?: MandateAction;
      caseId?: string;
      bundleId?: string;
    }): Promise<MandateRow | null> {
      const inForce = await baseRepo.findMandatesInForce({ agentAccountId: options.agentAccountId, now: clock.now() });
      return (
        inForce.find(
          (m) =>
            m.grantorKind === options.grantorKind &&
            m.grantorId === options.grantorId &&
            (!options.action || m.actions.includes(options.action)) &&
            (m.scopeKind === 'period' ||
              (m.scopeKind === 'case' && m.caseId === options.caseId) ||
              (m.scopeKind === 'bundle' && m.bundleId === options.bundleId)),
        ) ?? null
      );
    },
  };
}
