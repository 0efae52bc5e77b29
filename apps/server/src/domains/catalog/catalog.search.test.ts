import { describe, expect, it } from 'vitest';
import {
  expandedTsQueryOf,
  indexTermsOf,
  matchesAny,
  queryAlternatives,
  searchTermsOf,
  termSetOf,
  tsQueryOf,
} from './catalog.search';
import { readSearchVocabulary } from './catalog.vocabulary';

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

describe('everyday words', () => {
  const vocabulary = {
    fillers: ['我要', '需要什么', '材料'],
    synonyms: [{ everyday: ['卖房'], catalog: ['不动产转移登记', '存量房'] }],
  };

  it('searches for the catalog words of an everyday word as well as for the words typed', () => {
    expect(queryAlternatives('卖房', vocabulary)).toEqual(['卖房', '不动产转移登记', '存量房']);
    expect(expandedTsQueryOf('卖房', vocabulary)).toBe(
      "('卖房') | ('不动' & '动产' & '产转' & '转移' & '移登' & '登记') | ('存量' & '量房')",
    );
  });

  it('drops fillers that are in no item text, so they do not veto a match', () => {
    expect(queryAlternatives('我要卖房需要什么材料', vocabulary)).toEqual(['卖房', '不动产转移登记', '存量房']);
  });

  it('keeps a query made only of fillers as typed rather than matching everything', () => {
    expect(queryAlternatives('材料', vocabulary)).toEqual(['材料']);
  });

  it('leaves a query without everyday words as it was', () => {
    expect(expandedTsQueryOf('营业执照', vocabulary)).toBe(tsQueryOf('营业执照'));
  });

  it('matches a text holding every term of one alternative', () => {
    expect(matchesAny(termSetOf(['不动产转移登记（存量房买卖）']), ['存量房'])).toBe(true);
    expect(matchesAny(termSetOf(['企业开办']), ['存量房', '卖房'])).toBe(false);
  });
});

describe('the shipped vocabulary', () => {
  it('loads, and no everyday word is also a filler', () => {
    const shipped = readSearchVocabulary();
    expect(shipped.synonyms.length).toBeGreaterThan(30);
    const fillers = new Set(shipped.fillers);
    for (const row of shipped.synonyms) for (const word of row.everyday) expect(fillers.has(word)).toBe(false);
  });
});
