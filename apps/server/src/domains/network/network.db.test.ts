import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUscc } from '../../platform/codes';
import { openTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t?.close());

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json(), type: response.headers['content-type'] };
};

describe('regions', () => {
  it('lists the 17 cities of 2018, 莱芜市 among them', async () => {
    const { status, body } = await get('/api/regions?parent=37&asOf=2018-07-01');
    expect(status).toBe(200);
    expect(body).toHaveLength(17);
    expect(body.map((r: { name: string }) => r.name)).toContain('莱芜市');
  });

  it('lists 16 cities after 莱芜市 merged into 济南市 in January 2019', async () => {
    const { body } = await get('/api/regions?parent=37&asOf=2019-06-01');
    expect(body).toHaveLength(16);
    expect(body.map((r: { code: string }) => r.code)).not.toContain('3712');
  });

  it('shows 莱芜区 under 济南市 only from 2019-01-09', async () => {
    const before = (await get('/api/regions?parent=3701&asOf=2018-12-31')).body.map((r: { code: string }) => r.code);
    const after = (await get('/api/regions?parent=3701&asOf=2019-01-09')).body.map((r: { code: string }) => r.code);
    expect(before).not.toContain('370116');
    expect(after).toContain('370116');
  });

  it('marks which regions have children', async () => {
    const cities = (await get('/api/regions?parent=37')).body;
    expect(cities.every((r: { hasChildren: boolean }) => r.hasChildren)).toBe(true);
    const villages = (await get('/api/regions?parent=370102001')).body;
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((r: { hasChildren: boolean }) => !r.hasChildren)).toBe(true);
  });

  it('returns the province at the top level and a path for any region', async () => {
    expect((await get('/api/regions')).body.map((r: { code: string }) => r.code)).toEqual(['37']);
    const { body } = await get('/api/regions/370102');
    expect(body.path.map((p: { name: string }) => p.name)).toEqual(['山东省', '济南市', '历下区']);
  });

  it('answers an unknown region with a 404 problem naming the region', async () => {
    const { status, body, type } = await get('/api/regions?parent=3799');
    expect(status).toBe(404);
    expect(type).toContain('application/problem+json');
    expect(body.code).toBe('REGION_NOT_FOUND');
    expect(body.fields[0].path).toBe('region');
  });

  it('answers a malformed region code with a 400 naming the query field', async () => {
    const { status, body } = await get('/api/regions?parent=37A');
    expect(status).toBe(400);
    expect(body.code).toBe('REQUEST_INVALID');
    expect(body.fields[0].path).toBe('querystring.parent');
  });

  it('refuses unknown query parameters', async () => {
    const { status, body } = await get('/api/regions?parent=37&colour=red');
    expect(status).toBe(400);
    expect(body.fields[0].path).toContain('querystring');
  });
});

describe('departments', () => {
  it('gives every city an approval bureau with a valid USCC', async () => {
    const { body } = await get('/api/network/departments?kind=approval_bureau');
    const cities = body.filter((d: { level: string }) => d.level === 'city');
    expect(cities).toHaveLength(17);
    for (const d of body) expect(checkUscc(d.uscc)).toEqual({ valid: true });
  });

  it('has the province, city and county departments the reform names', async () => {
    const { body } = await get('/api/network/departments?region=3702');
    const kinds = body.map((d: { kind: string }) => d.kind);
    for (const kind of ['market_regulation', 'public_security', 'taxation', 'natural_resources', 'power_utility']) {
      expect(kinds).toContain(kind);
    }
  });
});

