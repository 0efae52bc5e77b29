import { and, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { LIST_COUNT_BOUND, SEARCH_COUNT_BOUND } from '@yici/contracts';
import { queryRows, type DatabaseKind, type DbOrTx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type KeysetPosition } from '../../platform/db/keyset';
import { dueCondition, type DueFilter } from '../deadlines/deadlines.filters';
import { cases, caseTasks } from './cases.tables';
import { scopeTokenOf } from './cases.search';
import type { CaseRow, TaskRow } from './cases.repository';

/** Staff case lists run newest first; the id breaks ties between cases created in the same millisecond. */
export const CASE_ORDER = keysetOrder('desc', [
  { column: cases.createdAt, type: 'timestamp' },
  { column: cases.id, type: 'text' },
]);

/** Task inboxes run oldest first (first in, first handled). */
export const TASK_ORDER = keysetOrder('asc', [
  { column: caseTasks.createdAt, type: 'timestamp' },
  { column: caseTasks.id, type: 'text' },
]);

/** The statuses a window clerk acts on: to accept, and being corrected (待受理, 补正中). */
export const CASE_ACTION_STATUSES = ['submitted', 'correction_requested'] as const;
export const TASK_ACTIVE_STATUSES = ['open', 'claimed', 'correction', 'special_procedure'] as const;

const realCase = sql`not ${cases.synthetic}`;

/**
 * What a row of a case list shows (`toCaseSummary`) and its clock needs: not the form, its
 * fields, the items and the materials, kilobytes a case that a page of twenty would read, send
 * over and parse for nothing.
 */
export const caseListColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  title: cases.title,
  status: cases.status,
  regionCode: cases.regionCode,
  channel: cases.channel,
  applicantKind: cases.applicantKind,
  applicantId: cases.applicantId,
  applicantName: cases.applicantName,
  visits: cases.visits,
  promisedLimitDays: cases.promisedLimitDays,
  outcome: cases.outcome,
  submittedAt: cases.submittedAt,
  createdAt: cases.createdAt,
};
export type CaseListRow = Pick<CaseRow, keyof typeof caseListColumns>;

/** How many of a list's newest rows a search looks through before turning to its own index. */
export const SEARCH_WALK = 5_000;

/**
 * How many of a wide scope's newest cases a word common in it is tested along before its matches
 * are sorted: the walk reads `cases_list_idx` alone (about 0.9 µs an entry), where the sort fetches
 * every match from the heap (a word common in the province: hundreds of thousands).
 */
export const WIDE_SEARCH_WALK = 20_000;

/**
 * A word whose rarest term the GIN index's statistics find in at least this share of the indexed
 * cases is counted along the scope's newest entries (`countAlong`, up to COUNT_WALK of them)
 * before its index is probed: at that share the walk meets the count's bound within about
 * 1,001 / 0.025 = 40,000 entries, read from a list index alone, where the probe reads the word's
 * every match as a bitmap and fetches 1,001 of them from the heap (济南 over the province at 10 M
 * cases: 391,745 matches, about 110 ms).
 */
export const COMMON_TERM_SHARE = 0.025;

/**
 * How much further each next walk of a word over a wide scope reads, when the statistics expect
 * the word in it and the last walk held less than a page (20,000, then 200,000, then 2,000,000
 * entries), before its matches are sorted.
 */
const WALK_ON = 10;

/** How many of a scope's newest entries a common word is counted along (`countAlong`). */
export const COUNT_WALK = 60_000;

/** The `work_mem` of a word search's probe (`probeMatches`). */
const LOSSY_BITMAP_MEMORY = '256kB';

/**
 * Up to this many matches of a number search (each alternative, index-only) are sorted for its
 * page; past it the scope's newest cases are walked first. Sorting 30,693 index entries took 7 ms.
 */
export const NUMBER_SORT_REACH = 50_000;

/** How long the GIN index's statistics are kept in memory before they are read again. */
const TERM_SHARES_MAX_AGE_MS = 10 * 60_000;

/**
 * The share of the cases in the word search's GIN index (`cases_search_idx`) that hold a term, by
 * the statistics ANALYZE keeps of the index's expression: its most common elements and their
 * frequencies, sampled (about a thousand terms, each in at least ~0.1 % of the cases). Read once
 * in `TERM_SHARES_MAX_AGE_MS` (2–3 ms, mostly the cast of the elements to text), then answered
 * from memory. A term not among them: 0 (rarer than the least listed, about 0.1 % at 10 M cases).
 * No statistics yet, or a failed read: null (unknown). It only guesses which way a search reads
 * first (`pageCases`, `countAlong`); no count or page depends on it.
 */
