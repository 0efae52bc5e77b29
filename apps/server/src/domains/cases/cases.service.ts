import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { CaseSummary, TimelineEvent } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import { notStartedView } from '../deadlines/deadlines.clock';
import { createAcceptanceUseCases } from './cases.acceptance';
import { createApplicationUseCases } from './cases.applications';
import { createDueDayUseCases } from './cases.due-days';
import { createCoApplicationUseCases } from './cases.co-application';
import { caseClockId, createCaseCore, isAgentOnly, isPublicViewer } from './cases.core';
import type { CasesDeps } from './cases.deps';
import { caseFilters, createCasesRepository } from './cases.repository';
import { createStaffLists } from './cases.lists';
import { CASE_ORDER, createCaseListsRepository, type CaseListRow } from './cases.lists.repository';
import { createMaterialFileUseCases } from './cases.material-files';
import { createReviewUseCases } from './cases.review';
import { toCaseSummary, toTimelineEvent } from './cases.views';

/** 我的办件's query: a status filter, and the page by cursor. */
type OwnCaseQuery = { status?: string; cursor?: string; limit: number };

/** Cases: apply once, accept at one window, review in parallel under working-day clocks, deliver. */
export function createCasesService(deps: CasesDeps) {
  const core = createCaseCore(deps);
  const review = createReviewUseCases(deps);
  const applications = createApplicationUseCases(deps, { onCorrectionSupplied: review.onCorrectionSupplied });
  const acceptance = createAcceptanceUseCases(deps);
  const dueDays = createDueDayUseCases(deps);
  const coApplication = createCoApplicationUseCases(deps, core);
  const materialFiles = createMaterialFileUseCases(deps);
  const staffLists = createStaffLists(deps, core);

  async function summaries(rows: CaseListRow[]): Promise<CaseSummary[]> {
    const clocks = await core.clockViews(rows.map((r) => caseClockId(r.id)));
    return rows.map((r) => toCaseSummary(r, clocks.get(caseClockId(r.id)) ?? notStartedView(r.promisedLimitDays)));
  }

  /** An agent's cases: those the applicants' mandates in force cover, whoever filed them. */
  /** One page of the holder's own cases along the case key (newest first), by cursor. */
  async function ownPage(where: SQL[], query: OwnCaseQuery, holder: string) {
    if (query.status) where.push(caseFilters.status(query.status));
    // The cursor is bound to its holder and filter: another person's cursor pages nothing here.
    const request = deps.cursors.open({
      list: 'own_cases',
      filters: { holder, status: query.status },
      query,
      order: CASE_ORDER,
    });
    const { rows, count } = await createCaseListsRepository(deps.db, deps.databaseKind).pageCases({
      where,
      position: request.position,
      limit: request.limit,
    });
    const page = deps.cursors.close(request, rows, (r) => [r.createdAt, r.id]);
    return { items: await summaries(page.rows), next: page.next, prev: page.prev, count, limit: request.limit };
  }

  async function listCovered(agentAccountId: string, query: OwnCaseQuery) {
    const mandates = await deps.identity.mandatesInForce(agentAccountId);
    // No mandate in force covers nothing; the query still runs so that a bad cursor is refused alike.
    const where =
      mandates.length === 0
        ? [sql`false`]
        : [caseFilters.coveredByMandates(mandates), caseFilters.notDraftOf(agentAccountId)];
    return ownPage(where, query, agentAccountId);
  }

  return {
    prepare: applications.prepare,
    upload: applications.upload,
    create: applications.create,
    supplyMaterials: applications.supplyMaterials,
    getCase: applications.getCase,
    pendingCoApplications: coApplication.pendingCoApplications,
    confirmCoApplication: coApplication.confirmOnline,
    confirmCoApplicantAtWindow: coApplication.confirmAtWindow,
    withdraw: coApplication.withdraw,
    caseMaterialFile: materialFiles.caseMaterialFile,
    taskMaterialFile: materialFiles.taskMaterialFile,
    accept: acceptance.accept,
    requestCorrection: acceptance.requestCorrection,
    refuse: acceptance.refuse,
    acceptDeferred: acceptance.acceptDeferred,
    deliver: acceptance.deliver,
    noticePdf: acceptance.noticePdf,
    runDueRules: acceptance.runDueRules,
    listTasks: staffLists.listTasks,
    getTask: review.getTask,
    tasksElsewhere: review.tasksElsewhere,
    claim: review.claim,
    opinion: review.opinion,
    decide: review.decide,
    requestTaskCorrection: review.requestCorrection,
    specialProcedure: review.specialProcedure,
    resume: review.resume,
    extend: review.extend,
    recordDueDaysMovedIn: dueDays.recordDueDaysMovedIn,

    /** 我的办件: cases where the caller (or the entity they act for) applies, or which they filed. */
    async listOwn(context: RequestContext, query: OwnCaseQuery) {
      const actor = requireAccess(context, 'case:read_own');
      if (actor.kind !== 'person' && actor.kind !== 'staff')
        return { items: [], next: null, prev: null, count: { value: 0, atLeast: false }, limit: query.limit };
      if (isAgentOnly(actor)) return listCovered(actor.accountId, query);
      const applicantIds = actor.kind === 'person' ? [actor.actingFor ? actor.actingFor.uscc : actor.idNumber] : [];
      const where = [caseFilters.applicantOrFiler(applicantIds.length > 0 ? applicantIds : ['-'], actor.accountId)];
      return ownPage(where, query, `${actor.accountId}:${applicantIds.join(',')}`);
    },

    listCases: staffLists.listCases,

    /**
     * A person's recent cases as summaries, for the hotline operator's screen (the hotline checks its
     * own permission and logs the view as a use of the caller's data).
     */
    async summariesOfApplicant(idNumber: string, limit = 10): Promise<CaseSummary[]> {
      const { rows } = await createCasesRepository(deps.db).listCases({
        where: [caseFilters.applicantOrFiler([idNumber], '-')],
        page: 1,
        pageSize: limit,
      });
      return summaries(rows);
    },

    /** The facts other domains rely on about one case (ratings, hotline links), or null; no access check. */
    async caseFacts(id: string) {
      const row = await createCasesRepository(deps.db).findCase(id);
      if (!row) return null;
      return {
        id: row.id,
        caseNumber: row.caseNumber,
        title: row.title,
        status: row.status,
        regionCode: row.regionCode,
        applicantKind: row.applicantKind,
        applicantId: row.applicantId,
        filedByAccountId: row.filedByAccountId,
        servicePointId: row.servicePointId,
        servicePointName: row.servicePointName,
        department: row.items[0] ? { id: row.items[0].departmentId, name: row.items[0].departmentName } : null,
      };
    },

    /** What happened, who and when; staff names masked for the public side. */
    async timeline(context: RequestContext, id: string): Promise<TimelineEvent[]> {
      const row = await applications.loadVisible(context, id);
      const repo = createCasesRepository(deps.db);
      const [events, tasks] = await Promise.all([repo.listEvents(row.id), repo.tasksOfCase(row.id)]);
      const names = new Map(tasks.map((t) => [t.id, t.name]));
      const publicView = isPublicViewer(context);
      return events.map((e) => toTimelineEvent(e, names, publicView));
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
