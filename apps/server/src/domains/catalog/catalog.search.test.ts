import { describe, expect, it } from 'vitest';
import { indexTermsOf, searchTermsOf, tsQueryOf } from './catalog.search';

describe('Chinese search terms', () => {
  it('splits Han text into overlapping bigrams', () => {
    expect(searchTermsOf('营业执照')).toEqual(['营业', '业执', '执照']);
  });

  it('keeps Latin words and digits whole and lower-cased', () => {
    expect(searchTermsOf('ETC 办理 2024')).toEqual(['办理', 'etc', '2024']);
  });

  it('indexes single characters so a one-character query matches', () => {
    expect(indexTermsOf(['企业开办']).split(' ')).toEqual(expect.arrayContaining(['企业', '开办', '企', '办']));
    expect(tsQueryOf('证')).toBe("'证'");
  });

  it('requires every bigram of the query', () => {
    expect(tsQueryOf('开办企业')).toBe("'开办' & '办企' & '企业'");
  });

  it('has nothing to search for punctuation only', () => {
    expect(tsQueryOf('“”、！')).toBeNull();
  });
});
