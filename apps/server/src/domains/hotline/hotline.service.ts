import { and, desc, eq } from 'drizzle-orm';
import type { TicketSummary } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { HotlineDeps } from './hotline.core';
import { toTicketSummary } from './hotline.core';
import { createDispatchCatalogue } from './hotline.catalogue';
import { createHotlineFigures } from './hotline.figures';
import { createHandlingUseCases } from './hotline.handling';
import { createIntakeUseCases } from './hotline.intake';
import { createKnowledgeBase } from './hotline.knowledge';
import { hotlineTickets } from './hotline.tables';

/** 12345: tickets from intake to revisit, the dispatch catalogue, the knowledge base and the figures. */
export function createHotlineService(
  deps: HotlineDeps & {
    cases: HotlineDeps['cases'] & { getCase: (context: RequestContext, id: string) => Promise<unknown> };
  },
) {
  const knowledge = createKnowledgeBase(deps);
  const intake = createIntakeUseCases(deps, knowledge);
  const handling = createHandlingUseCases(deps, intake);
  const figures = createHotlineFigures(deps);
  const catalogue = createDispatchCatalogue(deps);

  return {
    intake: intake.intake,
    fileOwn: intake.fileOwn,
    prepareRatingFollowUp: intake.prepareRatingFollowUp,
    dispatch: intake.dispatch,
    callerHistory: intake.callerHistory,
    ...handling,
    searchArticles: knowledge.search,
    getArticle: knowledge.getArticle,
    publishArticle: knowledge.publish,
    listCuratedArticles: knowledge.listCurated,
    articleVersions: knowledge.versions,
    figures: figures.figures,

    dispatchRules: (context: RequestContext, query: { region: string; category?: string }) =>
      catalogue.rules(context, query),
    catalogueRules: (context: RequestContext, query: { region: string; category?: string }) =>
      catalogue.rules(context, query, 'hotline:catalogue'),
    changeDispatchRule: catalogue.change,
    dispatchRuleHistory: catalogue.history,

    /** The tickets about a case, shown on the case to the staff who see it (the cases domain decides who). */
    async ticketsOfCase(context: RequestContext, caseId: string): Promise<TicketSummary[]> {
      requireAccess(context, 'case:read');
      await deps.cases.getCase(context, caseId);
      const rows = await deps.db
        .select()
        .from(hotlineTickets)
        .where(and(eq(hotlineTickets.caseId, caseId)))
        .orderBy(desc(hotlineTickets.createdAt));
      return rows.map(toTicketSummary);
    },

    /** A resident's own tickets. */
    async listOwn(context: RequestContext): Promise<TicketSummary[]> {
      const actor = requireAccess(context, 'ticket:file_own');
      if (actor.kind !== 'person') return [];
      const rows = await deps.db
        .select()
        .from(hotlineTickets)
        .where(eq(hotlineTickets.callerAccountId, actor.accountId))
        .orderBy(desc(hotlineTickets.createdAt))
        .limit(50);
      return rows.map(toTicketSummary);
    },
  };
}

export type HotlineService = ReturnType<typeof createHotlineService>;
