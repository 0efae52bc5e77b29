import { and, asc, count, eq, gt, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Department, Region, ServicePoint, ServicePointKind } from '@yici/contracts';
import type { DbOrTx } from '../../platform/db/database';
import { departments, regions, SERVICE_POINT_KIND_RANK_SQL, servicePoints } from './network.tables';

export type RegionRow = typeof regions.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type ServicePointRow = typeof servicePoints.$inferSelect;

/** Valid on `asOf`: started on or before it and not yet ended (validTo is exclusive). */
function validOn(asOf: string) {
  return and(
    or(isNull(regions.validFrom), lte(regions.validFrom, asOf)),
    or(isNull(regions.validTo), gt(regions.validTo, asOf)),
  );
}

// Written out in full: drizzle renders a column unqualified, which inside the subquery would mean c.code.
const hasChildren = sql<boolean>`exists (select 1 from regions c where c.parent_code = "regions"."code")`;

function toRegion(row: RegionRow & { hasChildren: boolean }): Region {
  return { ...row, hasChildren: Boolean(row.hasChildren) };
}

export function createNetworkRepository(db: DbOrTx) {
  return {
    async findRegion(code: string): Promise<RegionRow | null> {
      const rows = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
      return rows[0] ?? null;
    },

    async listChildRegions(options: { parentCode: string | null; asOf: string }): Promise<Region[]> {
      const parent =
        options.parentCode === null ? isNull(regions.parentCode) : eq(regions.parentCode, options.parentCode);
      const rows = await db
        .select({
          code: regions.code,
          name: regions.name,
          level: regions.level,
          parentCode: regions.parentCode,
          validFrom: regions.validFrom,
          validTo: regions.validTo,
          hasChildren,
        })
        .from(regions)
        .where(and(parent, validOn(options.asOf)))
        .orderBy(asc(regions.code));
      return rows.map(toRegion);
    },

    async hasChildRegions(options: { parentCode: string; asOf: string }): Promise<boolean> {
      const rows = await db
        .select({ code: regions.code })
        .from(regions)
        .where(and(eq(regions.parentCode, options.parentCode), validOn(options.asOf)))
        .limit(1);
      return rows.length > 0;
    },

    async findRegions(codes: string[]): Promise<RegionRow[]> {
      if (codes.length === 0) return [];
      return db
        .select()
        .from(regions)
        .where(sql`${regions.code} in ${codes}`);
    },

    async listDepartments(options: { regionCode?: string; kind?: string }): Promise<Department[]> {
      const rows = await db
        .select()
        .from(departments)
        .where(
          and(
            options.regionCode ? eq(departments.regionCode, options.regionCode) : undefined,
            options.kind ? eq(departments.kind, options.kind) : undefined,
          ),
        )
        .orderBy(asc(departments.regionCode), asc(departments.kind));
      return rows as Department[];
    },

    async findDepartmentById(id: string): Promise<DepartmentRow | null> {
      const rows = await db.select().from(departments).where(eq(departments.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async findServicePoint(id: string): Promise<ServicePointRow | null> {
      const rows = await db.select().from(servicePoints).where(eq(servicePoints.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async findDepartmentByUscc(uscc: string): Promise<DepartmentRow | null> {
      const rows = await db.select().from(departments).where(eq(departments.uscc, uscc)).limit(1);
      return rows[0] ?? null;
    },

    async findDepartment(options: { regionCode: string; kind: string }): Promise<DepartmentRow | null> {
      const rows = await db
        .select()
        .from(departments)
        .where(and(eq(departments.regionCode, options.regionCode), eq(departments.kind, options.kind)))
        .limit(1);
      return rows[0] ?? null;
    },

    async listServicePoints(options: {
      regionPrefix: string;
      kind?: ServicePointKind;
      /** Words that must all be in the name or address (position(), so % and _ are plain characters). */
      words: string[];
      offset: number;
      limit: number;
      /** The id of the last point of the page before: the page starts after it, uncounted. */
      afterId?: string;
    }): Promise<{ items: ServicePoint[]; total: number | null; more: boolean } | null> {
      const where = and(
        like(servicePoints.regionCode, `${options.regionPrefix}%`),
        options.kind ? eq(servicePoints.kind, options.kind) : undefined,
        ...options.words.map(
          (word) => sql`position(${word} in ${servicePoints.name} || ' ' || ${servicePoints.address}) > 0`,
        ),
      );
      const rank = sql`(${SERVICE_POINT_KIND_RANK_SQL})`;
      let after: SQL | undefined;
      if (options.afterId !== undefined) {
        const [last] = await db
          .select({ rank: sql<number>`${rank}::int`, regionCode: servicePoints.regionCode })
          .from(servicePoints)
          .where(eq(servicePoints.id, options.afterId));
        if (!last) return null;
        after = sql`(${rank}, ${servicePoints.regionCode}, ${servicePoints.id}) > (${last.rank}::int, ${last.regionCode}::text, ${options.afterId}::text)`;
      }
      const [rows, totals] = await Promise.all([
        db
          .select()
          .from(servicePoints)
          .where(and(where, after))
          // The order of service_points_list_idx: a deep page walks the index, never sorts the table.
          .orderBy(rank, asc(servicePoints.regionCode), asc(servicePoints.id))
          .offset(after ? 0 : options.offset)
          .limit(options.limit + 1),
        after ? Promise.resolve(null) : db.select({ total: count() }).from(servicePoints).where(where),
      ]);
      return {
        items: rows.slice(0, options.limit) as ServicePoint[],
        total: totals ? Number(totals[0]?.total ?? 0) : null,
        more: rows.length > options.limit,
      };
    },

    /** Service points' region codes by id, in id order after `afterId`: two columns, a page at a time. */
    async servicePointRegions(afterId: string | null, limit: number): Promise<{ id: string; regionCode: string }[]> {
      return db
        .select({ id: servicePoints.id, regionCode: servicePoints.regionCode })
        .from(servicePoints)
        .where(afterId === null ? undefined : gt(servicePoints.id, afterId))
        .orderBy(asc(servicePoints.id))
        .limit(limit);
    },

    async countServicePoints(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(servicePoints);
      return Number(row?.n ?? 0);
    },

    async getServicePoint(id: string): Promise<ServicePoint | null> {
      const [row] = await db.select().from(servicePoints).where(eq(servicePoints.id, id));
      return (row as ServicePoint | undefined) ?? null;
    },

    async countRegions(): Promise<number> {
      const rows = await db.select({ total: count() }).from(regions);
      return Number(rows[0]?.total ?? 0);
    },

    async insertRegions(rows: (typeof regions.$inferInsert)[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 2000) await db.insert(regions).values(rows.slice(i, i + 2000));
    },

    async insertDepartments(rows: (typeof departments.$inferInsert)[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 1000) await db.insert(departments).values(rows.slice(i, i + 1000));
    },

    async insertServicePoints(rows: (typeof servicePoints.$inferInsert)[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 1000) await db.insert(servicePoints).values(rows.slice(i, i + 1000));
    },
  };
}

export type NetworkRepository = ReturnType<typeof createNetworkRepository>;
