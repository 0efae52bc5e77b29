import { and, desc, eq, inArray } from 'drizzle-orm';
import type { CallerHistory, Ticket } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import { actorRef, type RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import {
  createTicketCore,
  CALLER_VIEW_PURPOSE,
  TICKET_LIMITS,
  ticketClockSubject,
  toTicketSummary,
  type HotlineDeps,
  type TicketRow,
} from './hotline.core';
import { hotlineErrors } from './hotline.errors';
import { CATEGORY_DEPARTMENT_KINDS } from './hotline.seed';
import { hotlineDispatchRules, hotlineTickets } from './hotline.tables';

export type IntakeInput = {
  channel: 'phone' | 'web' | 'app' | 'rating';
  kind: string;
  category: string;
  regionCode: string;
  callerName: string;
  callerPhone: string;
  text: string;
  anonymous: boolean;
  contactConsent: boolean;
  caseId?: string;
  itemCode?: string;
  servicePointId?: string;
  departmentId?: string;
  answer?: { articleId: string; answer: string };
  dispatch?: { departmentId?: string; overrideReason?: string };
};

type DispatchChoice = {
  departmentId: string;
  departmentName: string;
  departmentRegionCode: string;
  overrideReason: string | null;
};

/** Intake (电话、网站、移动端), answering on the spot from the knowledge base, dispatch by the catalogue. */
export function createIntakeUseCases(
  deps: HotlineDeps,
  knowledge: { currentArticle: (db: DbOrTx, id: string) => Promise<{ id: string } | null> },
) {
  const { db, clock } = deps;
  const core = createTicketCore(deps);

  /** The catalogue's department for the region or, failing that, the nearest region above it. */
  async function catalogueDepartment(regionCode: string, category: string) {
    const lineage = (await deps.network.regionPath(regionCode)).map((r) => r.code);
    const rules = await db
      .select()
      .from(hotlineDispatchRules)
      .where(and(inArray(hotlineDispatchRules.regionCode, lineage), eq(hotlineDispatchRules.category, category)));
    rules.sort((a, b) => b.regionCode.length - a.regionCode.length);
    return rules[0] ?? null;
  }

  /**
   * The catalogue decides; the operator may send it elsewhere with a reason. Read before the
   * transaction opens (PGlite has one connection).
   */
  async function chooseDepartment(
    row: Pick<TicketRow, 'regionCode' | 'category'>,
    input: { departmentId?: string; overrideReason?: string },
  ): Promise<DispatchChoice> {
    const rule = await catalogueDepartment(row.regionCode, row.category);
    const reason = input.overrideReason?.trim() || null;
    if (!input.departmentId || input.departmentId === rule?.departmentId) {
      if (!rule) throw hotlineErrors.noDispatchRule(row.regionCode, row.category);
      const department = await deps.network.getDepartment(rule.departmentId);
      return {
        departmentId: rule.departmentId,
        departmentName: rule.departmentName,
        departmentRegionCode: department.regionCode,
        overrideReason: null,
      };
    }
    if (!reason) throw hotlineErrors.overrideReasonRequired();
    const department = await deps.network.getDepartment(input.departmentId).catch(() => {
      throw hotlineErrors.linkInvalid('departmentId');
    });
    return {
      departmentId: department.id,
      departmentName: department.name,
      departmentRegionCode: department.regionCode,
      overrideReason: reason,
    };
  }

  /** Dispatching starts the department's sign and return clocks (1 and 2 working days). */
  async function dispatchIn(
    tx: DbOrTx,
    context: RequestContext,
    row: TicketRow,
    choice: DispatchChoice,
    event: string,
  ): Promise<TicketRow> {
    const today = clock.today();
    const next = await core.updateTicket(tx, row, {
      status: 'dispatched',
      departmentId: choice.departmentId,
      departmentName: choice.departmentName,
      departmentRegionCode: choice.departmentRegionCode,
      dispatchOverrideReason: choice.overrideReason,
      round: row.round + 1,
      dispatchedOn: today,
      extension: null,
      signedLate: null,
      repliedLate: null,
    });
    for (const step of ['sign', 'return'] as const)
      await deps.deadlines.startIn(tx, {
        subjectType: 'ticket',
        subjectId: ticketClockSubject(next, step),
        regionCode: next.regionCode,
        limitDays: TICKET_LIMITS[step],
        baseOn: today,
      });
    const note = `派往${choice.departmentName}${choice.overrideReason ? `（改派理由：${choice.overrideReason}）` : ''}`;
    await core.recordEvent(tx, context, next, event, note, 'hotline.ticket.dispatch');
    return next;
  }

  /** Links must name things that exist: a case the operator can name by id, an item, a hall, a department. */
  async function checkLinks(input: IntakeInput): Promise<void> {
    if (input.caseId && !(await deps.cases.caseFacts(input.caseId))) throw hotlineErrors.linkInvalid('caseId');
    if (input.itemCode)
      await deps.catalog.getItem(input.itemCode).catch(() => {
        throw hotlineErrors.linkInvalid('itemCode');
      });
    if (input.servicePointId && !(await deps.network.findServicePoint(input.servicePointId)))
      throw hotlineErrors.linkInvalid('servicePointId');
    if (input.departmentId)
      await deps.network.getDepartment(input.departmentId).catch(() => {
        throw hotlineErrors.linkInvalid('departmentId');
      });
  }

  /**
   * Checks a new ticket and reads what it needs before any transaction opens (PGlite has one
   * connection); `write` then registers it (and answers or dispatches it) inside the caller's one.
   */
  async function prepare(
    context: RequestContext,
    input: IntakeInput,
    caller: { accountId: string | null; idNumber: string | null },
  ): Promise<{ draft: TicketRow; write: (tx: DbOrTx) => Promise<TicketRow> }> {
    await deps.network.regionPath(input.regionCode).catch(() => {
      throw hotlineErrors.regionUnknown();
    });
    await checkLinks(input);
    if (input.answer && input.kind !== 'consultation') throw hotlineErrors.notAConsultation();
    if (input.answer && !(await knowledge.currentArticle(db, input.answer.articleId)))
      throw hotlineErrors.articleNotFound(input.answer.articleId);
    const today = clock.today();
    const draft: TicketRow = {
      id: deps.ids.uuid(),
      ticketNumber: `${today.replaceAll('-', '')}${String(deps.ids.int(10 ** 8)).padStart(8, '0')}`,
      regionCode: input.regionCode,
      channel: input.channel,
      kind: input.kind,
      category: input.category,
      status: 'registered',
      text: input.text,
      callerName: input.callerName,
      callerPhone: input.callerPhone,
      callerAccountId: caller.accountId,
      callerIdNumber: caller.idNumber,
      anonymous: input.anonymous,
      contactConsent: input.contactConsent,
      caseId: input.caseId ?? null,
      itemCode: input.itemCode ?? null,
      servicePointId: input.servicePointId ?? null,
      linkedDepartmentId: input.departmentId ?? null,
      departmentId: null,
      departmentName: null,
      departmentRegionCode: null,
      dispatchOverrideReason: null,
      round: 0,
      dispatchedOn: null,
      reply: null,
      returnReasons: [],
      returnFinal: false,
      extension: null,
      revisit: null,
      articleId: null,
      reopenCount: 0,
      returnCount: 0,
      signedLate: null,
      repliedLate: null,
      mergedInto: null,
      createdBy: actorRef(context.actor).id ?? actorRef(context.actor).label,
      createdAt: clock.now(),
      createdOn: today,
      version: 1,
    };
    const choice = input.dispatch && !input.answer ? await chooseDepartment(draft, input.dispatch) : null;
    // The calendar before the transaction: its first load inside it would wait for the only connection on PGlite.
    if (choice) await deps.calendar.calendar();
    const write = async (tx: DbOrTx): Promise<TicketRow> => {
      await tx.insert(hotlineTickets).values(draft);
      await core.recordEvent(tx, context, draft, 'created', null, 'hotline.ticket.create');
      if (input.answer) {
        // 咨询 answered from the knowledge base: closed by the operator, counted as 直接办结.
        const answered = await core.updateTicket(tx, draft, {
          status: 'answered_on_spot',
          reply: input.answer.answer,
          articleId: input.answer.articleId,
        });
        await core.recordEvent(
          tx,
          context,
          answered,
          'answered_on_spot',
          input.answer.answer,
          'hotline.ticket.answer_on_spot',
        );
        return answered;
      }
      if (choice) return dispatchIn(tx, context, draft, choice, 'dispatched');
      return draft;
    };
    return { draft, write };
  }

  async function register(
    context: RequestContext,
    input: IntakeInput,
    caller: { accountId: string | null; idNumber: string | null },
  ): Promise<Ticket> {
    const { write } = await prepare(context, input, caller);
    const row = await db.transaction(write);
    return core.ticketView(context, row);
  }

  /** The caller's verified phone and the ID number the ticket keeps for their data-use log. */
  async function ownCaller(context: RequestContext) {
    const actor = requireAccess(context, 'ticket:file_own');
    if (actor.kind !== 'person') throw core.outOfScope();
    const phone = await deps.identity.contactPhoneOf(actor.accountId);
    if (!phone) throw hotlineErrors.phoneNotVerified();
    return {
      name: actor.name,
      phone,
      accountId: actor.accountId,
      idNumber: actor.realNameLevel === 'registry' || actor.realNameLevel === 'in_person' ? actor.idNumber : null,
    };
  }

  return {
    chooseDepartment,
    dispatchIn,

    /** An operator takes a call (or a web or app form): register, and answer or dispatch in the same step. */
    async intake(context: RequestContext, input: IntakeInput): Promise<Ticket> {
      requireAccess(context, 'ticket:intake', { kind: 'region', regionCode: input.regionCode });
      const person = await deps.identity.personByPhone(input.callerPhone);
      return register(context, input, { accountId: person?.accountId ?? null, idNumber: person?.idNumber ?? null });
    },

    /** A resident files online under their own name and verified phone; the centre dispatches it. */
    async fileOwn(
      context: RequestContext,
      input: Omit<IntakeInput, 'callerName' | 'callerPhone' | 'answer' | 'dispatch'>,
    ): Promise<Ticket> {
      const caller = await ownCaller(context);
      return register(context, { ...input, callerName: caller.name, callerPhone: caller.phone }, caller);
    },

    /**
     * A rating that asks for follow-up becomes a ticket (channel "rating") under the rater's name
     * and verified phone, linked to the case, its department and hall; the centre dispatches it.
     * Checked before the rating's transaction; `write` runs inside it, so both or neither are kept.
     */
    async prepareRatingFollowUp(
      context: RequestContext,
      input: {
        caseId: string;
        regionCode: string;
        departmentId: string | null;
        servicePointId: string | null;
        bad: boolean;
        text: string;
      },
    ): Promise<(tx: DbOrTx) => Promise<{ id: string; ticketNumber: string }>> {
      const caller = await ownCaller(context);
      const department = input.departmentId
        ? await deps.network.getDepartment(input.departmentId).catch(() => null)
        : null;
      const category =
        Object.entries(CATEGORY_DEPARTMENT_KINDS).find(([, kind]) => kind === department?.kind)?.[0] ??
        'government_services';
      const { write } = await prepare(
        context,
        {
          channel: 'rating',
          kind: input.bad ? 'complaint' : 'help',
          category,
          regionCode: input.regionCode,
          callerName: caller.name,
          callerPhone: caller.phone,
          text: input.text,
          anonymous: false,
          contactConsent: true,
          caseId: input.caseId,
          ...(input.servicePointId ? { servicePointId: input.servicePointId } : {}),
          ...(department ? { departmentId: department.id } : {}),
        },
        caller,
      );
      return async (tx) => {
        const row = await write(tx);
        return { id: row.id, ticketNumber: row.ticketNumber };
      };
    },

    /** The operator dispatches a registered ticket, or re-dispatches one the centre took back. */
    async dispatch(
      context: RequestContext,
      id: string,
      input: { departmentId?: string; overrideReason?: string },
    ): Promise<Ticket> {
      const peek = core.requireTicket(context, 'ticket:decide', await core.loadTicket(db, id), id, 'centre');
      if (peek.status !== 'registered') throw hotlineErrors.wrongStatus('派单', peek.status);
      const choice = await chooseDepartment(peek, input);
      await deps.calendar.calendar();
      const row = await db.transaction(async (tx) => {
        const locked = await core.lockForStep(tx, context, {
          id,
          permission: 'ticket:decide',
          side: 'centre',
          from: ['registered'],
          action: '派单',
        });
        return dispatchIn(tx, context, locked, choice, 'dispatched');
      });
      return core.ticketView(context, row);
    },

    /** The operator's screen: the caller's earlier tickets and cases (a use of their data when they have an account). */
    async callerHistory(context: RequestContext, phone: string): Promise<CallerHistory> {
      const actor = requireAccess(context, 'ticket:intake');
      const regionCode = actor.kind === 'staff' ? actor.regionCode : '';
      const person = await deps.identity.personByPhone(phone);
      const rows = await db
        .select()
        .from(hotlineTickets)
        .where(eq(hotlineTickets.callerPhone, phone))
        .orderBy(desc(hotlineTickets.createdAt))
        .limit(20);
      const tickets = rows.filter((r) => r.regionCode.startsWith(regionCode)).map(toTicketSummary);
      const cases = person?.idNumber ? await deps.cases.summariesOfApplicant(person.idNumber, 10) : [];
      if (person?.idNumber)
        await deps.registries.recordDataUse(context, {
          subjectType: 'person',
          subjectId: person.idNumber,
          purpose: CALLER_VIEW_PURPOSE,
          fields: ['姓名', '历史工单', '办件'],
        });
      return { hasAccount: person !== null, name: person?.name ?? null, tickets, cases };
    },
  };
}
