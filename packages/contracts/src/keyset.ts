import { z } from 'zod';

/**
 * Staff and supervisor lists are read page by page along a stable key (keyset pagination): the
 * answer carries opaque `next` and `prev` cursors, the client sends one back as `cursor`. A cursor
 * is signed by the server and bound to its list and filters; no page is ever found by skipping rows.
 */
export const MAX_LIST_LIMIT = 100;

/** Lists count matching rows up to this bound; past it they say "10,000+" (`atLeast`). */
export const LIST_COUNT_BOUND = 10_000;

/**
 * Searches count their matches up to this bound; past it they say "1,000+". A search is for
 * finding a case, and past a thousand matches the term is narrowed, not paged through; reading
 * ten thousand matches through a search's index (to the heap, unlike a list's index-only count)
 * would cost a request more than its page.
 */
export const SEARCH_COUNT_BOUND = 1_000;

export const CursorQuerySchema = z.object({
  cursor: z
    .string()
    .max(1024)
    .optional()
    .meta({ description: 'opaque: the `next` or `prev` of an earlier page of the same list with the same filters' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .meta({ description: `rows per page, at most ${MAX_LIST_LIMIT} (more: PAGE_SIZE_TOO_LARGE)` }),
});
export type CursorQuery = z.infer<typeof CursorQuerySchema>;

/**
 * How many rows match: exact up to the bound, else the bound with `atLeast` (shown as "10,000+";
 * a search's as "1,000+").
 */
export const ListCountSchema = z
  .object({
    value: z.number().int(),
    atLeast: z.boolean().meta({ description: 'true: at least `value` rows match (the count stopped at the bound)' }),
  })
  .meta({ id: 'ListCount' });
export type ListCount = z.infer<typeof ListCountSchema>;

export function cursorPageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next: z.string().nullable().meta({ description: 'cursor of the following page, null on the last' }),
    prev: z.string().nullable().meta({ description: 'cursor of the preceding page, null on the first' }),
    count: ListCountSchema,
    limit: z.number().int(),
  });
}

/** The largest period a history filter may span (from … to), in days. */
export const MAX_PERIOD_DAYS = 366;
