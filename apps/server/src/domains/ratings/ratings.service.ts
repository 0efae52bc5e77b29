import { and, asc, eq, sql } from 'drizzle-orm';
import {
  LABELS,
  type Rating,
  type RatingQuerySchema,
  type RatingFigure,
  type RatingFigures,
  type RatingPage,
  type RatingSummary,
} from '@yici/contracts';
import type { z } from 'zod';
import { requireAccess } from '../../platform/access/access';
import { actorRef, type RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { IdSource } from '../../platform/ids';
import { queryRows, type Db, type DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type ListCursors } from '../../platform/db/keyset';
import type { Statement } from '../../platform/db/write-batch';
import type { Outbox } from '../../platform/outbox/outbox.service';
import type { CasesService } from '../cases/cases.service';
import type { DeadlineService } from '../deadlines/deadlines.service';
import type { NetworkService } from '../network/network.service';
import { ratingsErrors } from './ratings.errors';
import { ratingAppeals, ratingRectifications, ratings } from './ratings.tables';

type RatingRow = typeof ratings.$inferSelect;
type RectificationRow = typeof ratingRectifications.$inferSelect;

export type RatingsDeps = {
  db: Db;
  /** Signs and reads the rating list's page cursors. */
  cursors: ListCursors;
  clock: Clock;
  /** New ratings', rectifications' and appeals' ids: random, or seeded in a simulation run. */
  ids: IdSource;
  audit: AuditPort;
  outbox: Pick<Outbox, 'enqueue' | 'enqueueStatement'>;
  calendar: Pick<CalendarService, 'calendar'>;
  deadlines: DeadlineService;
  cases: Pick<CasesService, 'caseFacts'>;
  network: Pick<NetworkService, 'findServicePoint'>;
  publicUrl: string;
  /**
   * A rating that asks for follow-up opens a 12345 ticket: checked before the rating's
   * transaction, written inside it (the hotline domain's port).
   */
  followUp?: (
    context: RequestContext,
    input: {
      caseId: string;
      regionCode: string;
      departmentId: string | null;
      servicePointId: string | null;
      bad: boolean;
      text: string;
    },
  ) => Promise<(tx: DbOrTx) => Promise<{ id: string; ticketNumber: string }>>;
  /** Working days a department has to rectify a bad rating: local, 5 or 15 (DOMAIN.md §4); default 5. */
  rectificationDays?: number;
};

type RatingListQuery = z.output<typeof RatingQuerySchema>;

/** The rating list's key, newest first (`ratings_bad_idx`, `ratings_bad_department_idx`). */
const RATING_ORDER = keysetOrder('desc', [
  { column: ratings.createdAt, type: 'timestamp' },
  { column: ratings.id, type: 'text' },
]);

/** 4 不满意 and 5 非常不满意 are bad ratings (差评). */
const isBad = (level: number) => level >= 4;
const rectificationClockId = (id: string) => `rectification:${id}`;

/**
 * 好差评: one rating per service and rater (一事一评), never edited; every bad rating under a real
 * name gets a call-back and a rectification under a working-day clock, verified by the rating desk
 * and confirmed by the rater. Appeals are reviewed with reasons and never remove a rating.
 */
export function createRatingsService(deps: RatingsDeps) {
  const { db, clock } = deps;
  const rectificationDays = deps.rectificationDays ?? 5;
  if (!Number.isInteger(rectificationDays) || rectificationDays < 1)
    throw new Error(`rectificationDays must be ≥ 1, got ${rectificationDays}`);

  async function view(row: RatingRow): Promise<Rating> {
    const [rect] = await db.select().from(ratingRectifications).where(eq(ratingRectifications.ratingId, row.id));
    const appeals = await db
      .select()
      .from(ratingAppeals)
      .where(eq(ratingAppeals.ratingId, row.id))
      .orderBy(asc(ratingAppeals.createdAt));
    const clockView = rect
      ? ((await deps.deadlines.viewsOf(db, [rectificationClockId(rect.id)])).get(rectificationClockId(rect.id)) ?? null)
      : null;
    return {
      id: row.id,
      caseId: row.caseId,
      ticketId: row.ticketId,
      channel: row.channel,
      level: row.level,
      levelName: LABELS.ratingLevel[String(row.level)] ?? '',
      reasons: row.reasons as Rating['reasons'],
      comment: row.comment,
      departmentId: row.departmentId,
      servicePointId: row.servicePointId,
      window: row.window,
      excluded: row.excluded,
      followUpTicketId: row.followUpTicketId,
      createdAt: row.createdAt.toISOString(),
      rectification: rect
        ? {
            id: rect.id,
            status: rect.status as NonNullable<Rating['rectification']>['status'],
            callbackNote: rect.callbackNote,
            evidence: rect.evidence,
            verificationNote: rect.verificationNote,
            raterConfirmed: rect.raterConfirmed,
            onTime: rect.onTime,
            clock: clockView,
          }
        : null,
      appeals: appeals.map((a) => ({ id: a.id, status: a.status, reason: a.reason, reviewReason: a.reviewReason })),
    };
  }

  async function loadRating(source: DbOrTx, id: string): Promise<RatingRow | null> {
    const rows = await source.select().from(ratings).where(eq(ratings.id, id)).limit(1);
    return rows[0] ?? null;
  }

  /** A bad rating under a real name opens its rectification and clock in the rating's transaction. */
  async function openRectificationIn(tx: DbOrTx, row: RatingRow): Promise<void> {
    const id = deps.ids.uuid();
    await tx.insert(ratingRectifications).values({
      id,
      ratingId: row.id,
      regionCode: row.regionCode,
      departmentId: row.departmentId,
      status: 'callback_pending',
      updatedAt: clock.now(),
    });
    await deps.deadlines.startIn(tx, {
      subjectType: 'rectification',
      subjectId: id,
      regionCode: row.regionCode,
      limitDays: rectificationDays,
      baseOn: clock.today(),
    });
  }

  /** The department's staff: bound to the rating's department, or unbound staff of a region above it. */
  function requireDepartmentSide(
    context: RequestContext,
    permission: 'rating:rectify' | 'rating:appeal',
    row: RatingRow | null,
    id: string,
  ) {
    const actor = requireAccess(context, permission);
    if (!row || actor.kind !== 'staff') throw ratingsErrors.ratingNotFound(id);
    const own = actor.departmentId
      ? actor.departmentId === row.departmentId
      : row.regionCode.startsWith(actor.regionCode);
    return { actor, own };
  }

  async function rectificationStep(
    context: RequestContext,
    ratingId: string,
    input: { permission: 'rating:rectify' | 'rating:desk' | 'rating:confirm'; from: string[]; action: string },
    run: (tx: DbOrTx, rect: RectificationRow, rating: RatingRow) => Promise<Partial<RectificationRow>>,
  ): Promise<Rating> {
    const actor = requireAccess(context, input.permission);
    const rating = await loadRating(db, ratingId);
    if (!rating) throw ratingsErrors.ratingNotFound(ratingId);
    const visible =
      input.permission === 'rating:confirm'
        ? actor.kind === 'person' && rating.raterAccountId === actor.accountId
        : input.permission === 'rating:rectify'
          ? requireDepartmentSide(context, 'rating:rectify', rating, ratingId).own
          : actor.kind === 'staff' && rating.regionCode.startsWith(actor.regionCode);
    if (!visible) throw ratingsErrors.ratingNotFound(ratingId);
    await deps.calendar.calendar();
    await db.transaction(async (tx) => {
      const [rect] = await tx
        .select()
        .from(ratingRectifications)
        .where(eq(ratingRectifications.ratingId, ratingId))
        .for('update');
      if (!rect) throw ratingsErrors.noRectification();
      if (!input.from.includes(rect.status)) throw ratingsErrors.rectificationStatus(input.action, rect.status);
      const patch = await run(tx, rect, rating);
      await tx
        .update(ratingRectifications)
        .set({ ...patch, updatedAt: clock.now(), version: rect.version + 1 })
        .where(eq(ratingRectifications.id, rect.id));
      await deps.audit.record(tx, context, {
        action: input.action,
        subjectType: 'rating',
        subjectId: ratingId,
        caseId: rating.caseId,
        details: { status: patch.status ?? rect.status },
      });
    });
    return view((await loadRating(db, ratingId))!);
  }

  /** Ratings per department, hall or window created from `from` to the end, ranked by the share satisfied. */
  async function figuresOf(query: {
    by: 'department' | 'service_point' | 'window';
    region?: string;
    from: string;
    /** The end: `before` a day (a month's next first day) or `through` a day (a period's last). */
    end: { before: string } | { through: string };
  }): Promise<RatingFigure[]> {
    const { from, end } = query;
    const key =
      query.by === 'department'
        ? sql`r.department_id`
        : query.by === 'service_point'
          ? sql`r.service_point_id`
          : sql`r.service_point_id || '#' || r.window`;
    const name =
      query.by === 'department'
        ? sql`max(r.department_name)`
        : query.by === 'service_point'
          ? sql`max(r.service_point_name)`
          : sql`max(r.service_point_name) || ' ' || max(r.window) || ' 号窗口'`;
    const rows = await queryRows<{
      key: string;
      name: string;
      ratings: string;
      satisfied: string;
      bad: string;
      bad_rectified_on_time: string;
      bad_real_name: string;
    }>(
      db,
      sql`select ${key} as key, ${name} as name, count(*) as ratings,
            count(*) filter (where r.level <= 2) as satisfied,
            count(*) filter (where r.level >= 4) as bad,
            count(*) filter (where r.level >= 4 and r.real_name) as bad_real_name,
            count(*) filter (where x.on_time) as bad_rectified_on_time
          from ${ratings} r left join ${ratingRectifications} x on x.rating_id = r.id
          where not r.excluded and r.created_on >= ${from}
            and ${'before' in end ? sql`r.created_on < ${end.before}` : sql`r.created_on <= ${end.through}`}
            and r.region_code like ${`${query.region ?? '37'}%`} and ${key} is not null
          group by ${key}`,
    );
    const figures = rows.map((r) => ({
      key: r.key,
      name: r.name,
      ratings: Number(r.ratings),
      satisfiedShare: Number(r.ratings) === 0 ? null : Number(r.satisfied) / Number(r.ratings),
      badRatings: Number(r.bad),
      rectifiedOnTimeShare:
        Number(r.bad_real_name) === 0 ? null : Number(r.bad_rectified_on_time) / Number(r.bad_real_name),
      rank: 0,
    }));
    figures.sort(
      (a, b) =>
        (b.satisfiedShare ?? -1) - (a.satisfiedShare ?? -1) || b.ratings - a.ratings || a.key.localeCompare(b.key),
    );
    figures.forEach((f, i) => (f.rank = i + 1));
    return figures;
  }

  return {
    /**
     * The rating invitation sent when a case completes (一事一评), as a statement for the
     * completion's own write: an SMS with the link to the case's rating page.
     */
    invitationStatements(completed: {
      id: string;
      caseNumber: string | null;
      title: string;
      phone: string | null;
    }): Statement[] {
      if (!completed.phone) return [];
      return [
        deps.outbox.enqueueStatement({
          channel: 'sms',
          recipient: completed.phone,
          template: 'rating_invitation',
          body: `【一次办好】您的“${completed.title}”已办结，请对本次服务作出评价（一事一评）：${deps.publicUrl}/portal/cases/${completed.id}?rate=1`,
          payload: { caseId: completed.id, caseNumber: completed.caseNumber },
        }),
      ];
    },

    /**
     * A rating of a completed case by its applicant or filer: online, from the SMS link, or on the
     * hall's rating screen of a window. Staff hold no rating permission, so no one rates their own service.
     */
    async rate(
      context: RequestContext,
      input: {
        caseId: string;
        channel: 'online' | 'sms' | 'hall';
        servicePointId?: string;
        window?: string;
        level: number;
        reasons: string[];
        comment: string;
        followUp?: boolean;
      },
    ): Promise<Rating> {
      const actor = requireAccess(context, 'rating:create');
      if (actor.kind !== 'person') throw ratingsErrors.ratingNotFound(input.caseId);
      const facts = await deps.cases.caseFacts(input.caseId);
      const own =
        facts &&
        (facts.filedByAccountId === actor.accountId ||
          (facts.applicantKind === 'person'
            ? facts.applicantId === actor.idNumber
            : facts.applicantId === actor.actingFor?.uscc));
      if (!facts || !own) throw ratingsErrors.caseNotOwn();
      if (facts.status !== 'completed') throw ratingsErrors.caseNotCompleted();
      if (input.channel === 'hall' && (!input.window || !input.servicePointId)) throw ratingsErrors.windowRequired();
      // A hall rating names the hall of the screen; online ones the hall that took the case in, if any.
      const hall = input.channel === 'hall' ? await deps.network.findServicePoint(input.servicePointId!) : null;
      if (input.channel === 'hall' && !hall) throw ratingsErrors.windowRequired();
      await deps.calendar.calendar();
      const row: RatingRow = {
        id: deps.ids.uuid(),
        caseId: facts.id,
        ticketId: null,
        channel: input.channel,
        level: input.level,
        reasons: input.reasons,
        comment: input.comment,
        regionCode: facts.regionCode,
        departmentId: facts.department?.id ?? null,
        departmentName: facts.department?.name ?? null,
        servicePointId: hall ? hall.id : facts.servicePointId,
        servicePointName: hall ? hall.name : facts.servicePointName,
        window: input.channel === 'hall' ? (input.window ?? null) : null,
        raterKey: `account:${actor.accountId}`,
        raterAccountId: actor.accountId,
        raterPhone: null,
        realName: actor.realNameLevel !== null,
        excluded: false,
        followUpTicketId: null,
        createdAt: clock.now(),
        createdOn: clock.today(),
      };
      const writeTicket =
        input.followUp && deps.followUp
          ? await deps.followUp(context, {
              caseId: facts.id,
              regionCode: facts.regionCode,
              departmentId: row.departmentId,
              servicePointId: row.servicePointId,
              bad: isBad(row.level),
              text: [
                `好差评跟进（${facts.caseNumber ?? facts.id}）：${LABELS.ratingLevel[String(row.level)] ?? ''}`,
                input.reasons.map((r) => LABELS.ratingReason[r as keyof typeof LABELS.ratingReason] ?? r).join('、'),
                input.comment,
              ]
                .filter(Boolean)
                .join('；'),
            })
          : null;
      await db.transaction(async (tx) => {
        if (writeTicket) row.followUpTicketId = (await writeTicket(tx)).id;
        const inserted = await tx.insert(ratings).values(row).onConflictDoNothing().returning({ id: ratings.id });
        if (inserted.length === 0) throw ratingsErrors.alreadyRated();
        if (isBad(row.level) && row.realName) await openRectificationIn(tx, row);
        await deps.audit.record(tx, context, {
          action: 'ratings.rating.create',
          subjectType: 'rating',
          subjectId: row.id,
          caseId: row.caseId,
          details: { level: row.level, channel: row.channel, followUpTicketId: row.followUpTicketId },
        });
      });
      return view(row);
    },

    /**
     * The revisit of a hotline ticket is the caller's rating of it, in the revisit's transaction.
     * An unsatisfied revisit re-opens the ticket (重办, the 12345 rule); a bad one under a real name
     * also opens a rectification of the handling department like any other bad rating (call-back,
     * evidence, the desk's verification, the rater's confirmation under its clock): the re-opened
     * ticket fixes the caller's matter, the rectification answers for the service that failed them.
     */
    async recordRevisitIn(
      tx: DbOrTx,
      context: RequestContext,
      input: {
        ticketId: string;
        regionCode: string;
        department: { id: string; name: string } | null;
        satisfied: boolean;
        solved: boolean;
        comment: string;
        raterPhone: string;
        raterAccountId: string | null;
      },
    ): Promise<void> {
      const level = input.satisfied ? (input.solved ? 1 : 2) : input.solved ? 4 : 5;
      const id = deps.ids.uuid();
      const row: RatingRow = {
        id,
        caseId: null,
        ticketId: input.ticketId,
        channel: 'hotline',
        level,
        reasons: [],
        comment: input.comment,
        regionCode: input.regionCode,
        departmentId: input.department?.id ?? null,
        departmentName: input.department?.name ?? null,
        servicePointId: null,
        servicePointName: null,
        window: null,
        // One rating per revisit round is kept: a re-opened ticket is rated again after its next reply.
        raterKey: `phone:${input.raterPhone}:${id}`,
        raterAccountId: input.raterAccountId,
        raterPhone: input.raterPhone,
        realName: input.raterAccountId !== null,
        excluded: false,
        followUpTicketId: null,
        createdAt: clock.now(),
        createdOn: clock.today(),
      };
      await tx.insert(ratings).values(row);
      // A revisit follows a reply, so the ticket has its handling department: it answers for the rating.
      if (isBad(level) && row.realName && row.departmentId) await openRectificationIn(tx, row);
      await deps.audit.record(tx, context, {
        action: 'ratings.rating.create',
        subjectType: 'rating',
        subjectId: id,
        details: { level, channel: 'hotline' },
      });
    },

    async getRating(context: RequestContext, id: string): Promise<Rating> {
      const actor = requireAccess(context, 'rating:read');
      const row = await loadRating(db, id);
      const visible =
        row &&
        ((actor.kind === 'person' && row.raterAccountId === actor.accountId) ||
          (actor.kind === 'staff' &&
            (actor.departmentId
              ? actor.departmentId === row.departmentId
              : row.regionCode.startsWith(actor.regionCode))));
      if (!row || !visible) throw ratingsErrors.ratingNotFound(id);
      return view(row);
    },

    /**
     * The rating desk's list (supervisors: the bad ratings of their region) and the rated
     * department's (its own): where each rectification stands, and pending appeals. Counts and
     * comments only: no rater is named here. Newest first, a page at a time along
     * `(created_at, id)`: a province's bad ratings grow with its cases.
     *
     * The open ones are read from the few unfinished rectifications and pending appeals (their
     * partial indexes), not by walking every bad rating for them: confirmed ones pile up behind
     * the open ones over the years.
     */
    async listRatings(context: RequestContext, query: RatingListQuery): Promise<RatingPage> {
      const actor = requireAccess(context, 'rating:read');
      const request = deps.cursors.open({
        list: 'ratings',
        // The viewer's scope is in the filters too: a cursor is another list's for anyone else.
        filters: {
          status: query.status,
          scope:
            actor.kind !== 'staff'
              ? `${actor.kind}:${actor.kind === 'person' ? actor.accountId : ''}`
              : actor.departmentId
                ? `department:${actor.departmentId}`
                : `region:${actor.regionCode}`,
        },
        query,
        order: RATING_ORDER,
      });
      if (actor.kind !== 'staff')
        return { items: [], next: null, prev: null, count: { value: 0, atLeast: false }, limit: request.limit };
      const where = and(
        sql`${ratings.level} >= 4`,
        actor.departmentId
          ? eq(ratings.departmentId, actor.departmentId)
          : sql`${ratings.regionCode} like ${`${actor.regionCode}%`}`,
        query.status === 'open'
          ? sql`${ratings.id} in (select rating_id from ${ratingRectifications} where status <> 'confirmed'
                                  union select rating_id from ${ratingAppeals} where status = 'pending')`
          : undefined,
      );
      const [rows, count] = await Promise.all([
        db
          .select({
            id: ratings.id,
            level: ratings.level,
            channel: ratings.channel,
            departmentName: ratings.departmentName,
            servicePointName: ratings.servicePointName,
            window: ratings.window,
            comment: ratings.comment,
            createdAt: ratings.createdAt,
            createdOn: ratings.createdOn,
            status: ratingRectifications.status,
            appealPending: sql<boolean>`exists (select 1 from ${ratingAppeals} a where a.rating_id = ${ratings.id} and a.status = 'pending')`,
          })
          .from(ratings)
          .leftJoin(ratingRectifications, eq(ratingRectifications.ratingId, ratings.id))
          .where(and(where, keysetWhere(RATING_ORDER, request.position)))
          .orderBy(...keysetOrderBy(RATING_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(ratings)
            .where(where),
        ),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.createdAt, r.id]);
      return {
        items: page.rows.map((r) => ({
          id: r.id,
          level: r.level as Rating['level'],
          levelName: LABELS.ratingLevel[String(r.level)] ?? '',
          channel: r.channel,
          departmentName: r.departmentName,
          servicePointName: r.servicePointName,
          window: r.window,
          comment: r.comment,
          createdOn: r.createdOn,
          rectificationStatus: r.status as RatingSummary['rectificationStatus'],
          appealPending: Boolean(r.appealPending),
        })),
        next: page.next,
        prev: page.prev,
        count,
        limit: request.limit,
      };
    },

    /** The caller's own rating of a case, if any (the portal shows it instead of the form). */
    async ownRatingOfCase(context: RequestContext, caseId: string): Promise<Rating | null> {
      const actor = requireAccess(context, 'rating:create');
      if (actor.kind !== 'person') return null;
      const rows = await db
        .select()
        .from(ratings)
        .where(and(eq(ratings.caseId, caseId), eq(ratings.raterKey, `account:${actor.accountId}`)));
      return rows[0] ? view(rows[0]) : null;
    },

    /** The department called the rater back (回访). */
    callback: (context: RequestContext, id: string, input: { note: string }) =>
      rectificationStep(
        context,
        id,
        { permission: 'rating:rectify', from: ['callback_pending'], action: 'ratings.rectification.callback' },
        async () => ({
          status: 'rectifying',
          callbackNote: input.note,
        }),
      ),

    /** The fix and its evidence go to the rating desk. */
    submitEvidence: (context: RequestContext, id: string, input: { evidence: string }) =>
      rectificationStep(
        context,
        id,
        { permission: 'rating:rectify', from: ['rectifying'], action: 'ratings.rectification.evidence' },
        async () => ({
          status: 'submitted',
          evidence: input.evidence,
        }),
      ),

    /** The rating desk verifies; accepted, the clock stops and the rater is asked to confirm. */
    verify: (context: RequestContext, id: string, input: { accept: boolean; note: string }) =>
      rectificationStep(
        context,
        id,
        { permission: 'rating:desk', from: ['submitted'], action: 'ratings.rectification.verify' },
        async (tx, rect) => {
          if (!input.accept) return { status: 'rectifying', verificationNote: input.note };
          const clockId = rectificationClockId(rect.id);
          const before = (await deps.deadlines.viewsOf(tx, [clockId])).get(clockId);
          await deps.deadlines.stopIn(tx, clockId, { on: clock.today() });
          return {
            status: 'verified',
            verificationNote: input.note,
            onTime: !before?.dueOn || clock.today() <= before.dueOn,
          };
        },
      ),

    /** The rater confirms the fix (or not: the desk sees it disputed). */
    confirm: (context: RequestContext, id: string, input: { accepted: boolean }) =>
      rectificationStep(
        context,
        id,
        { permission: 'rating:confirm', from: ['verified'], action: 'ratings.rectification.confirm' },
        async () => ({
          status: input.accepted ? 'confirmed' : 'disputed',
          raterConfirmed: input.accepted,
        }),
      ),

    /** An appeal against a malicious rating, by staff of the rated department only. */
    async appeal(context: RequestContext, id: string, input: { reason: string }): Promise<Rating> {
      const row = await loadRating(db, id);
      const { actor, own } = requireDepartmentSide(context, 'rating:appeal', row, id);
      if (!own || !actor.departmentId || actor.departmentId !== row!.departmentId)
        throw ratingsErrors.appealOutsideDepartment();
      await db.transaction(async (tx) => {
        const pending = await tx
          .select()
          .from(ratingAppeals)
          .where(and(eq(ratingAppeals.ratingId, id), eq(ratingAppeals.status, 'pending')));
        if (pending.length > 0) throw ratingsErrors.appealPending();
        const appealId = deps.ids.uuid();
        await tx.insert(ratingAppeals).values({
          id: appealId,
          ratingId: id,
          departmentId: actor.departmentId!,
          status: 'pending',
          reason: input.reason,
          filedBy: actor.accountId,
          createdAt: clock.now(),
        });
        await deps.audit.record(tx, context, {
          action: 'ratings.appeal.create',
          subjectType: 'rating',
          subjectId: id,
          caseId: row!.caseId,
          details: { appealId },
        });
      });
      return view(row!);
    },

    /** The rating desk reviews an appeal with reasons: upheld, the rating stays but leaves the figures. */
    async reviewAppeal(
      context: RequestContext,
      id: string,
      input: { uphold: boolean; reason: string },
    ): Promise<Rating> {
      const actor = requireAccess(context, 'rating:desk');
      const row = await loadRating(db, id);
      if (!row || actor.kind !== 'staff' || !row.regionCode.startsWith(actor.regionCode))
        throw ratingsErrors.ratingNotFound(id);
      await db.transaction(async (tx) => {
        const [pending] = await tx
          .select()
          .from(ratingAppeals)
          .where(and(eq(ratingAppeals.ratingId, id), eq(ratingAppeals.status, 'pending')))
          .for('update');
        if (!pending) throw ratingsErrors.noPendingAppeal();
        await tx
          .update(ratingAppeals)
          .set({
            status: input.uphold ? 'upheld' : 'rejected',
            reviewReason: input.reason,
            reviewedBy: actorRef(context.actor).label,
          })
          .where(eq(ratingAppeals.id, pending.id));
        if (input.uphold) await tx.update(ratings).set({ excluded: true }).where(eq(ratings.id, id));
        await deps.audit.record(tx, context, {
          action: 'ratings.appeal.review',
          subjectType: 'rating',
          subjectId: id,
          caseId: row.caseId,
          details: { uphold: input.uphold, reason: input.reason },
        });
      });
      return view((await loadRating(db, id))!);
    },

    /**
     * Public figures of a month per department, hall or window: counts and shares only, ranked by
     * the share satisfied — no rater, no comment, no staff name (the least that serves the purpose).
     * The supervision dashboards call this as a service.
     */
    async figures(
      context: RequestContext,
      query: { by: 'department' | 'service_point' | 'window'; region?: string; month: string },
    ): Promise<RatingFigures> {
      requireAccess(context, 'public:read');
      const [y, m] = query.month.split('-').map(Number) as [number, number];
      const from = `${query.month}-01`;
      const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
      const rows = await figuresOf({ by: query.by, region: query.region, from, end: { before: to } });
      return { month: query.month, by: query.by, rows };
    },

    /**
     * The same figures for any period of China days (`from`, `to` inclusive): what the supervision
     * dashboards show beside the cases' figures.
     */
    async figuresOfPeriod(
      context: RequestContext,
      query: { by: 'department' | 'service_point'; region: string; from: string; to: string },
    ): Promise<RatingFigure[]> {
      requireAccess(context, 'public:read');
      return figuresOf({ by: query.by, region: query.region, from: query.from, end: { through: query.to } });
    },
  };
}

export type RatingsService = ReturnType<typeof createRatingsService>;
