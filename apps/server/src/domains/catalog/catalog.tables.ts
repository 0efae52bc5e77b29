import { customType, date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Bundle, ItemElements } from '@yici/contracts';

/** The few elements a result list shows, kept small so that searching never reads whole items. */
export type ItemListing = Pick<
  ItemElements,
  | 'name'
  | 'itemType'
  | 'departmentKind'
  | 'audiences'
  | 'themes'
  | 'promisedLimitDays'
  | 'visits'
  | 'onlineDepth'
  | 'oneVisit'
>;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Publication batches of the 事项清单: an item is public from its batch's date. */
export const catalogBatches = pgTable('catalog_batches', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  publishedOn: date('published_on', { mode: 'string' }).notNull(),
});

/** Standard items, one row per version; a case keeps the version it was filed under. */
export const catalogItems = pgTable(
  'catalog_items',
  {
    basicCode: text('basic_code').notNull(),
    version: integer('version').notNull(),
    batchId: text('batch_id').notNull(),
    name: text('name').notNull(),
    departmentKind: text('department_kind').notNull(),
    elements: jsonb('elements').$type<ItemElements>().notNull(),
    listing: jsonb('listing').$type<ItemListing>().notNull(),
    // Withdrawn on this date (exclusive); null while in force.
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    // Space-separated search terms (see catalog.search.ts), weighted: the name counts most, then
    // keywords, result and bundles, then themes.
    searchName: text('search_name').notNull(),
    searchKeywords: text('search_keywords').notNull(),
    searchThemes: text('search_themes').notNull(),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, search_name), 'A') || setweight(to_tsvector('simple'::regconfig, search_keywords), 'B') || setweight(to_tsvector('simple'::regconfig, search_themes), 'C')`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.basicCode, t.version] }),
    index('catalog_items_search_idx').using('gin', t.searchVector),
  ],
);

/** One body's implementation of a standard item in one region; overrides hold its local deviations. */
export const catalogImplementations = pgTable(
  'catalog_implementations',
  {
    implementationCode: text('implementation_code').notNull(),
    itemVersion: integer('item_version').notNull(),
    basicCode: text('basic_code').notNull(),
    regionCode: text('region_code').notNull(),
    exerciseLevel: text('exercise_level').notNull(),
    bodyUscc: text('body_uscc').notNull(),
    bodyName: text('body_name').notNull(),
    overrides: jsonb('overrides').$type<Partial<ItemElements>>().notNull(),
    // The standard's listing with this implementation's overrides applied.
    listing: jsonb('listing').$type<ItemListing>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.implementationCode, t.itemVersion] }),
    index('catalog_implementations_region_idx').on(t.regionCode, t.basicCode),
    index('catalog_implementations_item_idx').on(t.basicCode, t.itemVersion),
  ],
);

export const catalogBundles = pgTable('catalog_bundles', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  definition: jsonb('definition').$type<Bundle>().notNull(),
});
