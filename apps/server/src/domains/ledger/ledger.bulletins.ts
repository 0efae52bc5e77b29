import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Bulletin, BulletinPage, PublicBulletin, PublicBulletinPage } from '@yici/contracts';
import { requireAccess, requireStaff } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type ListCursors } from '../../platform/db/keyset';
import type { CertificateService } from '../certificates/certificates.service';
import { bulletinBlocks, composeBulletin } from './ledger.compose';
import { ledgerErrors } from './ledger.errors';
import type { LedgerOversight } from './ledger.oversight';
import type { LedgerService } from './ledger.service';
import type { BulletinSources } from './ledger.sources';
import { bulletins } from './ledger.tables';

type BulletinRow = typeof bulletins.$inferSelect;

/** The longest period one bulletin covers. */
const MAX_PERIOD_DAYS = 366;

export type BulletinDeps = {
  db: Db;
  clock: Clock;
  audit: AuditPort;
  calendar: Pick<CalendarService, 'calendar'>;
  ledger: Pick<LedgerService, 'allTasksForBulletin'>;
  oversight: Pick<LedgerOversight, 'recordsBetween'>;
  sources: BulletinSources;
  certificates: Pick<CertificateService, 'renderSealedReport'>;
  cursors: ListCursors;
};

/** Staff see every bulletin newest first (drafts included); the id orders those made in the same instant. */
const BULLETIN_ORDER = keysetOrder('desc', [
  { column: bulletins.createdAt, type: 'timestamp' },
  { column: bulletins.id, type: 'text' },
]);
/** The public sees the published and archived ones by publication, newest first. */
const PUBLISHED_ORDER = keysetOrder('desc', [
  { column: bulletins.publishedAt, type: 'timestamp' },
  { column: bulletins.id, type: 'text' },
]);
/**
 * The condition of the public list, written as the partial index `bulletins_published_list_idx`
 * states it (literals, not parameters), so that the planner may use the index for any plan.
 */
const PUBLISHED = sql`${bulletins.status} in ('published', 'archived')`;

type Page = { cursor?: string; limit: number };

const days = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * 通报: composed for a period from the ledger and its sources, edited as a draft by supervisors,
 * then published (numbered, its sealed PDF rendered once) and later archived. A published
 * bulletin never changes, which the database enforces as well; a correction is a new bulletin
 * that names the one it corrects.
 */