export function createTermShares(db: DbOrTx, clock: Clock) {
  let loaded: { at: number; shares: Promise<Map<string, number>> } | null = null;
  async function read(): Promise<Map<string, number>> {
    const rows = await queryRows<{ term: string; share: number }>(
      db,
      sql`select e.term, e.share::float8 as share
            from pg_stats s,
                 unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(term, share)
           where s.schemaname = current_schema() and s.tablename = 'cases_search_idx' and e.term is not null`,
    );
    return new Map(rows.map((r) => [r.term, Number(r.share)]));
  }
  return {
    /** The share of the rarest of `terms` (0 for none of them listed), null without statistics. */
    async rarestOf(terms: string[]): Promise<number | null> {
      const now = clock.now().getTime();
      if (!loaded || now - loaded.at >= TERM_SHARES_MAX_AGE_MS)
        loaded = { at: now, shares: read().catch(() => new Map<string, number>()) };
      const shares = await loaded.shares;
      if (shares.size === 0) return null;
      return terms.length === 0 ? 0 : Math.min(...terms.map((t) => shares.get(t) ?? 0));
    },
  };
}

/** The columns a search reads, on the cases table or on a subquery of it. */
export type CaseSearchColumns = {
  caseNumber: AnyColumn | SQL;
  applicantId: AnyColumn | SQL;
  searchTerms: AnyColumn | SQL;
  createdAt: AnyColumn | SQL;
  id: AnyColumn | SQL;
};

/**
 * Up to this many region codes among a scope's cases, a list reads each code's entries of
 * `cases_region_list_idx` in key order and merges them (one code's entries are in key order after
 * the code; a prefix of codes is not), so a page or a search's walk reads about as many index
 * entries as it keeps. A scope with more codes (a province) is wide: the key order filtered by
 * the scope finds its rows soon.
 */
export const MERGED_CODES = 32;

/**
 * How far a staff case list reads: a search's walk (SEARCH_WALK; a word's over a wide scope
 * WIDE_SEARCH_WALK; at least `walkPerRow` a row wanted), the bound of a search's count
 * (SEARCH_COUNT_BOUND), the most region codes a scope's pages are merged from (MERGED_CODES), and
 * the most matches of a number sorted from its indexes before a walk (NUMBER_SORT_REACH).
 */
export const LIST_SIZES = {
  walk: SEARCH_WALK,
  wideWalk: WIDE_SEARCH_WALK,
  walkPerRow: 50,
  searchBound: SEARCH_COUNT_BOUND,
  mergedCodes: MERGED_CODES,
  sortReach: NUMBER_SORT_REACH,
  commonShare: COMMON_TERM_SHARE,
  countWalk: COUNT_WALK,
};

/** The columns of a merged read (`merged`), as the subquery `alias` names them. */
function keyColumnsOf(alias: string): CaseSearchColumns {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return {
    id: column('id'),
    createdAt: column('created_at'),
    caseNumber: column('case_number'),
    applicantId: column('applicant_id'),
    searchTerms: column('search_terms'),
  };
}

/** CASE_ORDER on the same columns of a subquery of cases. */
function caseOrderOf(on: Pick<CaseSearchColumns, 'createdAt' | 'id'>) {
  return keysetOrder('desc', [
    { column: on.createdAt, type: 'timestamp' },
    { column: on.id, type: 'text' },
  ]);
}
const realTask = sql`not ${caseTasks.synthetic}`;

/**
 * One page of a staff list read along its key, and the matching rows counted up to the bound.
 *
 * How a page is read depends on the database (`databaseKind`). On PostgreSQL (a pool of
 * connections, cases by the million) a page's keys come first from `cases_region_list_idx`, per
 * region code of the scope and merged, then its rows by primary key: a few short statements, each
 * reading about as many index entries as it keeps. On PGlite (one connection that serves every
 * request of the platform, a few thousand cases) a page is one statement, read in the list's key
 * order: the merge's statements (the scope's codes, up to 32 branches of a walk, the rows) held the
 * connection long enough, request after request, that other people's pages waited seconds behind them.
 */