describe('service points', () => {
  it('lists the county hall first, then its kiosk, centres and stations', async () => {
    const { status, body } = await get('/api/network/service-points?region=370102&pageSize=100');
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ kind: 'hall', name: '历下区政务服务中心', intake: 'all' });
    const kinds = new Set(body.items.map((p: { kind: string }) => p.kind));
    expect(kinds).toEqual(new Set(['hall', 'kiosk', 'centre', 'station']));
    expect(body.total).toBeGreaterThan(10);
  });

  it('caps the page size with a problem naming the field', async () => {
    const { status, body } = await get('/api/network/service-points?region=37&pageSize=500');
    expect(status).toBe(400);
    expect(body.fields[0].path).toBe('querystring.pageSize');
  });

  it('gives halls a street address, not their own name again, and opening hours', async () => {
    const { body } = await get('/api/network/service-points?region=370102&kind=hall');
    const hall = body.items[0] as { name: string; address: string; openingHours: string };
    expect(hall.address).toMatch(/^山东省济南市历下区\S+(路|大街|大道)\d+号$/);
    expect(hall.address).not.toContain(hall.name);
    expect(hall.openingHours).toMatch(/\d{1,2}:\d{2}/);
  });

  it('answers one service point by its id, and an unknown id with a problem', async () => {
    const hall = (await get('/api/network/service-points?region=370102&kind=hall')).body.items[0] as {
      id: string;
      name: string;
    };
    const one = await get(`/api/network/service-points/${hall.id}`);
    expect(one.status).toBe(200);
    expect(one.body.name).toBe(hall.name);
    const missing = await get('/api/network/service-points/no-such-point');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('SERVICE_POINT_NOT_FOUND');
  });

  it('finds service points by words of the name and the address together', async () => {
    const hall = (await get('/api/network/service-points?region=370102&kind=hall')).body.items[0] as {
      id: string;
      address: string;
    };
    const street = hall.address.replace(/^山东省济南市历下区/, '').replace(/\d+号$/, '');
    const { status, body } = await get(
      `/api/network/service-points?region=3701&q=${encodeURIComponent(`历下区 ${street}`)}`,
    );
    expect(status).toBe(200);
    expect(body.items.map((p: { id: string }) => p.id)).toContain(hall.id);
    for (const point of body.items as { name: string; address: string }[]) {
      expect(`${point.name} ${point.address}`).toContain(street);
    }
    const none = await get(`/api/network/service-points?region=37&q=${encodeURIComponent('不存在的网点名')}`);
    expect(none.body.total).toBe(0);
  });

  it('pages by key: after=id gives the rows page numbers give, uncounted, and ends with no next', async () => {
    const byNumber = (page: number) => get(`/api/network/service-points?region=3701&pageSize=7&page=${page}`);
    const [first, second, third] = [await byNumber(1), await byNumber(2), await byNumber(3)];
    expect(first.body.next).toBe(first.body.items[6].id);
    const after = await get(`/api/network/service-points?region=3701&pageSize=7&after=${first.body.next}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ items: second.body.items, total: null, page: null, pageSize: 7 });
    const next = await get(`/api/network/service-points?region=3701&pageSize=7&after=${after.body.next}`);
    expect(next.body.items).toEqual(third.body.items);
    const last = await byNumber(Math.ceil(first.body.total / 7));
    const lastAfter = await get(
      `/api/network/service-points?region=3701&pageSize=7&after=${last.body.items[last.body.items.length - 1].id}`,
    );
    expect(lastAfter.body).toMatchObject({ items: [], next: null });
    expect(last.body.next).toBeNull();
  });

  it('maps every service point of the province to its region, as the listing gives them', async () => {
    const { regions, count } = await t.services.network.servicePointRegions();
    const listed = await get('/api/network/service-points?region=37&pageSize=5');
    expect(Object.keys(regions)).toHaveLength(listed.body.total);
    expect(count).toBe(listed.body.total);
    expect(await t.services.network.countServicePoints()).toBe(count);
    const jinan = await get('/api/network/service-points?region=3701&pageSize=50');
    for (const point of jinan.body.items) expect(regions[point.id]).toBe(point.regionCode);
  });

  it('refuses an unknown after, and after with a page number, naming the field', async () => {
    const unknown = await get('/api/network/service-points?region=37&after=no-such-point');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'SERVICE_POINT_AFTER_UNKNOWN', fields: [{ path: 'after' }] });
    const id = (await get('/api/network/service-points?region=37&pageSize=1')).body.items[0].id as string;
    const both = await get(`/api/network/service-points?region=37&page=2&after=${id}`);
    expect(both.body).toMatchObject({ code: 'SERVICE_POINT_PAGE_WITH_AFTER', fields: [{ path: 'page' }] });
  });

  it('refuses a one-character search with a problem naming the field, rather than listing everything', async () => {
    const { status, body } = await get(`/api/network/service-points?region=37&q=${encodeURIComponent('区')}`);
    expect(status).toBe(400);
    expect(body.fields[0].path).toBe('querystring.q');
  });

  it('finds 莱芜市 halls as of 2018 and not today', async () => {
    expect((await get('/api/network/service-points?region=3712&asOf=2018-08-01')).status).toBe(200);
    expect((await get('/api/network/service-points?region=3712')).status).toBe(404);
  });
});
