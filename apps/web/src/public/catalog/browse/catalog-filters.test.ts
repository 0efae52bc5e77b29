import { describe, expect, it } from 'vitest';
import { catalogSearchParams, itemListQueryOf, readCatalogFilters, withFilter } from './catalog-filters';

describe('catalog filters in the URL', () => {
  it('reads every filter and writes the same query back', () => {
    const query =
      'region=370202&q=%E5%BC%80%E5%8A%9E&department=market_regulation&audience=legal_person&theme=%E4%BC%81%E4%B8%9A%E5%BC%80%E5%8A%9E&oneVisit=true&online=true&page=3';
    const filters = readCatalogFilters(new URLSearchParams(query));
    expect(filters).toEqual({
      region: '370202',
      q: '开办',
      department: 'market_regulation',
      audience: 'legal_person',
      theme: '企业开办',
      oneVisit: true,
      online: true,
      page: 3,
    });
    expect(catalogSearchParams(filters).toString()).toBe(query);
  });

  it('drops values the API would reject instead of sending them on', () => {
    const filters = readCatalogFilters(
      new URLSearchParams('region=370202001&department=police&audience=alien&page=-2&oneVisit=yes'),
    );
    expect(filters).toEqual({ oneVisit: false, online: false, page: 1 });
  });

  it('treats the province as no region filter and stops at counties', () => {
    expect(readCatalogFilters(new URLSearchParams('region=37')).region).toBeUndefined();
    expect(readCatalogFilters(new URLSearchParams('region=3702')).region).toBe('3702');
    expect(readCatalogFilters(new URLSearchParams('region=4401')).region).toBeUndefined();
  });

  it('starts again from the first page when a filter changes', () => {
    const filters = readCatalogFilters(new URLSearchParams('q=营业执照&page=4'));
    expect(withFilter(filters, { region: '3702' }).page).toBe(1);
  });

  it('sends the "only" switches only when they are on', () => {
    const query = itemListQueryOf(readCatalogFilters(new URLSearchParams('oneVisit=false')));
    expect(query.oneVisit).toBeUndefined();
    expect(query.online).toBeUndefined();
    expect(query.pageSize).toBe(10);
  });
});
