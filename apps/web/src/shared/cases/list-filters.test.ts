import { describe, expect, it } from 'vitest';
import { filtersOf, paramsOf } from './list-filters';

describe('inbox filters in the address', () => {
  it('reads the filters and the page, treating empty values as absent', () => {
    expect(filtersOf(new URLSearchParams('status=submitted&due=&page=3'), ['status', 'due'])).toEqual({
      status: 'submitted',
      due: undefined,
      page: 3,
    });
  });

  it('writes back only what narrows the list', () => {
    expect(paramsOf({ status: 'in_review', due: undefined, q: '', page: 1 })).toEqual({ status: 'in_review' });
  });
});
