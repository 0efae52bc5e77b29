import { and, desc, eq, inArray, like } from 'drizzle-orm';
import type { DispatchRule, DispatchRuleChange, TicketCategory } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import { actorRef, type RequestContext } from '../../platform/actor';
import type { HotlineDeps } from './hotline.core';
import { hotlineErrors } from './hotline.errors';
import { hotlineDispatchRuleChanges, hotlineDispatchRules } from './hotline.tables';

/**
 * The dispatch catalogue (派单目录) as data: administrators set or remove the department of a
 * region and category, with a reason; every change is kept with who made it and when.
 */
export function createDispatchCatalogue(deps: Pick<HotlineDeps, 'db' | 'clock' | 'audit' | 'network'>) {
  const { db, clock } = deps;

  return {
    /** The catalogue of a region (and the regions above it), as data. */
    async rules(
      context: RequestContext,
      query: { region: string; category?: string },
      permission: 'ticket:intake' | 'hotline:catalogue' = 'ticket:intake',
    ): Promise<DispatchRule[]> {
      requireAccess(context, permission);
      const lineage = (await deps.network.regionPath(query.region)).map((r) => r.code);
      const rows = await db
        .select()
        .from(hotlineDispatchRules)
        .where(
          and(
            inArray(hotlineDispatchRules.regionCode, lineage.length > 0 ? lineage : [query.region]),
            query.category ? eq(hotlineDispatchRules.category, query.category) : undefined,
          ),
        );
      return rows
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.category.localeCompare(b.category))
        .map((r) => ({ ...r, category: r.category as TicketCategory }));
    },

    /** Sets (departmentId) or removes (null) one rule; the old and new departments go to its history. */
    async change(
      context: RequestContext,
      input: { regionCode: string; category: string; departmentId: string | null; reason: string },
    ): Promise<DispatchRule | null> {
      requireAccess(context, 'hotline:catalogue', { kind: 'region', regionCode: input.regionCode });
      await deps.network.regionPath(input.regionCode).catch(() => {
        throw hotlineErrors.regionUnknown();
      });
      const department = input.departmentId
        ? await deps.network.getDepartment(input.departmentId).catch(() => {
            throw hotlineErrors.linkInvalid('departmentId');
          })
        : null;
      if (department && !input.regionCode.startsWith(department.regionCode))
        throw hotlineErrors.ruleDepartmentOutside();
      return db.transaction(async (tx) => {
        const key = and(
          eq(hotlineDispatchRules.regionCode, input.regionCode),
          eq(hotlineDispatchRules.category, input.category),
        );
        const [before] = await tx.select().from(hotlineDispatchRules).where(key).for('update');
        if (!department && !before) throw hotlineErrors.ruleNotFound();
        if (before) await tx.delete(hotlineDispatchRules).where(key);
        const after = department
          ? {
              regionCode: input.regionCode,
              category: input.category,
              departmentId: department.id,
              departmentName: department.name,
            }
          : null;
        if (after) await tx.insert(hotlineDispatchRules).values(after);
        await tx.insert(hotlineDispatchRuleChanges).values({
          regionCode: input.regionCode,
          category: input.category,
          fromDepartmentId: before?.departmentId ?? null,
          fromDepartmentName: before?.departmentName ?? null,
          toDepartmentId: after?.departmentId ?? null,
          toDepartmentName: after?.departmentName ?? null,
          reason: input.reason,
          changedBy: actorRef(context.actor).label,
          changedAt: clock.now(),
        });
        await deps.audit.record(tx, context, {
          action: 'hotline.dispatch_rule.change',
          subjectType: 'dispatch_rule',
          subjectId: `${input.regionCode}:${input.category}`,
          details: { from: before?.departmentId ?? null, to: after?.departmentId ?? null, reason: input.reason },
        });
        return after ? { ...after, category: after.category as TicketCategory } : null;
      });
    },

    /** The catalogue's history in a region and below it, newest first. */
    async history(context: RequestContext, query: { region: string }): Promise<DispatchRuleChange[]> {
      requireAccess(context, 'hotline:catalogue', { kind: 'region', regionCode: query.region });
      const rows = await db
        .select()
        .from(hotlineDispatchRuleChanges)
        .where(like(hotlineDispatchRuleChanges.regionCode, `${query.region}%`))
        .orderBy(desc(hotlineDispatchRuleChanges.id))
        .limit(100);
      return rows.map((r) => ({
        id: r.id,
        regionCode: r.regionCode,
        category: r.category as TicketCategory,
        fromDepartmentName: r.fromDepartmentName,
        toDepartmentName: r.toDepartmentName,
        reason: r.reason,
        changedBy: r.changedBy,
        changedAt: r.changedAt.toISOString(),
      }));
    },
  };
}
