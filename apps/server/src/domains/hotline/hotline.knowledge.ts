import { and, asc, desc, eq } from 'drizzle-orm';
import type { Article, ArticleHit, ItemElements } from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import { actorRef, type RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { Clock } from '../../platform/clock';
import type { IdSource } from '../../platform/ids';
import type { Db, DbOrTx } from '../../platform/db/database';
import { indexTermsOf, searchTermsOf } from '../catalog/catalog.search';
import { createArticleIndexCache } from './hotline.knowledge-index';
import { hotlineErrors } from './hotline.errors';
import { hotlineArticles } from './hotline.tables';

type ArticleRow = typeof hotlineArticles.$inferSelect;
export type ArticleDraft = Omit<ArticleRow, 'searchVector' | 'searchTitle' | 'searchBody'>;

/** Who keeps the answers generated from the catalog, and how long until they are reviewed again. */
export const CATALOG_ARTICLE_OWNER = '12345 热线知识库（事项清单）';
const REVIEW_MONTHS = 6;

/**
 * One answer per catalog item, written from its guide: what to bring, how long it takes, what it
 * costs, where to go and how often. The operator reads it to the caller as it stands.
 */
export function articleFromItem(item: ItemElements & { basicCode: string }): { title: string; body: string } {
  const materials = item.materials.map((m, i) => `${i + 1}. ${m.name}${m.note ? `（${m.note}）` : ''}`);
  const fees =
    item.fees.length === 0 ? '不收费' : item.fees.map((f) => `${f.name} ${f.amountYuan} 元（${f.basis}）`).join('；');
  const where = item.handlingForms.includes('online')
    ? '可在网上办理，也可到政务服务大厅综合窗口办理'
    : '到政务服务大厅综合窗口办理';
  const visits =
    item.visits === 0
      ? '全程网办，不用跑腿'
      : `最多跑 ${item.visits} 次${item.visitReason ? `（${item.visitReason}）` : ''}`;
  const lines = [
    `【${item.name}】`,
    `办理条件：${item.acceptanceConditions.join('；') || '见办事指南'}`,
    `所需材料：${materials.length > 0 ? `\n${materials.join('\n')}` : '无'}`,
    `办理时限：承诺 ${item.promisedLimitDays} 个工作日（法定 ${item.statutoryLimitDays} 个工作日）`,
    `收费：${fees}`,
    `办理地点：${where}；${visits}`,
    `关键词：${[...item.keywords, ...item.themes].join('、')}`,
  ];
  return { title: `${item.name}怎么办理`, body: lines.join('\n') };
}

export function articleRow(draft: ArticleDraft): typeof hotlineArticles.$inferInsert {
  return {
    ...draft,
    searchTitle: indexTermsOf([draft.title]),
    searchBody: indexTermsOf([draft.body]),
  };
}

export function reviewDateFrom(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const month = m - 1 + REVIEW_MONTHS;
  const pad = (n: number) => String(n).padStart(2, '0');
  // Day 28 at most: every month has it.
  return `${y + Math.floor(month / 12)}-${pad((month % 12) + 1)}-${pad(Math.min(d, 28))}`;
}

const toArticle = (row: ArticleRow): Article => ({
  id: row.id,
  version: row.version,
  source: row.source,
  title: row.title,
  body: row.body,
  basicCode: row.basicCode,
  owner: row.owner,
  reviewOn: row.reviewOn,
});

/** The knowledge base: generated from the catalog's guides plus curated answers, versioned, searched per keystroke. */
export function createKnowledgeBase(deps: { db: Db; clock: Clock; ids: IdSource; audit: AuditPort }) {
  const { db, clock } = deps;
  const articleIndex = createArticleIndexCache(db);

  async function currentArticle(source: DbOrTx, id: string): Promise<ArticleRow | null> {
    const rows = await source
      .select()
      .from(hotlineArticles)
      .where(and(eq(hotlineArticles.id, id), eq(hotlineArticles.current, true)))
      .limit(1);
    return rows[0] ?? null;
  }

  return {
    currentArticle,

    /**
     * Results as the operator types: every bigram of the query must be present (the catalog's
     * approach); answers whose title holds the query come first, shorter (more general) titles
     * before longer ones. Served from the in-memory bigram index of the current articles
     * (hotline.knowledge-index.ts): a keystroke costs no database query.
     */
    async search(context: RequestContext, query: { q: string; limit: number }): Promise<ArticleHit[]> {
      requireAccess(context, 'knowledge:read');
      if (searchTermsOf(query.q).length === 0) return [];
      return (await articleIndex.current()).search(query.q, query.limit);
    },

    /** The curated answers to keep: current versions, those due for review first. */
    async listCurated(context: RequestContext): Promise<Article[]> {
      requireAccess(context, 'knowledge:manage');
      const rows = await db
        .select()
        .from(hotlineArticles)
        .where(and(eq(hotlineArticles.current, true), eq(hotlineArticles.source, 'curated')))
        .orderBy(asc(hotlineArticles.reviewOn), asc(hotlineArticles.title))
        .limit(500);
      return rows.map(toArticle);
    },

    /** Every version of an answer, newest first: what callers were told, and when. */
    async versions(context: RequestContext, id: string): Promise<(Article & { createdAt: string })[]> {
      requireAccess(context, 'knowledge:manage');
      const rows = await db
        .select()
        .from(hotlineArticles)
        .where(eq(hotlineArticles.id, id))
        .orderBy(desc(hotlineArticles.version));
      if (rows.length === 0) throw hotlineErrors.articleNotFound(id);
      return rows.map((r) => ({ ...toArticle(r), createdAt: r.createdAt.toISOString() }));
    },

    async getArticle(context: RequestContext, id: string): Promise<Article> {
      requireAccess(context, 'knowledge:read');
      const row = await currentArticle(db, id);
      if (!row) throw hotlineErrors.articleNotFound(id);
      return toArticle(row);
    },

    /**
     * A curated answer, new or a new version of an existing one: the earlier version stays (who
     * said what to callers, and when, can be looked up), only the newest is searched.
     */
    async publish(
      context: RequestContext,
      input: { id?: string; title: string; body: string; owner: string; reviewOn: string },
    ): Promise<Article> {
      requireAccess(context, 'knowledge:manage');
      const published = await db.transaction(async (tx) => {
        const id = input.id ?? `curated-${deps.ids.uuid()}`;
        const previous = input.id
          ? await tx
              .select()
              .from(hotlineArticles)
              .where(eq(hotlineArticles.id, input.id))
              .orderBy(desc(hotlineArticles.version))
              .limit(1)
              .for('update')
          : [];
        if (input.id && previous.length === 0) throw hotlineErrors.articleNotFound(input.id);
        const version = (previous[0]?.version ?? 0) + 1;
        if (previous[0]) await tx.update(hotlineArticles).set({ current: false }).where(eq(hotlineArticles.id, id));
        const draft: ArticleDraft = {
          id,
          version,
          current: true,
          source: previous[0]?.source ?? 'curated',
          basicCode: previous[0]?.basicCode ?? null,
          title: input.title,
          body: input.body,
          owner: input.owner,
          reviewOn: input.reviewOn,
          createdAt: clock.now(),
        };
        await tx.insert(hotlineArticles).values(articleRow(draft));
        await deps.audit.record(tx, context, {
          action: 'hotline.article.publish',
          subjectType: 'article',
          subjectId: id,
          details: { version, by: actorRef(context.actor).label },
        });
        return toArticle({ ...draft, searchTitle: '', searchBody: '', searchVector: null as unknown as string });
      });
      articleIndex.invalidate();
      return published;
    },
  };
}

export type KnowledgeBase = ReturnType<typeof createKnowledgeBase>;
