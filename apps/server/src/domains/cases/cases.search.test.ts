import { describe, expect, it } from 'vitest';
import { caseSearchTermsOf, MAX_SEARCH_TERMS_BYTES, parseCaseSearch } from './cases.search';

describe('a case’s stored search terms', () => {
  it('hold the bigrams of the title and the applicant’s name', () => {
    const terms = caseSearchTermsOf('济南泉城商贸有限公司', '企业开办').split(' ');
    expect(terms).toEqual(expect.arrayContaining(['企业', '开办', '济南', '泉城', '商贸']));
  });

  it('stay within the list index’s entry size however long a registered name is, the title kept first', () => {
    const longName = '山东省济南市历下区泉城路'.repeat(60) + '有限公司';
    const stored = caseSearchTermsOf(longName, '食品经营许可');
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(MAX_SEARCH_TERMS_BYTES);
    expect(stored.split(' ')).toEqual(expect.arrayContaining(['食品', '经营', '许可', '济南']));
    const { terms } = parseCaseSearch('泉城') as { terms: string[] };
    expect(stored.split(' ')).toEqual(expect.arrayContaining(terms));
  });
});
