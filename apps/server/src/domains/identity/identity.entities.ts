import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import { insertRow, writeAll } from '../../platform/db/write-batch';
import { requirePerson, requireStaff } from '../../platform/access/access';
import { checkUscc } from '../../platform/codes';
import type { IdentityDeps } from './identity.deps';
import { identityErrors } from './identity.errors';
import { createIdentityRepository, type EntityBindingRow } from './identity.repository';
import { entityBindings } from './identity.tables';

type BindingView = EntityBindingRow & { holderName: string };

/** Legal persons: the legal representative binds the entity and authorises handlers (经办人). */
export function createEntityUseCases(deps: IdentityDeps) {
  const { db, clock, audit, registries } = deps;
  const baseRepo = createIdentityRepository(db);

  return {
    /**
     * The person named as legal representative in the legal-entity registry binds the entity. A
     * USCC that fails its check character is not refused silently: staff verify and override.
     */
    async bindEntity(context: RequestContext, input: { uscc: string }): Promise<BindingView> {
      const actor = requirePerson(context, 'entity:bind');
      const check = checkUscc(input.uscc);
      if (!check.valid) throw identityErrors.usccCheckFailed(check.valid ? undefined : check.expected);
      const entity = await registries.readEntity(context, { uscc: input.uscc, purpose: '法人账号绑定' });
      if (entity.legalRepresentativeIdNumber !== actor.idNumber) throw identityErrors.notLegalRepresentative();
      return createBinding(context, {
        uscc: entity.uscc,
        entityName: entity.name,
        accountId: actor.accountId,
        holderName: actor.name,
        capacity: 'legal_representative',
        overrideReason: null,
      });
    },

    /**
     * The founder of an enterprise just registered (企业开办) becomes its bound legal representative
     * at once, inside the registering transaction: the licence is in the company's wallet the
     * moment the case completes, without a second step. Only for the registry's legal
     * representative, which the caller has just written.
     */
    async bindFounderIn(
      tx: DbOrTx,
      context: RequestContext,
      input: { uscc: string; entityName: string; accountId: string; holderName: string },
    ): Promise<void> {
      if (await createIdentityRepository(tx).hasBinding({ uscc: input.uscc, accountId: input.accountId })) return;
      // The binding and its audit entry as one statement.
      await writeAll(tx, [
        insertRow(entityBindings, {
          id: randomUUID(),
          uscc: input.uscc,
          entityName: input.entityName,
          accountId: input.accountId,
          capacity: 'legal_representative',
          overrideReason: null,
          grantedBy: 'system',
          createdAt: clock.now(),
          revokedAt: null,
        }),
        audit.recordStatement(context, {
          action: 'identity.binding.legal_representative',
          subjectType: 'legal_person',
          subjectId: input.uscc,
          purpose: '企业设立登记',
          details: { accountId: input.accountId },
        }),
      ]);
    },

    /** A clerk who checked the papers binds an entity whose USCC fails the check, with the reason on record. */
    async overrideBinding(
      context: RequestContext,
      input: { uscc: string; accountId: string; reason: string },
    ): Promise<BindingView> {
      requireStaff(context, 'identity:override_uscc');
      const account = await baseRepo.findAccount(input.accountId);
      if (!account || account.kind !== 'person') throw identityErrors.accountNotFound();
      const entity = await registries.readEntity(context, { uscc: input.uscc, purpose: '法人账号绑定人工核验' });
      if (entity.legalRepresentativeIdNumber !== account.idNumber) throw identityErrors.notLegalRepresentative();
      return createBinding(context, {
        uscc: entity.uscc,
        entityName: entity.name,
        accountId: account.id,
        holderName: account.name,
        capacity: 'legal_representative',
        overrideReason: input.reason,
      });
    },

    /** The legal representative authorises a registered person as a handler of the entity. */
    async authoriseHandler(
      context: RequestContext,
      input: { uscc: string; idNumber: string; name: string },
    ): Promise<BindingView> {
      const actor = requirePerson(context, 'entity:manage_handlers');
      const own = await baseRepo.findBinding({ uscc: input.uscc, accountId: actor.accountId });
      if (!own || own.capacity !== 'legal_representative') throw identityErrors.notBound();
      const handler = await baseRepo.findPersonByIdNumber(input.idNumber);
      // The same answer for an unknown person and a wrong name: no probing of who has an account.
      if (!handler || handler.name !== input.name) throw identityErrors.accountNotFound();
      return createBinding(context, {
        uscc: own.uscc,
        entityName: own.entityName,
        accountId: handler.id,
        holderName: handler.name,
        capacity: 'handler',
        overrideReason: null,
      });
    },

    async revokeHandler(context: RequestContext, input: { uscc: string; bindingId: string }): Promise<void> {
      const actor = requirePerson(context, 'entity:manage_handlers');
      const own = await baseRepo.findBinding({ uscc: input.uscc, accountId: actor.accountId });
      if (!own || own.capacity !== 'legal_representative') throw identityErrors.notBound();
      const bindings = await baseRepo.listBindingsOfEntity(input.uscc);
      const target = bindings.find((b) => b.id === input.bindingId && b.capacity === 'handler');
      if (!target) throw identityErrors.accountNotFound();
      await db.transaction(async (tx) => {
        await createIdentityRepository(tx).revokeBinding(target.id, clock.now());
        await audit.record(tx, context, {
          action: 'identity.handler.revoke',
          subjectType: 'legal_person',
          subjectId: input.uscc,
          details: { accountId: target.accountId },
        });
      });
    },

    async listEntityBindings(context: RequestContext, input: { uscc: string }): Promise<BindingView[]> {
      const actor = requirePerson(context, 'entity:manage_handlers');
      const own = await baseRepo.findBinding({ uscc: input.uscc, accountId: actor.accountId });
      if (!own || own.capacity !== 'legal_representative') throw identityErrors.notBound();
      return baseRepo.listBindingsOfEntity(input.uscc);
    },

    /** Switch between acting for oneself (null) and for an entity one is bound to. */
    async actAs(context: RequestContext, input: { sessionTokenHash: string; uscc: string | null }): Promise<void> {
      const actor = requirePerson(context, 'entity:act_for');
      if (input.uscc !== null && !(await baseRepo.findBinding({ uscc: input.uscc, accountId: actor.accountId }))) {
        throw identityErrors.notBound();
      }
      await db.transaction(async (tx) => {
        await createIdentityRepository(tx).updateSession(input.sessionTokenHash, { actingForUscc: input.uscc });
        await audit.record(tx, context, {
          action: 'identity.act_as',
          subjectType: 'account',
          subjectId: actor.accountId,
          details: { uscc: input.uscc },
        });
      });
    },
  };

  async function createBinding(
    context: RequestContext,
    binding: Omit<EntityBindingRow, 'id' | 'grantedBy' | 'createdAt' | 'revokedAt'> & { holderName: string },
  ): Promise<BindingView> {
    const { holderName, ...row } = binding;
    return db.transaction(async (tx) => {
      const repo = createIdentityRepository(tx);
      if (await repo.findBinding({ uscc: row.uscc, accountId: row.accountId })) throw identityErrors.bindingExists();
      const grantedBy =
        context.actor.kind === 'person' || context.actor.kind === 'staff' ? context.actor.accountId : 'system';
      const full: EntityBindingRow = { ...row, id: randomUUID(), grantedBy, createdAt: clock.now(), revokedAt: null };
      await repo.insertBinding(full);
      await audit.record(tx, context, {
        action: `identity.binding.${row.capacity}`,
        subjectType: 'legal_person',
        subjectId: row.uscc,
        purpose: row.overrideReason ? `人工核验：${row.overrideReason}` : null,
        details: { accountId: row.accountId },
      });
      return { ...full, holderName };
    });
  }
}
