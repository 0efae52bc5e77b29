import { asc, eq } from 'drizzle-orm';
import type { ListCursors } from '../../platform/db/keyset';
import type { ClockView, Ticket, TicketSummary } from '@yici/contracts';
import { accessErrors, requireAccess } from '../../platform/access/access';
import type { Permission } from '../../platform/access/permissions';
import { actorRef, type Actor, type RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { IdSource } from '../../platform/ids';
import type { Db, DbOrTx } from '../../platform/db/database';
import type { Outbox } from '../../platform/outbox/outbox.service';
import type { CasesService } from '../cases/cases.service';
import type { DeadlineService } from '../deadlines/deadlines.service';
import type { IdentityService } from '../identity/identity.service';
import type { NetworkService } from '../network/network.service';
import type { RegistriesService } from '../registries/registries.service';
import type { RatingsService } from '../ratings/ratings.service';
import type { CatalogService } from '../catalog/catalog.service';
import { hotlineErrors } from './hotline.errors';
import { hotlineTicketEvents, hotlineTickets } from './hotline.tables';

export type TicketRow = typeof hotlineTickets.$inferSelect;

export type HotlineDeps = {
  db: Db;
  /** Signs and reads the ticket list's cursors (keyset pagination). */
  cursors: ListCursors;
  clock: Clock;
  /** New tickets' ids and numbers: random, or seeded in a simulation run. */
  ids: IdSource;
  audit: AuditPort;
  outbox: Pick<Outbox, 'enqueue'>;
  calendar: Pick<CalendarService, 'calendar'>;
  deadlines: DeadlineService;
  network: Pick<NetworkService, 'regionPath' | 'getDepartment' | 'findServicePoint'>;
  catalog: Pick<CatalogService, 'getItem'>;
  cases: Pick<CasesService, 'caseFacts' | 'summariesOfApplicant' | 'timeline'>;
  identity: Pick<IdentityService, 'personByPhone' | 'contactPhoneOf'>;
  registries: Pick<RegistriesService, 'recordDataUse'>;
  ratings: Pick<RatingsService, 'recordRevisitIn'>;
};

/**
 * The 12345 time limits (docs/DOMAIN.md §4, Shandong 2020): sign within 1 working day, reply
 * within 5 (an extension of up to 10 on approval), send a misrouted ticket back within 2.
 */
export const TICKET_LIMITS = { sign: 1, reply: 5, return: 2, maxExtension: 10 } as const;
export type TicketClock = 'sign' | 'reply' | 'return';

/** One clock per step and dispatch round: a re-dispatch starts fresh clocks, the old ones stay as facts. */
export const ticketClockId = (row: Pick<TicketRow, 'id' | 'round'>, step: TicketClock) =>
  `ticket:${row.id}:${step}:${row.round}`;
export const ticketClockSubject = (row: Pick<TicketRow, 'id' | 'round'>, step: TicketClock) =>
  `${row.id}:${step}:${row.round}`;

/** What the caller reads in 我的数据使用记录 when staff look at their details on a ticket. */
export const CALLER_VIEW_PURPOSE = '12345 热线：处理来电人反映的问题';

const CENTRE_ROLES = ['hotline_operator', 'supervisor', 'administrator'] as const;
const DEPARTMENT_ROLES = ['reviewer', 'approver'] as const;

const isCentre = (actor: Actor) =>
  actor.kind === 'staff' && actor.roles.some((r) => (CENTRE_ROLES as readonly string[]).includes(r));
const isDepartment = (actor: Actor) =>
  actor.kind === 'staff' && actor.roles.some((r) => (DEPARTMENT_ROLES as readonly string[]).includes(r));

/** The handling department's staff: bound to it, or unbound staff of its region (or above). */
export function handlesTicket(actor: Actor, row: TicketRow): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'staff' || !isDepartment(actor) || !row.departmentId) return false;
  if (actor.departmentId) return actor.departmentId === row.departmentId;
  return (row.departmentRegionCode ?? '').startsWith(actor.regionCode);
}

/** The centre's staff (operators, supervisors) see the tickets of their region and below. */
export function centreSees(actor: Actor, row: TicketRow): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'staff' && isCentre(actor) && row.regionCode.startsWith(actor.regionCode);
}