export function createCaseListsRepository(
  db: DbOrTx,
  databaseKind: DatabaseKind,
  /** LIST_SIZES; smaller in a test of a few dozen cases. */
  sizes: typeof LIST_SIZES = LIST_SIZES,
) {
  const merging = databaseKind === 'postgresql';
  /**
   * The region codes among a scope's listed cases, or null when there are more than `mergedCodes`:
   * one index probe per code along `cases_region_list_idx` (each reads the next code after the last).
   */
  async function codesWithin(scope: string): Promise<string[] | null> {
    const listed = sql`not synthetic and status <> 'draft' and region_code like ${`${scope}%`}`;
    const rows = await queryRows<{ code: string }>(
      db,
      sql`with recursive codes(code) as (
            (select region_code from ${cases} where ${listed} order by region_code using ~<~ limit 1)
            union all
            select (select region_code from ${cases} where ${listed} and region_code ~>~ codes.code
                     order by region_code using ~<~ limit 1)
              from codes where codes.code is not null)
          select code from codes where code is not null limit ${sizes.mergedCodes + 1}`,
    );
    return rows.length > sizes.mergedCodes ? null : rows.map((r) => r.code);
  }

  return {
    /**
     * A page of cases, and its count: up to LIST_COUNT_BOUND for a list, up to SEARCH_COUNT_BOUND
     * for a search. A search reads in two ways, whichever does less work: its matches through its
     * own index (bigram GIN, number prefixes), when they are within the bound; else, being common
     * in the scope, along the list's key, testing each entry (a top-N sort of tens of thousands of
     * matches fetched from the heap is avoided).
     */
    async pageCases(filter: {
      where: SQL[];
      /** The search condition, on the cases table or on a subquery of it. */
      search?: (on: CaseSearchColumns) => SQL;
      /**
       * The same condition as `search`, cheaper to test row by row but of no use to its index: for
       * the rows a walk reads, and for a count over a narrow scope's entries.
       */
      searchTest?: (on: CaseSearchColumns) => SQL;
      /**
       * `search` as alternatives each served by an index that carries the list's key (a number
       * search: the case number's prefix, the ID number's): the search's own reads take each
       * alternative index-only and their union, on PostgreSQL.
       */
      searchAlternatives?: ((on: CaseSearchColumns) => SQL)[];
      /**
       * For a word search, the share of the indexed cases that hold its rarest term, by the
       * index's statistics (`createTermShares`; null without them): asked only where the choice
       * it guides is made.
       */
      searchShare?: () => Promise<number | null>;
      /** The region prefix the `where` already limits the cases to, when the list is a staff scope. */
      scope?: string;
      due?: DueFilter;
      position: KeysetPosition;
      limit: number;
    }) {
      const conditions = [realCase, ...filter.where];
      if (filter.due) conditions.push(dueCondition('case', cases.id, filter.due));
      const where = and(...conditions);
      const within = and(where, keysetWhere(CASE_ORDER, filter.position));
      const order = keysetOrderBy(CASE_ORDER, filter.position);
      const wanted = filter.limit + 1;
      const test = filter.searchTest ?? filter.search;
      if (!merging) return oneStatement();
      const codes = filter.scope ? await codesWithin(filter.scope) : null;
      // A scope none of whose codes has a listed case: nothing to merge (and no empty union to write).
      if (codes?.length === 0) return { rows: [] as CaseListRow[], count: { value: 0, atLeast: false } };
      // A count names the scope's codes as well as its prefix: each code's entries of
      // `cases_region_list_idx` are then read from the period's start (with the prefix alone the
      // period filtered every entry of the scope: 历下区's 2018 at 10 M cases, 25 ms against 3).
      const inCodes = codes ? inArray(cases.regionCode, codes) : undefined;
      const keyColumns = {
        id: cases.id,
        createdAt: cases.createdAt,
        caseNumber: cases.caseNumber,
        applicantId: cases.applicantId,
        searchTerms: cases.searchTerms,
      };
      /** What a word's walk over a wide scope reads: `cases_list_idx` carries these alone. */
      const wordColumns = { id: cases.id, createdAt: cases.createdAt, searchTerms: cases.searchTerms };
      /**
       * The first `n` keys of the list in its order (with the search columns), merged per region
       * code (a Merge Append of a branch per code, reading about `n` entries in all): a search's
       * bounded walk through a narrow scope's newest cases.
       */
      const merged = (codes: string[], n: number, position = filter.position) => {
        const branches = codes.map(
          (code) =>
            sql`(${db
              .select(keyColumns)
              .from(cases)
              .where(and(where, keysetWhere(CASE_ORDER, position), eq(cases.regionCode, code)))
              .orderBy(...keysetOrderBy(CASE_ORDER, position))
              .limit(n)})`,
        );
        const u = keyColumnsOf('u');
        return sql`(select * from (${sql.join(branches, sql` union all `)}) u order by ${sql.join(keysetOrderBy(caseOrderOf(u), position), sql`, `)} limit ${n})`;
      };
      /**
       * The first `n` keys of the list in its order over a narrow scope: each code's first `n`
       * entries of `cases_region_list_idx` in key order (with `matching`, the first `n` that match
       * it), then the first `n` of them all. One lateral read over the codes, planned once however
       * many there are: a `union all` of a branch per code took the planner 3.3 ms for a city's
       * 12 codes at 10 M cases, against 0.2 ms executing.
       */
      const perCode = (codes: string[], n: number, matching?: (on: CaseSearchColumns) => SQL) => {
        const k = keyColumnsOf('k');
        const branch = db
          .select({ id: cases.id, createdAt: cases.createdAt })
          .from(cases)
          .where(and(within, sql`${cases.regionCode} = scope_codes.code`, matching?.(cases)))
          .orderBy(...order)
          .limit(n);
        // The codes go as one bound array literal, each quoted (they are digits, read from the index).
        const array = `{${codes.map((code) => `"${code.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
        return sql`(select k.id, k.created_at from unnest(cast(${array} as text[])) as scope_codes(code)
                    cross join lateral (${branch}) k
                    order by ${sql.join(keysetOrderBy(caseOrderOf(k), filter.position), sql`, `)} limit ${n})`;
      };
      // The page's keys first, then its rows by primary key: the keys (and what a search tests) are
      // in `cases_region_list_idx`, so over a narrow scope the planner reads that index alone
      // instead of walking every region's rows in key order and filtering the scope on the heap.
      const rowsOf = async (keys: { id: string }[]) =>
        keys.length === 0
          ? []
          : await db
              .select(caseListColumns)
              .from(cases)
              .where(
                inArray(
                  cases.id,
                  keys.map((k) => k.id),
                ),
              )
              .orderBy(...order);
      /** The rows of the keys a subquery reads (its `id`), in one statement with it. */
      const rowsFor = (keys: SQL) =>
        db
          .select(caseListColumns)
          .from(cases)
          .where(sql`${cases.id} in (select listed.id from ${keys} listed)`)
          .orderBy(...order);
      if (!filter.search) {
        // Counted while the page is read, on another of the pool's connections: it needs nothing
        // the page's reads find.
        const count = boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(cases)
            .where(and(where, inCodes)),
        );
        // Awaited after the page (or not at all, when its read fails): never an unhandled rejection.
        count.catch(() => undefined);
        const rows = await rowsFor(
          codes
            ? perCode(codes, wanted)
            : sql`(${db
                .select({ id: cases.id })
                .from(cases)
                .where(within)
                .orderBy(...order)
                .limit(wanted)})`,
        );
        return { rows, count: await count };
      }
      // A search first reads up to one more than its count's bound of its matches through its own
      // index (the bigram GIN with the scope's region word, or each number prefix's covering index),
      // in one statement that also keeps the page among them. When they are within the bound, they
      // are all the matches: the page and the exact count are that statement's answer. Past the
      // bound the search is common in the scope ("1,000+"), and its page is read along the list's
      // key, testing each entry: sorting all its matches would fetch them from the heap (27,736 for
      // 济南 in 历下区 at 10 M cases, 100–280 ms).
      //
      // A word that the index's statistics call common in the province is first counted along the
      // scope's newest entries instead: finding more matches than the bound there is the same
      // answer ("1,000+") at a fraction of the probe's cost. The statistics only choose the order;
      // a word that turns out rarer in the scope than they say is probed as any other.
      const share = filter.searchShare ? await filter.searchShare() : null;
      const countedAlong = share !== null && share >= sizes.commonShare ? await countAlong() : 0;
      if (countedAlong <= sizes.searchBound) {
        const probe = await probeMatches(filter.search, filter.searchAlternatives);
        if (probe.n <= sizes.searchBound)
          return { rows: await rowsOf(probe.keys), count: { value: probe.n, atLeast: false } };
      }
      const common = { value: sizes.searchBound, atLeast: true };
      // A word over a narrow scope: each code's entries read in key order and tested until a page.
      if (codes && !filter.searchAlternatives)
        return { rows: await rowsFor(perCode(codes, wanted, test)), count: common };
      // A number common in the scope: its matches after the cursor are sorted from its covering
      // indexes (index-only), when no alternative has more than `sortReach` of them. A number is
      // not tested along each code's entries until a page, as a word is: a case number's prefix
      // matches one region's cases of one year, which lie behind every newer case of the scope
      // (a 2018 prefix over 济南 at 10 M cases: 167 ms, against 7 ms sorting its 30,693 matches).
      if (filter.searchAlternatives) {
        const sorted = await sortedWithin(filter.searchAlternatives);
        if (sorted) return { rows: await rowsOf(sorted), count: common };
      }
      // Else (a word over a wide scope, a number with more matches than that) the scope's newest
      // cases along the key, with only the columns a search tests: a term common in the scope
      // fills the page within them. When it does not (its matches are all older), they are sorted
      // through the search's own index: a number's from its covering indexes, a word's from the
      // heap. A word over a wide scope walks `cases_list_idx` alone, which carries the scope and
      // the terms, and so walks further (`wideWalk`) before that sort.
      const wideWord = !codes && !filter.searchAlternatives;
      const walk = Math.max(wideWord ? sizes.wideWalk : sizes.walk, sizes.walkPerRow * wanted);
      // A word the statistics expect fewer times in the walk than a page holds (a name not among
      // their terms: rarer than about 0.1 % of the cases, so under 20 in 20,000) has its matches
      // sorted at once: the walk would read its entries to find no page (张伟 over the province at
      // 10 M cases, 2,255 matches: 5 ms of walk before a 3 ms sort).
      if (wideWord && share !== null && share * walk < wanted)
        return { rows: await rowsOf(await sortedMatches()), count: common };
      const walkOf = (n: number) =>
        codes
          ? merged(codes, n)
          : sql`(${db
              .select(wideWord ? wordColumns : keyColumns)
              .from(cases)
              .where(within)
              .orderBy(...order)
              .limit(n)})`;
      const w = keyColumnsOf('walked');
      // A word the statistics expect in the walk walks again from the cursor, ten times as far each
      // time (index-only, stopping at the page), before its matches are sorted: their sort fetches
      // every match from the heap, which for a word common in the province is hundreds of thousands
      // (济南 at 10 M cases, absent from the newest 20,000: 391,745 matches, 18 s), where walking on
      // to its page read 0.5 µs an entry. Each longer walk reads the shorter one's entries again:
      // a walk stops at the page, so it cannot also say where it ended (a tenth of the next walk).
      const reaches = wideWord && share !== null ? [walk, walk * WALK_ON, walk * WALK_ON * WALK_ON] : [walk];
      for (const reach of reaches) {
        const near = await queryRows<{ id: string }>(
          db,
          sql`select walked.id from ${walkOf(reach)} walked where ${test!(w)}
              order by ${sql.join(keysetOrderBy(caseOrderOf(w), filter.position), sql`, `)} limit ${wanted}`,
        );
        if (near.length === wanted) return { rows: await rowsOf(near), count: common };
      }
      return { rows: await rowsOf(await sortedMatches()), count: common };

      /**
       * The page of a number search, sorted from each alternative's covering index (index-only):
       * each alternative's first page after the cursor, then their union's. Null when an
       * alternative has more than `sortReach` matches after the cursor, counted first in the same
       * statement (the sort is then not run): sorting them all would cost more than a walk along
       * the key finding the page. Counted and sorted as two reads of the index rather than one
       * read kept for both (a materialized CTE of 30,693 matches took 15 ms against 12).
       */
      async function sortedWithin(alternatives: ((on: CaseSearchColumns) => SQL)[]) {
        const matching = (alternative: (on: CaseSearchColumns) => SQL) => and(within, alternative(cases));
        const counts = alternatives.map(
          (alternative) =>
            sql`(select count(*) from (${db
              .select({ one: sql`1` })
              .from(cases)
              .where(matching(alternative))
              .limit(sizes.sortReach + 1)}) reach)`,
        );
        const firstPages = alternatives.map(
          (alternative) =>
            sql`(${db
              .select({ id: cases.id, createdAt: cases.createdAt })
              .from(cases)
              .where(matching(alternative))
              .orderBy(...order)
              .limit(wanted)})`,
        );
        const u = keyColumnsOf('u');
        const rows = await queryRows<{ most: number; id: string | null }>(
          db,
          // `most` materialized: as a subquery the planner put its expression, and so both counts,
          // in the sort's one-time filter as well, reading the matches twice.
          sql`with most as materialized (select greatest(${sql.join(counts, sql`, `)})::int as n)
              select most.n as most, k.id
                from most
                left join lateral (
                  select u.id from (${sql.join(firstPages, sql` union `)}) u
                   where most.n <= ${sizes.sortReach}
                   order by ${sql.join(keysetOrderBy(caseOrderOf(u), filter.position), sql`, `)} limit ${wanted}
                ) k on true`,
        );
        if (Number(rows[0]?.most ?? 0) > sizes.sortReach) return null;
        return rows.filter((r) => r.id !== null) as { id: string }[];
      }

      /**
       * The matches of a word among the scope's newest `countWalk` entries of the list (from its
       * first page, whatever the cursor), counted up to one more than the bound: each code's
       * entries of `cases_region_list_idx` merged over a narrow scope, `cases_list_idx` over a
       * wide one, index-only, stopping at the bound.
       */
      async function countAlong(): Promise<number> {
        const newest = codes
          ? merged(codes, sizes.countWalk, null)
          : sql`(${db
              .select(wordColumns)
              .from(cases)
              .where(where)
              .orderBy(...keysetOrderBy(CASE_ORDER, null))
              .limit(sizes.countWalk)})`;
        const w = keyColumnsOf('newest');
        const rows = await queryRows<{ n: number }>(
          db,
          sql`select count(*)::int as n from (select 1 from ${newest} newest where ${test!(w)} limit ${sizes.searchBound + 1}) counted`,
        );
        return Number(rows[0]?.n ?? 0);
      }

      /**
       * Up to `searchBound + 1` matches of the search in the list (the scope, its codes, the
       * filters; not the cursor), counted, and the page's keys among them (after the cursor, in
       * the list's order): one statement. A number search reads each alternative apart,
       * index-only; a case matching two (its number and its applicant's code) is counted once
       * (`union`). A word's GIN index answers every match as a bitmap before the first is read:
       * the statement runs with a small `work_mem` (`LOSSY_BITMAP_MEMORY`), so that a word common
       * in the province (391,745 matches at 10 M cases) makes it lossy at once rather than after
       * filling 4 MB (45 ms against 160–180 ms; exact in 128 MB, 160 ms).
       */
      async function probeMatches(
        search: (on: CaseSearchColumns) => SQL,
        alternatives: ((on: CaseSearchColumns) => SQL)[] | undefined,
      ): Promise<{ n: number; keys: { id: string }[] }> {
        const reach = sizes.searchBound + 1;
        const read = (condition: (on: CaseSearchColumns) => SQL) =>
          sql`(${db
            .select({ id: cases.id, createdAt: cases.createdAt })
            .from(cases)
            .where(and(where, inCodes, condition(cases)))
            .limit(reach)})`;
        const matches = alternatives ? sql.join(alternatives.map(read), sql` union `) : read(search);
        const p = keyColumnsOf('p');
        const statement = sql`with probe as materialized (${matches})
              select counted.n, k.id
                from (select count(*)::int as n from probe) counted
                left join lateral (
                  select p.id from probe p where ${keysetWhere(caseOrderOf(p), filter.position) ?? sql`true`}
                   order by ${sql.join(keysetOrderBy(caseOrderOf(p), filter.position), sql`, `)} limit ${wanted}
                ) k on true`;
        const rows = alternatives
          ? await queryRows<{ n: number; id: string | null }>(db, statement)
          : await settled<{ n: number; id: string | null }>(statement, { work_mem: LOSSY_BITMAP_MEMORY });
        return { n: Number(rows[0]?.n ?? 0), keys: rows.filter((r) => r.id !== null) as { id: string }[] };
      }

      /**
       * The page in one statement (and the count in another), on PGlite: the rows along the list's
       * key; for a search, the newest `SEARCH_WALK` of them tested, and when they hold fewer matches
       * than a page, the matches in scope, sorted (as `sortedMatches`, in one statement).
       */
      async function oneStatement() {
        const count = boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(cases)
            .where(and(where, filter.search?.(cases))),
          filter.search ? sizes.searchBound : LIST_COUNT_BOUND,
        );
        if (!filter.search) {
          const rows = await db
            .select(caseListColumns)
            .from(cases)
            .where(within)
            .orderBy(...order)
            .limit(wanted);
          return { rows, count: await count };
        }
        const walked = db
          .select({ ...caseListColumns, searchTerms: cases.searchTerms })
          .from(cases)
          .where(within)
          .orderBy(...order)
          .limit(Math.max(sizes.walk, sizes.walkPerRow * wanted))
          .as('walked');
        const near = await db
          .select()
          .from(walked)
          .where(test!(walked))
          .orderBy(...keysetOrderBy(caseOrderOf(walked), filter.position))
          .limit(wanted);
        if (near.length === wanted) return { rows: near as CaseListRow[], count: await count };
        const matches = db
          .select(caseListColumns)
          .from(cases)
          .where(and(within, filter.search(cases)))
          .as('matches');
        const rows = await db
          .select()
          .from(matches)
          .orderBy(...keysetOrderBy(caseOrderOf(matches), filter.position))
          .limit(wanted);
        return { rows: rows as CaseListRow[], count: await count };
      }

      /**
       * A search common in the scope whose newest cases hold fewer than a page of its matches (a
       * word over a wide scope, a number past `sortReach`): its matches in scope, sorted, keys only. A number search sorts each alternative's first
       * page along its own covering index, then the union's; a word search reads its GIN index,
       * which its scope's region word (`caseListFilters.terms`) narrows to the cases in scope.
       */
      async function sortedMatches(): Promise<{ id: string }[]> {
        if (filter.searchAlternatives) {
          const branches = filter.searchAlternatives.map(
            (alternative) =>
              sql`(${db
                .select({ id: cases.id, createdAt: cases.createdAt })
                .from(cases)
                .where(and(within, alternative(cases)))
                .orderBy(...order)
                .limit(wanted)})`,
          );
          const u = keyColumnsOf('u');
          return queryRows<{ id: string }>(
            db,
            sql`select u.id from (${sql.join(branches, sql` union `)}) u
                order by ${sql.join(keysetOrderBy(caseOrderOf(u), filter.position), sql`, `)} limit ${wanted}`,
          );
        }
        // Materialized: its matches read through the GIN index, then sorted (`settled`, without
        // JIT). As a subquery the planner walked `cases_list_idx` backward instead, building each
        // entry's tsvector, in the hope of a page soon (a name with 2,255 matches in the province
        // at 10 M cases: 117,153 entries, 585 ms).
        const m = keyColumnsOf('m');
        return settled<{ id: string }>(
          sql`with m as materialized (${db
            .select({ id: cases.id, createdAt: cases.createdAt })
            .from(cases)
            .where(and(within, filter.search!(cases)))})
              select m.id from m
               order by ${sql.join(keysetOrderBy(caseOrderOf(m), filter.position), sql`, `)} limit ${wanted}`,
        );
      }

      /**
       * A word search's statement in a transaction of its own, with `settings`, without JIT and
       * without parallel workers. The GIN index's estimates (50,037 rows for a name with 2,255
       * matches at 10 M cases; 9,527 for 405 at 1 M) put such statements over `jit_above_cost`,
       * and compiling them took 10–35 ms each (more on a connection's first), for a statement of
       * 15 ms; and over the cost of a parallel bitmap heap scan, whose two workers took 80 ms to
       * start and gather what one process read in 7 ms (张伟 over the province at 1 M cases).
       */
      async function settled<T>(statement: SQL, settings: Record<string, string> = {}): Promise<T[]> {
        return db.transaction(async (tx) => {
          const all = { ...settings, jit: 'off', max_parallel_workers_per_gather: '0' };
          await tx.execute(
            sql`select ${sql.join(
              Object.entries(all).map(([name, value]) => sql`set_config(${name}, ${value}, true)`),
              sql`, `,
            )}`,
          );
          return queryRows<T>(tx, statement);
        });
      }
    },

    /** The cases of a page of tasks, with what a task's view shows of its case (`toTaskView`). */
    async taskOwners(caseIds: string[]) {
      if (caseIds.length === 0) return [];
      return db
        .select({
          id: cases.id,
          caseNumber: cases.caseNumber,
          title: cases.title,
          applicantName: cases.applicantName,
          items: cases.items,
          regionName: cases.regionName,
        })
        .from(cases)
        .where(inArray(cases.id, caseIds));
    },

    /**
     * A page of tasks. A department's inbox (`department`) holds the tasks it leads and those it
     * joins; the two are read apart, each along an index in key order (a department's own tasks
     * by `case_tasks_department_idx`, joint ones by `case_tasks_joint_idx`, few), and merged: one
     * condition `lead = … or joint @> …` matches no index and filtered every task in scope.
     */
    async pageTasks(filter: {
      where: SQL[];
      department?: string;
      due?: DueFilter;
      position: KeysetPosition;
      limit: number;
    }) {
      const conditions = [realTask, ...filter.where];
      if (filter.due) conditions.push(dueCondition('task', caseTasks.id, filter.due));
      const where = and(...conditions);
      const wanted = filter.limit + 1;
      const read = (branch: SQL | undefined) =>
        db
          .select()
          .from(caseTasks)
          .where(and(where, branch, keysetWhere(TASK_ORDER, filter.position)))
          .orderBy(...keysetOrderBy(TASK_ORDER, filter.position))
          .limit(wanted);
      const counted = (branch: SQL | undefined) =>
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(caseTasks)
            .where(and(where, branch)),
        );
      if (!filter.department) {
        const [rows, count] = await Promise.all([read(undefined), counted(undefined)]);
        return { rows: rows as TaskRow[], count };
      }
      const lead = sql`${caseTasks.departmentId} = ${filter.department}`;
      // The same expression as the joint index's predicate, so that the planner may use it.
      const joint = sql`${caseTasks.jointDepartments} <> '[]'::jsonb and ${caseTasks.jointDepartments} @> ${JSON.stringify([{ id: filter.department }])}::jsonb and ${caseTasks.departmentId} <> ${filter.department}`;
      const [leads, joints, leadCount, jointCount] = await Promise.all([
        read(lead),
        read(joint),
        counted(lead),
        counted(joint),
      ]);
      const descending = (TASK_ORDER.direction === 'desc') !== (filter.position?.toward === 'prev');
      const rows = [...leads, ...joints]
        .sort((x, y) => {
          const by = x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
          return descending ? -by : by;
        })
        .slice(0, wanted);
      const total = leadCount.value + jointCount.value;
      const count =
        leadCount.atLeast || jointCount.atLeast || total > LIST_COUNT_BOUND
          ? { value: LIST_COUNT_BOUND, atLeast: true }
          : { value: total, atLeast: false };
      return { rows: rows as TaskRow[], count };
    },
  };
}

