import { count, eq, sql, type SQL } from 'drizzle-orm';
import type { Bundle, ItemElements } from '@yici/contracts';
import { queryRows, queryRowsPrepared, type DbOrTx } from '../../platform/db/database';
import {
  catalogBatches,
  catalogBundles,
  catalogImplementations,
  catalogItems,
  type ItemListing,
} from './catalog.tables';

export type BatchRow = typeof catalogBatches.$inferSelect;
export type ItemRow = {
  basicCode: string;
  version: number;
  elements: ItemElements;
  batchId: string;
  batchName: string;
  publishedOn: string;
};
export type ImplementationRow = {
  implementationCode: string;
  itemVersion: number;
  basicCode: string;
  regionCode: string;
  exerciseLevel: string;
  bodyUscc: string;
  bodyName: string;
  overrides: Partial<ItemElements>;
};
export type ItemSearchRow = {
  code: string;
  basicCode: string;
  regionCode: string | null;
  bodyName: string | null;
  listing: ItemListing;
  /** In a region: every implementation of the item there, province first. */
  implementedAt: { code: string; regionCode: string }[];
};

export type ItemSearch = {
  asOf: string;
  regionCodes: string[] | null;
  tsQuery: string | null;
  /** The query as typed, to rank names that contain it first. */
  text: string | null;
  department?: string;
  audience?: string;
  theme?: string;
  oneVisit?: boolean;
  online?: boolean;
  offset: number;
  limit: number;
};

/**
 * The latest version of each standard item in force on a date: its batch published by then and
 * not withdrawn. Every catalog read starts here.
 */
function itemsInForce(asOf: string): SQL {
  return sql`
    select distinct on (i.basic_code) i.*, b.name as batch_name, b.published_on
    from ${catalogItems} i join ${catalogBatches} b on b.id = i.batch_id
    where b.published_on <= ${asOf} and (i.withdrawn_on is null or i.withdrawn_on > ${asOf})
    order by i.basic_code, i.version desc`;
}

function toItemRow(r: Record<string, unknown>): ItemRow {
  return {
    basicCode: r.basic_code as string,
    version: Number(r.version),
    elements: r.elements as ItemElements,
    batchId: r.batch_id as string,
    batchName: r.batch_name as string,
    publishedOn: String(r.published_on).slice(0, 10),
  };
}

function toImplementationRow(r: Record<string, unknown>): ImplementationRow {
  return {
    implementationCode: r.implementation_code as string,
    itemVersion: Number(r.item_version),
    basicCode: r.basic_code as string,
    regionCode: r.region_code as string,
    exerciseLevel: r.exercise_level as string,
    bodyUscc: r.body_uscc as string,
    bodyName: r.body_name as string,
    overrides: r.overrides as Partial<ItemElements>,
  };
}