export function createTicketCore(deps: HotlineDeps) {
  const { db, clock } = deps;

  async function loadTicket(source: DbOrTx, id: string, lock = false): Promise<TicketRow | null> {
    const query = source.select().from(hotlineTickets).where(eq(hotlineTickets.id, id)).limit(1);
    const rows = lock ? await query.for('update') : await query;
    return rows[0] ?? null;
  }

  /**
   * Permission first, then scope: `side` says whose step it is. Out-of-scope tickets are reported
   * missing, as every record is, so ids cannot be probed.
   */
  function requireTicket(
    context: RequestContext,
    permission: Permission,
    row: TicketRow | null,
    id: string,
    side: 'centre' | 'department' | 'either',
  ): TicketRow {
    const actor = requireAccess(context, permission);
    if (!row) throw hotlineErrors.ticketNotFound(id);
    const centre = centreSees(actor, row);
    const department = handlesTicket(actor, row);
    const allowed = side === 'centre' ? centre : side === 'department' ? department : centre || department;
    if (!allowed) throw hotlineErrors.ticketNotFound(id);
    return row;
  }

  /** Loads and locks a ticket in the transaction, checking access and the states the step starts from. */
  async function lockForStep(
    tx: DbOrTx,
    context: RequestContext,
    input: {
      id: string;
      permission: Permission;
      side: 'centre' | 'department';
      from: readonly string[];
      action: string;
    },
  ): Promise<TicketRow> {
    const row = requireTicket(context, input.permission, await loadTicket(tx, input.id, true), input.id, input.side);
    if (!input.from.includes(row.status)) throw hotlineErrors.wrongStatus(input.action, row.status);
    return row;
  }

  async function updateTicket(tx: DbOrTx, row: TicketRow, patch: Partial<TicketRow>): Promise<TicketRow> {
    const next = { ...row, ...patch, version: row.version + 1 };
    await tx
      .update(hotlineTickets)
      .set({ ...patch, version: next.version })
      .where(eq(hotlineTickets.id, row.id));
    return next;
  }

  async function recordEvent(
    tx: DbOrTx,
    context: RequestContext,
    row: TicketRow,
    kind: string,
    note: string | null,
    action?: string,
  ): Promise<void> {
    await tx.insert(hotlineTicketEvents).values({
      ticketId: row.id,
      at: clock.now(),
      kind,
      actorLabel: actorRef(context.actor).label,
      note,
    });
    if (action)
      await deps.audit.record(tx, context, {
        action,
        subjectType: 'ticket',
        subjectId: row.id,
        caseId: row.caseId,
        details: { ticketNumber: row.ticketNumber, event: kind },
      });
  }

  /** A text message to the caller after commit (through the outbox). */
  async function tellCaller(tx: DbOrTx, row: TicketRow, template: string, text: string): Promise<void> {
    if (!/^1[3-9]\d{9}$/.test(row.callerPhone)) return;
    await deps.outbox.enqueue(tx, {
      channel: 'sms',
      recipient: row.callerPhone,
      template,
      body: `【12345】${text}（工单编号 ${row.ticketNumber}）`,
      payload: { ticketNumber: row.ticketNumber },
    });
  }

  /**
   * What a viewer may see of the caller: the centre everything; a department the name unless the
   * caller is anonymous, and the phone only with the caller's consent. Whatever is shown of a
   * caller with an account is a use of their data, logged in their data-use log before it leaves.
   */
  async function callerFor(context: RequestContext, row: TicketRow): Promise<Ticket['caller']> {
    const actor = context.actor;
    const full = centreSees(actor, row) && actor.kind !== 'system';
    const name = full || !row.anonymous ? row.callerName : null;
    const phone = full || row.contactConsent ? row.callerPhone : null;
    const fields = [...(name ? ['姓名'] : []), ...(phone ? ['联系电话'] : [])];
    if (fields.length > 0 && row.callerIdNumber && actor.kind === 'staff')
      await deps.registries.recordDataUse(context, {
        subjectType: 'person',
        subjectId: row.callerIdNumber,
        purpose: CALLER_VIEW_PURPOSE,
        caseId: row.caseId,
        fields,
      });
    return { name, phone, hasAccount: full ? row.callerAccountId !== null : false };
  }

  async function clockViews(row: TicketRow): Promise<Ticket['clocks']> {
    if (!row.departmentId) return { sign: null, reply: null, return: null };
    const ids = (['sign', 'reply', 'return'] as const).map((s) => ticketClockId(row, s));
    const views = await deps.deadlines.viewsOf(db, ids);
    const of = (step: TicketClock): ClockView | null => views.get(ticketClockId(row, step)) ?? null;
    return { sign: of('sign'), reply: of('reply'), return: of('return') };
  }

  async function ticketView(context: RequestContext, row: TicketRow): Promise<Ticket> {
    const [caller, clocks, events, merged] = await Promise.all([
      callerFor(context, row),
      clockViews(row),
      db
        .select()
        .from(hotlineTicketEvents)
        .where(eq(hotlineTicketEvents.ticketId, row.id))
        .orderBy(asc(hotlineTicketEvents.id)),
      db.select({ id: hotlineTickets.id }).from(hotlineTickets).where(eq(hotlineTickets.mergedInto, row.id)),
    ]);
    return {
      id: row.id,
      ticketNumber: row.ticketNumber,
      channel: row.channel,
      kind: row.kind as Ticket['kind'],
      category: row.category as Ticket['category'],
      regionCode: row.regionCode,
      status: row.status as Ticket['status'],
      text: row.text,
      caller,
      anonymous: row.anonymous,
      contactConsent: row.contactConsent,
      links: {
        caseId: row.caseId,
        itemCode: row.itemCode,
        servicePointId: row.servicePointId,
        departmentId: row.linkedDepartmentId,
      },
      department: row.departmentId ? { id: row.departmentId, name: row.departmentName ?? '' } : null,
      dispatchOverrideReason: row.dispatchOverrideReason,
      reply: row.reply,
      returnReasons: row.returnReasons,
      returnFinal: row.returnFinal,
      extension: row.extension ?? null,
      revisit: row.revisit ?? null,
      reopenCount: row.reopenCount,
      mergedInto: row.mergedInto,
      mergedCount: merged.length,
      clocks,
      events: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, actorLabel: e.actorLabel, note: e.note })),
      createdAt: row.createdAt.toISOString(),
    };
  }

  return {
    loadTicket,
    requireTicket,
    lockForStep,
    updateTicket,
    recordEvent,
    tellCaller,
    ticketView,
    isCentre,
    outOfScope: accessErrors.outOfScope,
  };
}

export type TicketCore = ReturnType<typeof createTicketCore>;

export function toTicketSummary(row: TicketRow): TicketSummary {
  return {
    id: row.id,
    ticketNumber: row.ticketNumber,
    channel: row.channel,
    kind: row.kind as TicketSummary['kind'],
    category: row.category as TicketSummary['category'],
    status: row.status as TicketSummary['status'],
    regionCode: row.regionCode,
    department: row.departmentId ? { id: row.departmentId, name: row.departmentName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    excerpt: row.text.length > 60 ? `${row.text.slice(0, 60)}…` : row.text,
  };
}