/** Filters of the staff case list that the cases repository does not already offer. */
export const caseListFilters = {
  // Fixed status sets are written as literals, so that the planner matches the partial indexes
  // (cases_action_idx, case_tasks_active_idx) whose predicates name them.
  statusIn: (statuses: readonly (typeof CASE_ACTION_STATUSES)[number][]) =>
    sql`${cases.status} in (${sql.raw(statuses.map((s) => `'${s}'`).join(', '))})`,
  activeTasks: () => sql`${caseTasks.status} in (${sql.raw(TASK_ACTIVE_STATUSES.map((s) => `'${s}'`).join(', '))})`,
  createdWithin: (from: Date, until: Date) =>
    sql`${cases.createdAt} >= cast(${from.toISOString()} as timestamptz) and ${cases.createdAt} < cast(${until.toISOString()} as timestamptz)`,
  /** Case number or ID number starting with the term (both indexed with text_pattern_ops). */
  numberPrefix: (prefix: string) => (on: CaseSearchColumns) =>
    sql`(${prefixRange(on.caseNumber, prefix)} or ${prefixRange(on.applicantId, prefix)})`,
  /**
   * The same search as `numberPrefix`, one alternative per column: each is read along its own
   * covering index (`cases_number_prefix_idx`, `cases_applicant_prefix_idx`), sorted from the
   * index alone, where the OR of the two made a bitmap that fetched every match from the heap.
   */
  numberPrefixAlternatives: (prefix: string) => [
    (on: CaseSearchColumns) => prefixRange(on.caseNumber, prefix),
    (on: CaseSearchColumns) => prefixRange(on.applicantId, prefix),
  ],
  /**
   * `terms` tested on a row: every term a whole word of the stored terms (they are words of Han
   * bigrams, a–z and digits, joined by single spaces, as the 'simple' tsvector reads them). A
   * string search, some times cheaper per row than building the tsvector, for walks and counts
   * over index entries; the GIN index serves only `terms`.
   */
  termsTested: (terms: string[]) => (on: CaseSearchColumns) =>
    and(
      sql`${on.searchTerms} is not null`,
      ...terms.map((t) => sql`strpos(' ' || ${on.searchTerms} || ' ', ${` ${t} `}) > 0`),
    )!,
  /**
   * Every bigram of the query among the applicant's name and the title (the catalog's method,
   * GIN-indexed), and the scope's region token (`scopeTokenOf`) when it has one: the index then
   * reads only the cases that hold the term and lie in the scope, for a term rare or common.
   */
  terms: (tsQuery: string, scope: string) => (on: CaseSearchColumns) => {
    const token = scopeTokenOf(scope);
    const query = token ? `${tsQuery} & '${token}'` : tsQuery;
    return sql`to_tsvector('simple'::regconfig, ${on.searchTerms}) @@ to_tsquery('simple', ${query}) and ${on.searchTerms} is not null`;
  },
};

/**
 * `column` starts with `prefix`, as the range the text_pattern_ops index reads: from the prefix up
 * to the prefix with its last character raised by one (the prefix is of ASCII letters, digits and
 * `-`, so the next character exists and byte order is character order). A range with literal
 * bounds is estimated from the column's histogram, which `like` with an OR was not.
 */
function prefixRange(column: AnyColumn | SQL, prefix: string): SQL {
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return sql`(${column} ~>=~ ${prefix} and ${column} ~<~ ${next})`;
}