export function createCatalogRepository(db: DbOrTx) {
  return {
    async searchItems(search: ItemSearch): Promise<{ rows: ItemSearchRow[]; total: number }> {
      const query = search.tsQuery ? sql`to_tsquery('simple', ${search.tsQuery})` : null;
      // Only the small listing columns are read: whole items never leave the database for a list.
      const inForce = sql`
        select distinct on (i.basic_code) i.basic_code, i.version, i.search_vector, i.listing
        from ${catalogItems} i join ${catalogBatches} b on b.id = i.batch_id
        where b.published_on <= ${search.asOf} and (i.withdrawn_on is null or i.withdrawn_on > ${search.asOf})
        order by i.basic_code, i.version desc`;
      // In a region an item is implemented at up to three levels (province, city, county): it is
      // one card, the most local implementation, with every level that implements it listed.
      const base = search.regionCodes
        ? sql`select distinct on (i.basic_code) ci.implementation_code as code, i.basic_code, ci.region_code,
                     ci.body_name, ci.listing, i.search_vector,
                     (select json_agg(json_build_object('code', c2.implementation_code, 'regionCode', c2.region_code)
                                      order by length(c2.region_code), c2.implementation_code)
                      from ${catalogImplementations} c2
                      where c2.basic_code = i.basic_code and c2.item_version = i.version
                        and c2.region_code in ${search.regionCodes}) as implemented_at
              from (${inForce}) i
              join ${catalogImplementations} ci on ci.basic_code = i.basic_code and ci.item_version = i.version
              where ci.region_code in ${search.regionCodes}
              order by i.basic_code, length(ci.region_code) desc, ci.implementation_code`
        : sql`select i.basic_code as code, i.basic_code, null as region_code, null as body_name,
                     i.listing, i.search_vector, null as implemented_at
              from (${inForce}) i`;
      const filters: SQL[] = [];
      if (query) filters.push(sql`x.search_vector @@ ${query}`);
      if (search.department) filters.push(sql`x.listing->>'departmentKind' = ${search.department}`);
      if (search.audience) filters.push(sql`(x.listing->'audiences') ? ${search.audience}`);
      if (search.theme) filters.push(sql`(x.listing->'themes') ? ${search.theme}`);
      if (search.oneVisit !== undefined) filters.push(sql`(x.listing->>'oneVisit')::boolean = ${search.oneVisit}`);
      if (search.online !== undefined) {
        filters.push(
          search.online ? sql`(x.listing->>'onlineDepth')::int = 4` : sql`(x.listing->>'onlineDepth')::int < 4`,
        );
      }
      const where = filters.length > 0 ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
      // Names that contain the query rank first, then by weighted text-search rank, then by code.
      const order = query
        ? sql`order by (position(${search.text ?? ''} in x.listing->>'name') > 0) desc, ts_rank(x.search_vector, ${query}) desc, x.code`
        : sql`order by x.basic_code, x.region_code nulls first, x.code`;
      const rows = await queryRowsPrepared<Record<string, unknown>>(
        db,
        sql`select x.code, x.basic_code, x.region_code, x.body_name, x.listing, x.implemented_at,
                   count(*) over () as total
            from (${base}) x ${where} ${order} offset ${search.offset} limit ${search.limit}`,
      );
      let total = Number(rows[0]?.total ?? 0);
      if (rows.length === 0 && search.offset > 0) {
        const counted = await queryRows<{ total: string }>(db, sql`select count(*) as total from (${base}) x ${where}`);
        total = Number(counted[0]?.total ?? 0);
      }
      return {
        total,
        rows: rows.map((r) => ({
          code: r.code as string,
          basicCode: r.basic_code as string,
          regionCode: (r.region_code as string | null) ?? null,
          bodyName: (r.body_name as string | null) ?? null,
          listing: r.listing as ItemListing,
          implementedAt: (r.implemented_at as { code: string; regionCode: string }[] | null) ?? [],
        })),
      };
    },

    async findItemInForce(basicCode: string, asOf: string): Promise<ItemRow | null> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select * from (${itemsInForce(asOf)}) i where i.basic_code = ${basicCode}`,
      );
      return rows[0] ? toItemRow(rows[0]) : null;
    },

    async findItemsInForce(basicCodes: string[], asOf: string): Promise<ItemRow[]> {
      if (basicCodes.length === 0) return [];
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select * from (${itemsInForce(asOf)}) i where i.basic_code in (${sql.join(
          basicCodes.map((c) => sql`${c}`),
          sql`, `,
        )})`,
      );
      return rows.map(toItemRow);
    },

    async findItemVersion(basicCode: string, version: number): Promise<ItemRow | null> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select i.*, b.name as batch_name, b.published_on from ${catalogItems} i
            join ${catalogBatches} b on b.id = i.batch_id
            where i.basic_code = ${basicCode} and i.version = ${version}`,
      );
      return rows[0] ? toItemRow(rows[0]) : null;
    },

    async findImplementation(implementationCode: string, asOf: string): Promise<ImplementationRow | null> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select ci.* from ${catalogImplementations} ci
            join (${itemsInForce(asOf)}) i on i.basic_code = ci.basic_code and i.version = ci.item_version
            where ci.implementation_code = ${implementationCode}`,
      );
      return rows[0] ? toImplementationRow(rows[0]) : null;
    },

    /** The implementation of an item nearest to a region: the region itself first, then upwards. */
    async findImplementationNearest(
      basicCode: string,
      regionCodes: string[],
      asOf: string,
    ): Promise<ImplementationRow | null> {
      if (regionCodes.length === 0) return null;
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select ci.* from ${catalogImplementations} ci
            join (${itemsInForce(asOf)}) i on i.basic_code = ci.basic_code and i.version = ci.item_version
            where ci.basic_code = ${basicCode}
              and ci.region_code in (${sql.join(
                regionCodes.map((c) => sql`${c}`),
                sql`, `,
              )})
            order by length(ci.region_code) desc limit 1`,
      );
      return rows[0] ? toImplementationRow(rows[0]) : null;
    },

    async countImplementations(basicCode: string, version: number): Promise<number> {
      const rows = await queryRows<{ total: string }>(
        db,
        sql`select count(*) as total from ${catalogImplementations}
            where basic_code = ${basicCode} and item_version = ${version}`,
      );
      return Number(rows[0]?.total ?? 0);
    },

    async listItemsInForce(asOf: string): Promise<ItemRow[]> {
      const rows = await queryRows<Record<string, unknown>>(db, sql`select * from (${itemsInForce(asOf)}) i`);
      return rows.map(toItemRow);
    },

    async listImplementationsInForce(options: { asOf: string; regionPrefix?: string }): Promise<ImplementationRow[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select ci.* from ${catalogImplementations} ci
            join (${itemsInForce(options.asOf)}) i on i.basic_code = ci.basic_code and i.version = ci.item_version
            ${options.regionPrefix ? sql`where ci.region_code like ${options.regionPrefix + '%'}` : sql``}
            order by ci.region_code, ci.basic_code`,
      );
      return rows.map(toImplementationRow);
    },

    async listBatches(): Promise<(BatchRow & { itemCount: number })[]> {
      const rows = await db
        .select({
          id: catalogBatches.id,
          name: catalogBatches.name,
          publishedOn: catalogBatches.publishedOn,
          itemCount: sql<number>`(select count(*) from ${catalogItems} i where i.batch_id = ${catalogBatches.id})`,
        })
        .from(catalogBatches)
        .orderBy(catalogBatches.publishedOn);
      return rows.map((r) => ({ ...r, itemCount: Number(r.itemCount) }));
    },

    async listBundles(): Promise<Bundle[]> {
      const rows = await db.select().from(catalogBundles).orderBy(catalogBundles.id);
      return rows.map((r) => r.definition);
    },

    async findBundle(id: string): Promise<Bundle | null> {
      const rows = await db.select().from(catalogBundles).where(eq(catalogBundles.id, id));
      return rows[0]?.definition ?? null;
    },

    async countItems(): Promise<number> {
      const rows = await db.select({ total: count() }).from(catalogItems);
      return Number(rows[0]?.total ?? 0);
    },

    async insertBatches(rows: (typeof catalogBatches.$inferInsert)[]) {
      if (rows.length > 0) await db.insert(catalogBatches).values(rows);
    },
    async insertItems(rows: (typeof catalogItems.$inferInsert)[]) {
      for (let i = 0; i < rows.length; i += 200) await db.insert(catalogItems).values(rows.slice(i, i + 200));
    },
    async insertImplementations(rows: (typeof catalogImplementations.$inferInsert)[]) {
      for (let i = 0; i < rows.length; i += 1000) {
        await db.insert(catalogImplementations).values(rows.slice(i, i + 1000));
      }
    },
    async insertBundles(rows: (typeof catalogBundles.$inferInsert)[]) {
      if (rows.length > 0) await db.insert(catalogBundles).values(rows);
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
