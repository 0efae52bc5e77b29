import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text } from 'drizzle-orm/pg-core';

/** Divisions of the province at five levels; codes are prefixes of their descendants'. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'town', 'village'] }).notNull(),
    parentCode: text('parent_code'),
    validFrom: date('valid_from', { mode: 'string' }),
    // Exclusive: the first day the region no longer exists.
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

export const departments = pgTable(
  'departments',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level', { enum: ['province', 'city', 'county'] }).notNull(),
    regionCode: text('region_code').notNull(),
  },
  (t) => [index('departments_region_idx').on(t.regionCode, t.kind)],
);

/**
 * Halls first, then kiosks, centres and stations: what a visitor looks for first. The same text
 * in the list's order and in its index (an expression index matches only the same expression).
 */
export const SERVICE_POINT_KIND_RANK_SQL = sql.raw(
  "case kind when 'hall' then 0 when 'kiosk' then 1 when 'centre' then 2 else 3 end",
);

export const servicePoints = pgTable(
  'service_points',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['hall', 'centre', 'station', 'kiosk'] }).notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'town', 'village'] }).notNull(),
    regionCode: text('region_code').notNull(),
    address: text('address').notNull(),
    openingHours: text('opening_hours').notNull(),
    phone: text('phone').notNull(),
    is24Hours: boolean('is_24_hours').notNull(),
    intake: text('intake', { enum: ['all', 'listed'] }).notNull(),
    itemCodes: text('item_codes').array().notNull(),
  },
  (t) => [
    index('service_points_region_idx').on(t.regionCode.op('text_pattern_ops')),
    // The orders pages are read in, so that a deep page (or one after a key) walks the index from
    // its place instead of sorting the table: the open dataset's (region, id), and the public
    // list's halls-first order.
    index('service_points_region_id_idx').on(t.regionCode, t.id),
    index('service_points_list_idx').on(sql`(${SERVICE_POINT_KIND_RANK_SQL})`, t.regionCode, t.id),
  ],
);
