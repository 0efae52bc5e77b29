import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/** How often each dataset was downloaded (any format): shown on its page. */
export const datasetDownloads = pgTable('dataset_downloads', {
  datasetId: text('dataset_id').primaryKey(),
  count: integer('count').notNull().default(0),
});
