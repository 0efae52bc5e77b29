import { describe, expect, it } from 'vitest';
import { indexTermsOf } from '../catalog/catalog.search';
import { buildArticleIndex } from './hotline.knowledge-index';

const article = (id: string, title: string, body: string) => ({
  id,
  version: 1,
  source: 'curated' as const,
  title,
  excerpt: body.slice(0, 160),
  searchTitle: indexTermsOf([title]),
  searchBody: indexTermsOf([body]),
});

describe('the in-memory knowledge index', () => {
  const index = buildArticleIndex('s1', [
    article('c', '历下区食品经营许可证常见问题', '食品经营许可证在历下区政务服务中心办理'),
    article('a', '食品经营许可证怎么办理', '所需材料：营业执照'),
    article('b', '营业执照怎么办理', '可以办理食品相关的登记'),
    article('d', '社保卡补办', '携带身份证到社保经办窗口'),
  ]);

  it('requires every bigram of the query and puts title matches first, shorter titles first', () => {
    expect(index.search('食品经营', 10).map((h) => h.id)).toEqual(['a', 'c']);
    expect(index.search('营业执照', 10).map((h) => h.id)).toEqual(['b', 'a']);
    expect(index.search('社保卡补办怎么', 10)).toEqual([]);
  });

  it('finds single characters, honours the limit and ignores queries with no searchable text', () => {
    expect(index.search('卡', 10).map((h) => h.id)).toEqual(['d']);
    expect(index.search('办理', 1).map((h) => h.id)).toEqual(['b']);
    expect(index.search('  ？！', 10)).toEqual([]);
  });
});
