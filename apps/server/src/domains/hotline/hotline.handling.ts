import { and, eq, gte, like, lt, ne, or, sql } from 'drizzle-orm';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere } from '../../platform/db/keyset';
import type { Ticket, TicketQuery, TicketSummary, TimelineEvent } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import {
  centreSees,
  createTicketCore,
  handlesTicket,
  TICKET_LIMITS,
  ticketClockId,
  ticketClockSubject,
  toTicketSummary,
  type HotlineDeps,
  type TicketClock,
  type TicketRow,
} from './hotline.core';
import { hotlineErrors } from './hotline.errors';
import type { createIntakeUseCases } from './hotline.intake';
import { hotlineTickets } from './hotline.tables';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The instant a China date begins. */
const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

const OPEN = ['registered', 'dispatched', 'signed', 'returned', 'replied'] as const;

/**
 * The department's steps (sign, reply, return, extension) and the centre's (decide a return or an
 * extension, revisit, reopen, merge), each one transaction with its event, audit entry and clocks.
 */
/** Tickets run newest first; the id breaks ties. */
const TICKET_ORDER = keysetOrder('desc', [
  { column: hotlineTickets.createdAt, type: 'timestamp' },
  { column: hotlineTickets.id, type: 'text' },
]);

export function createHandlingUseCases(deps: HotlineDeps, intake: ReturnType<typeof createIntakeUseCases>) {
  const { db, clock } = deps;
  const core = createTicketCore(deps);

  async function viewOf(tx: DbOrTx, row: TicketRow, step: TicketClock) {
    return (await deps.deadlines.viewsOf(tx, [ticketClockId(row, step)])).get(ticketClockId(row, step)) ?? null;
  }

  /** Stops a step's clock if it runs; returns whether the step came after its due day. */
  async function stopClock(tx: DbOrTx, row: TicketRow, step: TicketClock): Promise<boolean | null> {
    const view = await viewOf(tx, row, step);
    if (!view || view.stoppedOn) return null;
    const today = clock.today();
    await deps.deadlines.stopIn(tx, ticketClockId(row, step), { on: today });
    return view.dueOn !== null && today > view.dueOn;
  }

  async function step(
    context: RequestContext,
    input: {
      id: string;
      permission: 'ticket:handle' | 'ticket:decide';
      side: 'centre' | 'department';
      from: readonly string[];
      action: string;
    },
    run: (tx: DbOrTx, row: TicketRow) => Promise<TicketRow>,
  ): Promise<Ticket> {
    // Calendar first: a reload inside the transaction would wait for its own connection on PGlite.
    await deps.calendar.calendar();
    const row = await db.transaction(async (tx) => run(tx, await core.lockForStep(tx, context, input)));
    return core.ticketView(context, row);
  }

  return {
    /** 签收 within 1 working day: starts the 5-day reply clock. */
    sign: (context: RequestContext, id: string) =>
      step(
        context,
        { id, permission: 'ticket:handle', side: 'department', from: ['dispatched'], action: '签收' },
        async (tx, row) => {
          const late = await stopClock(tx, row, 'sign');
          const next = await core.updateTicket(tx, row, { status: 'signed', signedLate: late ?? false });
          await deps.deadlines.startIn(tx, {
            subjectType: 'ticket',
            subjectId: ticketClockSubject(next, 'reply'),
            regionCode: next.regionCode,
            limitDays: TICKET_LIMITS.reply,
            baseOn: clock.today(),
          });
          await core.recordEvent(tx, context, next, 'signed', late ? '超时签收' : null, 'hotline.ticket.sign');
          return next;
        },
      ),

    /** 答复: only a signed ticket; the caller and every caller merged into it are told. */
    async reply(context: RequestContext, id: string, input: { reply: string }): Promise<Ticket> {
      const peek = core.requireTicket(context, 'ticket:handle', await core.loadTicket(db, id), id, 'department');
      if (peek.status === 'dispatched') throw hotlineErrors.notSigned();
      return step(
        context,
        { id, permission: 'ticket:handle', side: 'department', from: ['signed'], action: '答复' },
        async (tx, row) => {
          const late = await stopClock(tx, row, 'reply');
          await stopClock(tx, row, 'return');
          const next = await core.updateTicket(tx, row, {
            status: 'replied',
            reply: input.reply,
            repliedLate: late ?? false,
          });
          await core.recordEvent(tx, context, next, 'replied', input.reply, 'hotline.ticket.reply');
          const merged = await tx.select().from(hotlineTickets).where(eq(hotlineTickets.mergedInto, row.id));
          for (const caller of [next, ...merged])
            await core.tellCaller(
              tx,
              caller,
              'ticket_replied',
              `您反映的问题${next.departmentName}已答复：${input.reply.slice(0, 200)}`,
            );
          return next;
        },
      );
    },

    /** 退回 a misrouted ticket within 2 working days of dispatch, with reasons; the centre decides. */
    async returnTicket(
      context: RequestContext,
      id: string,
      input: { reasons: string[]; suggestedDepartmentId?: string },
    ): Promise<Ticket> {
      return step(
        context,
        { id, permission: 'ticket:handle', side: 'department', from: ['dispatched', 'signed'], action: '退回' },
        async (tx, row) => {
          if (row.returnFinal) throw hotlineErrors.returnFinal();
          const view = await viewOf(tx, row, 'return');
          if (!view || view.stoppedOn || (view.dueOn !== null && clock.today() > view.dueOn))
            throw hotlineErrors.returnTooLate(view?.dueOn ?? row.dispatchedOn ?? '');
          await stopClock(tx, row, 'return');
          await stopClock(tx, row, 'sign');
          await stopClock(tx, row, 'reply');
          const note = `${input.reasons.join('；')}${input.suggestedDepartmentId ? `（建议派往 ${input.suggestedDepartmentId}）` : ''}`;
          const next = await core.updateTicket(tx, row, {
            status: 'returned',
            returnReasons: input.reasons,
            returnCount: row.returnCount + 1,
          });
          await core.recordEvent(tx, context, next, 'returned', note, 'hotline.ticket.return');
          return next;
        },
      );
    },

    /**
     * The centre decides a return, finally: accepted, the ticket goes to the department it names
     * (or the catalogue's); refused, it goes back to the same department, which may not return it again.
     */
    async decideReturn(
      context: RequestContext,
      id: string,
      input: { decision: 'accept' | 'reject'; reason: string; departmentId?: string },
    ): Promise<Ticket> {
      const peek = core.requireTicket(context, 'ticket:decide', await core.loadTicket(db, id), id, 'centre');
      if (peek.status !== 'returned') throw hotlineErrors.wrongStatus('审核退回', peek.status);
      const sameDepartment =
        input.decision === 'reject' || !input.departmentId || input.departmentId === peek.departmentId;
      if (input.decision === 'accept' && sameDepartment) throw hotlineErrors.overrideReasonRequired();
      const choice =
        input.decision === 'reject'
          ? {
              departmentId: peek.departmentId!,
              departmentName: peek.departmentName!,
              departmentRegionCode: peek.departmentRegionCode!,
              overrideReason: null,
            }
          : await intake.chooseDepartment(peek, { departmentId: input.departmentId, overrideReason: input.reason });
      return step(
        context,
        { id, permission: 'ticket:decide', side: 'centre', from: ['returned'], action: '审核退回' },
        async (tx, row) => {
          const decided = await core.updateTicket(tx, row, { returnFinal: input.decision === 'reject' });
          await core.recordEvent(
            tx,
            context,
            decided,
            input.decision === 'accept' ? 'return_accepted' : 'return_rejected',
            input.reason,
            'hotline.ticket.return_decide',
          );
          return intake.dispatchIn(tx, context, decided, choice, 'dispatched');
        },
      );
    },

    /** An extension of up to 10 working days, asked once per round by the department. */
    requestExtension: (context: RequestContext, id: string, input: { days: number; reason: string }) =>
      step(
        context,
        { id, permission: 'ticket:handle', side: 'department', from: ['signed'], action: '申请延期' },
        async (tx, row) => {
          if (row.extension) throw hotlineErrors.extensionNotAllowed('本轮已申请过延期');
          if (input.days > TICKET_LIMITS.maxExtension) throw hotlineErrors.extensionNotAllowed('延期最多 10 个工作日');
          const next = await core.updateTicket(tx, row, {
            extension: { days: input.days, reason: input.reason, status: 'requested' },
          });
          await core.recordEvent(
            tx,
            context,
            next,
            'extension_requested',
            `${input.days} 个工作日：${input.reason}`,
            'hotline.ticket.extension_request',
          );
          return next;
        },
      ),

    /** The centre approves (the reply clock moves; not "overdue", DOMAIN.md §4) or refuses it. */
    decideExtension: (context: RequestContext, id: string, input: { approve: boolean; reason: string }) =>
      step(
        context,
        { id, permission: 'ticket:decide', side: 'centre', from: ['signed'], action: '审核延期' },
        async (tx, row) => {
          if (row.extension?.status !== 'requested') throw hotlineErrors.extensionNotAllowed('没有待审核的延期申请');
          if (input.approve)
            await deps.deadlines.extendIn(tx, ticketClockId(row, 'reply'), { days: row.extension.days });
          const next = await core.updateTicket(tx, row, {
            extension: { ...row.extension, status: input.approve ? 'approved' : 'rejected' },
          });
          await core.recordEvent(
            tx,
            context,
            next,
            input.approve ? 'extension_approved' : 'extension_rejected',
            input.reason,
            'hotline.ticket.extension_decide',
          );
          return next;
        },
      ),

    /**
     * 回访: satisfied closes the ticket; unsatisfied re-opens it (重办) to the same or a higher
     * department (DOMAIN.md §4). The revisit is the caller's rating of the hotline's service too.
     */
    async revisit(
      context: RequestContext,
      id: string,
      input: { solved: boolean; satisfied: boolean; note: string; reopenDepartmentId?: string },
    ): Promise<Ticket> {
      const peek = core.requireTicket(context, 'ticket:decide', await core.loadTicket(db, id), id, 'centre');
      if (peek.status !== 'replied') throw hotlineErrors.wrongStatus('回访', peek.status);
      let reopenTo: Awaited<ReturnType<typeof intake.chooseDepartment>> | null = null;
      if (!input.satisfied) {
        const departmentId = input.reopenDepartmentId ?? peek.departmentId!;
        const department = await deps.network.getDepartment(departmentId).catch(() => {
          throw hotlineErrors.linkInvalid('reopenDepartmentId');
        });
        if (!(peek.departmentRegionCode ?? '').startsWith(department.regionCode))
          throw hotlineErrors.reopenDepartmentNotHigher();
        reopenTo = {
          departmentId,
          departmentName: department.name,
          departmentRegionCode: department.regionCode,
          overrideReason: null,
        };
      }
      return step(
        context,
        { id, permission: 'ticket:decide', side: 'centre', from: ['replied'], action: '回访' },
        async (tx, row) => {
          const revisited = await core.updateTicket(tx, row, {
            revisit: { solved: input.solved, satisfied: input.satisfied, note: input.note },
          });
          const summary = `${input.solved ? '已解决' : '未解决'}，${input.satisfied ? '满意' : '不满意'}${input.note ? `：${input.note}` : ''}`;
          await core.recordEvent(tx, context, revisited, 'revisited', summary, 'hotline.ticket.revisit');
          await deps.ratings.recordRevisitIn(tx, context, {
            ticketId: row.id,
            regionCode: row.regionCode,
            department: row.departmentId ? { id: row.departmentId, name: row.departmentName ?? '' } : null,
            satisfied: input.satisfied,
            solved: input.solved,
            comment: input.note,
            raterPhone: row.callerPhone,
            raterAccountId: row.callerAccountId,
          });
          // The revisit's outcome reaches the caller and every caller merged into the ticket.
          const merged = await tx.select().from(hotlineTickets).where(eq(hotlineTickets.mergedInto, row.id));
          const outcome = reopenTo
            ? `您对答复的评价（${summary}）已记录，工单已交${reopenTo.departmentName}重新办理`
            : `您对答复的评价（${summary}）已记录，工单已办结，感谢您的监督`;
          for (const caller of [row, ...merged]) await core.tellCaller(tx, caller, 'ticket_revisited', outcome);
          if (!reopenTo) {
            const closed = await core.updateTicket(tx, revisited, { status: 'closed' });
            await core.recordEvent(tx, context, closed, 'closed', null);
            return closed;
          }
          const reopened = await core.updateTicket(tx, revisited, {
            reopenCount: row.reopenCount + 1,
            returnFinal: false,
            reply: null,
          });
          await core.recordEvent(tx, context, reopened, 'reopened', `重办：${reopenTo.departmentName}`);
          return intake.dispatchIn(tx, context, reopened, reopenTo, 'dispatched');
        },
      );
    },

    /** Repeated tickets about one matter are followed as one; the merged ticket's caller is told, and told again at the reply. */
    async merge(context: RequestContext, id: string, input: { intoTicketId: string; reason: string }): Promise<Ticket> {
      if (id === input.intoTicketId) throw hotlineErrors.mergeNotAllowed('不能合并到自身');
      const target = core.requireTicket(
        context,
        'ticket:decide',
        await core.loadTicket(db, input.intoTicketId),
        input.intoTicketId,
        'centre',
      );
      if (!(OPEN as readonly string[]).includes(target.status))
        throw hotlineErrors.mergeNotAllowed('目标工单已办结或已合并');
      return step(
        context,
        { id, permission: 'ticket:decide', side: 'centre', from: OPEN, action: '合并' },
        async (tx, row) => {
          for (const s of ['sign', 'reply', 'return'] as const) if (row.departmentId) await stopClock(tx, row, s);
          const merged = await core.updateTicket(tx, row, { status: 'merged', mergedInto: target.id });
          await core.recordEvent(
            tx,
            context,
            merged,
            'merged',
            `并入 ${target.ticketNumber}：${input.reason}`,
            'hotline.ticket.merge',
          );
          await core.recordEvent(tx, context, target, 'merged_from', `${row.ticketNumber}：${input.reason}`);
          await core.tellCaller(
            tx,
            merged,
            'ticket_merged',
            `您反映的问题与工单 ${target.ticketNumber} 为同一事项，已合并办理，答复时将一并告知您`,
          );
          return merged;
        },
      );
    },

    async getTicket(context: RequestContext, id: string): Promise<Ticket> {
      const row = core.requireTicket(context, 'ticket:read', await core.loadTicket(db, id), id, 'either');
      return core.ticketView(context, row);
    },

    /**
     * The centre's tickets of its region; a department's tickets dispatched to it (newest first,
     * keyset pages). The filters (the dashboards' links to the tickets behind a figure) narrow
     * that scope and never widen it: a region outside the viewer's is refused as out of scope.
     */
    async listTickets(context: RequestContext, query: TicketQuery & { limit: number }) {
      const actor = requireAccess(context, 'ticket:read');
      if (query.region) requireAccess(context, 'ticket:read', { kind: 'region', regionCode: query.region });
      const request = deps.cursors.open({
        list: 'hotline_tickets',
        filters: {
          status: query.status,
          caseId: query.caseId,
          region: query.region,
          from: query.from,
          to: query.to,
          departmentId: query.departmentId,
        },
        query,
        order: TICKET_ORDER,
      });
      if (actor.kind !== 'staff')
        return {
          items: [] as TicketSummary[],
          next: null,
          prev: null,
          count: { value: 0, atLeast: false },
          limit: request.limit,
        };
      const centre = actor.roles.some((r) => r === 'hotline_operator' || r === 'supervisor' || r === 'administrator');
      const scope = [
        ...(centre ? [like(hotlineTickets.regionCode, `${actor.regionCode}%`)] : []),
        actor.departmentId
          ? eq(hotlineTickets.departmentId, actor.departmentId)
          : like(hotlineTickets.departmentRegionCode, `${actor.regionCode}%`),
      ];
      // The period is of China dates: each bound becomes the instant China's day starts (UTC+8,
      // no daylight saving), so the creation instant is compared with instants only.
      const from = query.from ? chinaDayStart(query.from) : null;
      const toEnd = query.to ? new Date(chinaDayStart(query.to).getTime() + DAY_MS) : null;
      const where = and(
        or(...scope),
        query.status ? eq(hotlineTickets.status, query.status) : undefined,
        query.caseId ? eq(hotlineTickets.caseId, query.caseId) : undefined,
        query.region ? like(hotlineTickets.regionCode, `${query.region}%`) : undefined,
        from ? gte(hotlineTickets.createdAt, from) : undefined,
        toEnd ? lt(hotlineTickets.createdAt, toEnd) : undefined,
        query.departmentId ? eq(hotlineTickets.departmentId, query.departmentId) : undefined,
        query.merged === 'exclude' ? ne(hotlineTickets.status, 'merged') : undefined,
      );
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(hotlineTickets)
          .where(and(where, keysetWhere(TICKET_ORDER, request.position)))
          .orderBy(...keysetOrderBy(TICKET_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(hotlineTickets)
            .where(where),
        ),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.createdAt, r.id]);
      // Department-side staff see only the tickets their department handles.
      const visible = page.rows.filter((r) => centreSees(actor, r) || handlesTicket(actor, r));
      return { items: visible.map(toTicketSummary), next: page.next, prev: page.prev, count, limit: request.limit };
    },

    /**
     * A complaint about a case shows the case's timeline to whoever handles the ticket, within
     * their own scope: the cases domain decides what they may see (404 otherwise).
     */
    async caseTimeline(context: RequestContext, id: string): Promise<TimelineEvent[]> {
      const row = core.requireTicket(context, 'ticket:read', await core.loadTicket(db, id), id, 'either');
      if (!row.caseId) throw hotlineErrors.linkInvalid('caseId');
      return deps.cases.timeline(context, row.caseId);
    },
  };
}
