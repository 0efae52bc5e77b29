import { sql } from 'drizzle-orm';
import type { ArticleHit } from '@yici/contracts';
import type { Db } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import { searchTermsOf } from '../catalog/catalog.search';
import { hotlineArticles } from './hotline.tables';

type IndexedArticle = { id: string; version: number; source: 'catalog' | 'curated'; title: string; excerpt: string };

/** One version of the current articles, searchable without the database. */
export type ArticleIndex = {
  stamp: string;
  size: number;
  search(query: string, limit: number): ArticleHit[];
};

/**
 * Builds the bigram index of the current articles: each search term (the catalog's bigrams,
 * single Han characters and Latin/digit words, as stored in `search_title`/`search_body`) maps to
 * the sorted positions of the articles holding it. Articles are kept in the search's order
 * (shorter titles first, then by id), so the first matches of a posting list are the best ones.
 */
export function buildArticleIndex(
  stamp: string,
  rows: readonly (IndexedArticle & { searchTitle: string; searchBody: string })[],
): ArticleIndex {
  const articles = [...rows].sort(
    (a, b) => a.title.length - b.title.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const lists = new Map<string, number[]>();
  articles.forEach((article, position) => {
    const terms = new Set([...article.searchTitle.split(' '), ...article.searchBody.split(' ')]);
    for (const term of terms) {
      if (!term) continue;
      const list = lists.get(term);
      if (list) list.push(position);
      else lists.set(term, [position]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [term, list] of lists) postings.set(term, Int32Array.from(list));
  const kept: IndexedArticle[] = articles.map(({ id, version, source, title, excerpt }) => ({
    id,
    version,
    source,
    title,
    excerpt,
  }));

  return {
    stamp,
    size: kept.length,
    /**
     * Every term of the query must be present; articles whose title holds the query come first,
     * each group in index order. Stops as soon as `limit` title matches are found.
     */
    search(query: string, limit: number): ArticleHit[] {
      const terms = searchTermsOf(query);
      if (terms.length === 0) return [];
      const found = terms.map((t) => postings.get(t));
      if (found.some((list) => !list)) return [];
      const sorted = (found as Int32Array[]).sort((a, b) => a.length - b.length);
      const [shortest, ...rest] = sorted as [Int32Array, ...Int32Array[]];
      const cursors = rest.map(() => 0);
      const phrase = query.trim();
      const inTitle: IndexedArticle[] = [];
      const others: IndexedArticle[] = [];
      outer: for (const position of shortest) {
        for (let i = 0; i < rest.length; i++) {
          const list = rest[i]!;
          let c = cursors[i]!;
          while (c < list.length && list[c]! < position) c++;
          cursors[i] = c;
          if (c === list.length) break outer;
          if (list[c] !== position) continue outer;
        }
        const article = kept[position]!;
        if (article.title.includes(phrase)) {
          inTitle.push(article);
          if (inTitle.length === limit) break;
        } else if (others.length < limit) others.push(article);
      }
      return [...inTitle, ...others].slice(0, limit).map((a) => ({ ...a }));
    },
  };
}

/**
 * The knowledge base's search index, held in memory per version of the articles and rebuilt when
 * they change: every publish on this process drops it at once; changes by other processes (another
 * instance, the seed, a catalog import) are noticed by a stamp read at most once per
 * `recheckMs`. A keystroke query then costs no database work at all.
 */
export function createArticleIndexCache(db: Db, options: { recheckMs?: number; now?: () => number } = {}) {
  const recheckMs = options.recheckMs ?? 1000;
  // Elapsed time for the cache's freshness only (not domain time): a monotonic counter.
  const now = options.now ?? (() => performance.now());
  let index: ArticleIndex | null = null;
  let checkedAt = -Infinity;
  let pending: Promise<ArticleIndex> | null = null;

  async function stampOf(): Promise<string> {
    const [row] = await queryRows<{ n: number; at: string | null; v: number }>(
      db,
      sql`select count(*)::int as n, max(created_at)::text as at, coalesce(sum(version) filter (where current), 0)::int as v
          from ${hotlineArticles}`,
    );
    return `${row?.n ?? 0}/${row?.at ?? ''}/${row?.v ?? 0}`;
  }

  async function load(stamp: string): Promise<ArticleIndex> {
    const rows = await queryRows<IndexedArticle & { searchTitle: string; searchBody: string }>(
      db,
      sql`select id, version, source, title, left(body, 160) as excerpt,
                 search_title as "searchTitle", search_body as "searchBody"
          from ${hotlineArticles} where current`,
    );
    return buildArticleIndex(stamp, rows);
  }

  let generation = 0;
  async function refresh(): Promise<ArticleIndex> {
    const started = generation;
    const stamp = await stampOf();
    const fresh = index && index.stamp === stamp ? index : await load(stamp);
    // A publish on this process while the refresh ran: what it read may predate the publish.
    if (generation !== started) return refresh();
    index = fresh;
    checkedAt = now();
    return fresh;
  }

  return {
    async current(): Promise<ArticleIndex> {
      if (index && now() - checkedAt < recheckMs) return index;
      // One refresh at a time. While there is an index, keystrokes keep using it and the refresh
      // runs beside them; without one (first query, after a publish), they wait for it.
      pending ??= refresh().finally(() => (pending = null));
      if (!index) return pending;
      pending.catch(() => undefined);
      return index;
    },
    /**
     * Drops the index (after a publish on this process) and starts the rebuild at once, so that
     * the next keystroke finds it ready or nearly; queries until then wait for it.
     */
    invalidate() {
      generation++;
      index = null;
      checkedAt = -Infinity;
      pending ??= refresh().finally(() => (pending = null));
      pending.catch(() => undefined);
    },
  };
}