export function createBulletinService(deps: BulletinDeps) {
  const { db, clock } = deps;

  async function load(source: DbOrTx, id: string, lock = false): Promise<BulletinRow> {
    const query = source.select().from(bulletins).where(eq(bulletins.id, id)).limit(1);
    const [row] = lock ? await query.for('update') : await query;
    if (!row) throw ledgerErrors.bulletinNotFound(id);
    return row;
  }

  async function numbersOf(ids: (string | null)[]): Promise<Map<string, string | null>> {
    const wanted = ids.filter((id): id is string => id !== null);
    if (wanted.length === 0) return new Map();
    const rows = await db
      .select({ id: bulletins.id, number: bulletins.number })
      .from(bulletins)
      .where(inArray(bulletins.id, wanted));
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  async function views(rows: BulletinRow[]): Promise<Bulletin[]> {
    const numbers = await numbersOf(rows.map((r) => r.correctsId));
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      status: r.status,
      introduction: r.introduction,
      content: r.content,
      correctsId: r.correctsId,
      correctsNumber: r.correctsId ? (numbers.get(r.correctsId) ?? null) : null,
      createdAt: r.createdAt.toISOString(),
      publishedAt: r.publishedAt?.toISOString() ?? null,
      version: r.version,
    }));
  }

  const publicView = (b: Bulletin): PublicBulletin => ({
    id: b.id,
    number: b.number,
    title: b.title,
    periodFrom: b.periodFrom,
    periodTo: b.periodTo,
    status: b.status,
    introduction: b.introduction,
    content: b.content,
    correctsNumber: b.correctsNumber,
    publishedAt: b.publishedAt,
  });

  function checkPeriod(from: string, to: string) {
    if (to < from) throw ledgerErrors.periodInvalid('期间的结束日期早于开始日期');
    if (from > clock.today()) throw ledgerErrors.periodInvalid('期间尚未开始');
    if (days(from, to) >= MAX_PERIOD_DAYS) throw ledgerErrors.periodInvalid('一期通报最长一年');
  }

  async function compose(from: string, to: string) {
    await deps.calendar.calendar();
    const [tasks, redCards, figures3545, records] = await Promise.all([
      deps.ledger.allTasksForBulletin(),
      deps.sources.redCardsBy({ from, to }),
      deps.sources.figures3545ByCity({ from, to }),
      deps.oversight.recordsBetween(from, to),
    ]);
    return composeBulletin({ tasks, redCards, figures3545, records });
  }

  return {
    async draftBulletin(
      context: RequestContext,
      input: { periodFrom: string; periodTo: string; title?: string; correctsId?: string },
    ): Promise<Bulletin> {
      const actor = requireStaff(context, 'bulletin:edit');
      checkPeriod(input.periodFrom, input.periodTo);
      let corrects: BulletinRow | null = null;
      if (input.correctsId) {
        corrects = await load(db, input.correctsId);
        if (corrects.status === 'draft') throw ledgerErrors.bulletinNotPublished();
      }
      const content = await compose(input.periodFrom, input.periodTo);
      const id = randomUUID();
      const title =
        input.title ??
        (corrects
          ? `关于更正${corrects.number}的通报`
          : `全省“一次办好”改革进展情况通报（${input.periodFrom} 至 ${input.periodTo}）`);
      await db.transaction(async (tx) => {
        await tx.insert(bulletins).values({
          id,
          year: Number(clock.today().slice(0, 4)),
          title,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          status: 'draft',
          introduction: '',
          content,
          correctsId: corrects?.id ?? null,
          createdBy: actor.accountId,
          createdAt: clock.now(),
        });
        await deps.audit.record(tx, context, {
          action: 'bulletin.draft',
          subjectType: 'bulletin',
          subjectId: id,
          details: { periodFrom: input.periodFrom, periodTo: input.periodTo, correctsId: corrects?.id ?? null },
        });
      });
      return (await views([await load(db, id)]))[0]!;
    },

    async editBulletin(
      context: RequestContext,
      id: string,
      input: { version: number; title?: string; introduction?: string; recompose: boolean },
    ): Promise<Bulletin> {
      requireStaff(context, 'bulletin:edit');
      const current = await load(db, id);
      if (current.status !== 'draft') throw ledgerErrors.bulletinNotDraft(current.status);
      const content = input.recompose ? await compose(current.periodFrom, current.periodTo) : undefined;
      await db.transaction(async (tx) => {
        const row = await load(tx, id, true);
        if (row.status !== 'draft') throw ledgerErrors.bulletinNotDraft(row.status);
        if (row.version !== input.version) throw ledgerErrors.bulletinVersion();
        await tx
          .update(bulletins)
          .set({
            title: input.title ?? row.title,
            introduction: input.introduction ?? row.introduction,
            ...(content ? { content } : {}),
            version: row.version + 1,
          })
          .where(eq(bulletins.id, id));
        await deps.audit.record(tx, context, {
          action: 'bulletin.edit',
          subjectType: 'bulletin',
          subjectId: id,
          details: { recomposed: input.recompose },
        });
      });
      return (await views([await load(db, id)]))[0]!;
    },

    /** Numbers the draft (鲁一次办好通〔year〕n号), renders its sealed PDF and freezes it. */
    async publishBulletin(context: RequestContext, id: string, input: { version: number }): Promise<Bulletin> {
      requireStaff(context, 'bulletin:edit');
      const draft = await load(db, id);
      if (draft.status !== 'draft') throw ledgerErrors.bulletinNotDraft(draft.status);
      const [view] = await views([draft]);
      await db.transaction(async (tx) => {
        // One publisher at a time numbers the year's bulletins.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext('bulletin-serial'))`);
        const row = await load(tx, id, true);
        if (row.status !== 'draft') throw ledgerErrors.bulletinNotDraft(row.status);
        if (row.version !== input.version) throw ledgerErrors.bulletinVersion();
        const year = Number(clock.today().slice(0, 4));
        const [{ serial }] = (await tx
          .select({ serial: sql<number>`coalesce(max(${bulletins.serial}), 0)::int + 1` })
          .from(bulletins)
          .where(and(eq(bulletins.year, year), isNotNull(bulletins.serial)))) as [{ serial: number }];
        const number = `鲁一次办好通〔${year}〕${serial}号`;
        const pdf = await deps.certificates.renderSealedReport(
          {
            title: row.title,
            documentNumber: number,
            issuedOn: clock.today(),
            blocks: bulletinBlocks({ ...view!, content: row.content, introduction: row.introduction }),
          },
          tx,
        );
        await tx
          .update(bulletins)
          .set({ status: 'published', number, year, serial, pdf, publishedAt: clock.now(), version: row.version + 1 })
          .where(eq(bulletins.id, id));
        await deps.audit.record(tx, context, {
          action: 'bulletin.publish',
          subjectType: 'bulletin',
          subjectId: id,
          details: { number, correctsId: row.correctsId },
        });
      });
      return (await views([await load(db, id)]))[0]!;
    },

    async archiveBulletin(context: RequestContext, id: string): Promise<Bulletin> {
      requireStaff(context, 'bulletin:edit');
      await db.transaction(async (tx) => {
        const row = await load(tx, id, true);
        if (row.status !== 'published') throw ledgerErrors.bulletinNotPublished();
        await tx.update(bulletins).set({ status: 'archived' }).where(eq(bulletins.id, id));
        await deps.audit.record(tx, context, { action: 'bulletin.archive', subjectType: 'bulletin', subjectId: id });
      });
      return (await views([await load(db, id)]))[0]!;
    },

    /** Every bulletin, newest first, a page at a time along signed cursors. */
    async listBulletins(context: RequestContext, query: Page): Promise<BulletinPage> {
      requireAccess(context, 'bulletin:read');
      const request = deps.cursors.open({ list: 'bulletins', filters: {}, query, order: BULLETIN_ORDER });
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(bulletins)
          .where(keysetWhere(BULLETIN_ORDER, request.position))
          .orderBy(...keysetOrderBy(BULLETIN_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(db, db.select({ one: sql`1` }).from(bulletins)),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.createdAt, r.id]);
      return { items: await views(page.rows), next: page.next, prev: page.prev, count, limit: request.limit };
    },

    async getBulletin(context: RequestContext, id: string): Promise<Bulletin> {
      requireAccess(context, 'bulletin:read');
      return (await views([await load(db, id)]))[0]!;
    },

    /**
     * Published and archived bulletins, newest publication first, a page at a time: what the
     * public sees. The cursors are the staff lists' signed ones (a list of its own), so a made-up
     * position is refused before any query runs.
     */
    async listPublished(context: RequestContext, query: Page): Promise<PublicBulletinPage> {
      requireAccess(context, 'public:read');
      const request = deps.cursors.open({ list: 'public_bulletins', filters: {}, query, order: PUBLISHED_ORDER });
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(bulletins)
          .where(and(PUBLISHED, keysetWhere(PUBLISHED_ORDER, request.position)))
          .orderBy(...keysetOrderBy(PUBLISHED_ORDER, request.position))
          .limit(request.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(bulletins)
            .where(PUBLISHED),
        ),
      ]);
      // Publication sets published_at, and nothing clears it: every row here has one.
      const page = deps.cursors.close(request, rows, (r) => [r.publishedAt ?? r.createdAt, r.id]);
      return {
        items: (await views(page.rows)).map(publicView),
        next: page.next,
        prev: page.prev,
        count,
        limit: request.limit,
      };
    },

    async getPublished(context: RequestContext, id: string): Promise<PublicBulletin> {
      requireAccess(context, 'public:read');
      const row = await load(db, id);
      // A draft is answered as missing, so drafts cannot be probed.
      if (row.status === 'draft') throw ledgerErrors.bulletinNotFound(id);
      return publicView((await views([row]))[0]!);
    },

    /** The sealed PDF of a published bulletin, as rendered at publication. */
    async publishedPdf(context: RequestContext, id: string): Promise<{ number: string; pdf: Buffer }> {
      requireAccess(context, 'public:read');
      const row = await load(db, id);
      if (row.status === 'draft' || !row.pdf) throw ledgerErrors.bulletinNotFound(id);
      return { number: row.number!, pdf: row.pdf };
    },
  };
}

export type BulletinService = ReturnType<typeof createBulletinService>;
