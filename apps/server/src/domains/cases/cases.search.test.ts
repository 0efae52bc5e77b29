import { describe, expect, it } from 'vitest';
import { searchTermsOf } from '../catalog/catalog.search';
import {
  caseSearchTermsOf,
  MAX_SEARCH_TERMS_BYTES,
  parseCaseSearch,
  regionTokensOf,
  scopeTokenOf,
} from './cases.search';

describe('a case’s stored search terms', () => {
  it('hold the bigrams of the title and the applicant’s name', () => {
    const terms = caseSearchTermsOf('济南泉城商贸有限公司', '企业开办', '370102').split(' ');
    expect(terms).toEqual(expect.arrayContaining(['企业', '开办', '济南', '泉城', '商贸']));
  });

  it('stay within the list index’s entry size however long a registered name is, the title kept first', () => {
    const longName = '山东省济南市历下区泉城路'.repeat(60) + '有限公司';
    const stored = caseSearchTermsOf(longName, '食品经营许可', '370102001');
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(MAX_SEARCH_TERMS_BYTES);
    expect(stored.split(' ')).toEqual(expect.arrayContaining(['区划370102001', '食品', '经营', '许可', '济南']));
    const { terms } = parseCaseSearch('泉城') as { terms: string[] };
    expect(stored.split(' ')).toEqual(expect.arrayContaining(terms));
  });

  it('begin with a word for each level of the case’s region below the province', () => {
    expect(caseSearchTermsOf('李华', '企业开办', '370102001').split(' ').slice(0, 3)).toEqual([
      '区划3701',
      '区划370102',
      '区划370102001',
    ]);
    expect(regionTokensOf('370102001001')).toEqual(['区划3701', '区划370102', '区划370102001', '区划370102001001']);
    expect(regionTokensOf('37')).toEqual([]);
  });

  it('hold region words that no name, title or search can spell', () => {
    for (const text of ['区划370102', '区划 3701 公司', '3701区划'])
      expect(
        searchTermsOf(text).some((term) => regionTokensOf('370102').includes(term)),
        text,
      ).toBe(false);
  });
});

describe('a staff scope’s region word', () => {
  it('is the word of a city, county, town or village prefix, and none for the province or an odd prefix', () => {
    expect(scopeTokenOf('3701')).toBe('区划3701');
    expect(scopeTokenOf('370102')).toBe('区划370102');
    expect(scopeTokenOf('370102001')).toBe('区划370102001');
    expect(scopeTokenOf('37')).toBeNull();
    expect(scopeTokenOf('37010')).toBeNull();
    expect(scopeTokenOf('3701ab')).toBeNull();
  });
});
