import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t?.close());

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
};
const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

describe('catalog search', () => {
  it('finds the business licence item for "营业执照"', async () => {
    const { status, body } = await get(`/api/catalog/items?q=${encodeURIComponent('营业执照')}`);
    expect(status).toBe(200);
    expect(names(body)).toContain('企业设立登记');
  });

  it('finds the 企业开办 items for "开办"', async () => {
    const { body } = await get(`/api/catalog/items?q=${encodeURIComponent('开办')}&pageSize=50`);
    expect(names(body)).toEqual(expect.arrayContaining(['企业设立登记']));
    expect(body.total).toBeGreaterThanOrEqual(4);
  });

  it('lists the implementations of every one of the 17 cities of 2018', async () => {
    const cities = (await get('/api/regions?parent=37&asOf=2018-10-01')).body as { code: string }[];
    expect(cities).toHaveLength(17);
    for (const city of cities) {
      const { status, body } = await get(`/api/catalog/items?region=${city.code}&asOf=2018-10-01&pageSize=5`);
      expect(status).toBe(200);
      expect(body.total).toBeGreaterThanOrEqual(60);
      expect(body.items[0].code).toHaveLength(31);
    }
  });

  it('publishes the second batch only from its date', async () => {
    const batches = (await get('/api/catalog/batches')).body as {
      id: string;
      publishedOn: string;
      itemCount: number;
    }[];
    expect(batches).toHaveLength(2);
    const [first, second] = batches;
    const dayBefore = new Date(Date.parse(second!.publishedOn) - 86_400_000).toISOString().slice(0, 10);
    expect((await get(`/api/catalog/items?asOf=${dayBefore}`)).body.total).toBe(first!.itemCount);
    expect((await get(`/api/catalog/items?asOf=${second!.publishedOn}`)).body.total).toBe(
      first!.itemCount + second!.itemCount,
    );
    expect((await get('/api/catalog/items?asOf=2018-01-01')).body.total).toBe(0);
  });

  it('filters by department, audience, one-visit and fully online', async () => {
    const market = (await get('/api/catalog/items?department=market_regulation&pageSize=100')).body;
    expect(market.items.every((i: { departmentKind: string }) => i.departmentKind === 'market_regulation')).toBe(true);
    const people = (await get('/api/catalog/items?audience=person&pageSize=100')).body;
    expect(people.items.every((i: { audiences: string[] }) => i.audiences.includes('person'))).toBe(true);
    const oneVisit = (await get('/api/catalog/items?oneVisit=true&pageSize=100')).body;
    expect(oneVisit.items.every((i: { visits: number; oneVisit: boolean }) => i.oneVisit)).toBe(true);
    const online = (await get('/api/catalog/items?online=true&pageSize=100')).body;
    expect(online.items.every((i: { onlineDepth: number }) => i.onlineDepth === 4)).toBe(true);
  });

  it('caps the page size and refuses unknown filters', async () => {
    expect((await get('/api/catalog/items?pageSize=101')).body.fields[0].path).toBe('querystring.pageSize');
    expect((await get('/api/catalog/items?colour=red')).status).toBe(400);
  });

  it('answers an unknown region with 404', async () => {
    const { status, body } = await get('/api/catalog/items?region=3799');
    expect(status).toBe(404);
    expect(body.code).toBe('REGION_NOT_FOUND');
  });
});

describe('item guides', () => {
  it('returns the standard item by its basic code and an implementation by its 31-character code', async () => {
    const hit = (await get(`/api/catalog/items?region=3702&q=${encodeURIComponent('企业设立登记')}`)).body.items[0];
    const standard = await get(`/api/catalog/items/${hit.basicCode}`);
    expect(standard.status).toBe(200);
    expect(standard.body.kind).toBe('standard');
    expect(standard.body.item.materials.length).toBeGreaterThan(0);
    expect(standard.body.implementationCount).toBeGreaterThanOrEqual(17);
    const implementation = await get(`/api/catalog/items/${hit.code}`);
    expect(implementation.body.kind).toBe('implementation');
    expect(implementation.body.item.regionName).toBe('青岛市');
    expect(implementation.body.item.implementingBody.name).toContain('青岛市');
  });

  it('names the part of a malformed basic code that is wrong', async () => {
    const { status, body } = await get('/api/catalog/items/379913001000');
    expect(status).toBe(400);
    expect(body.code).toBe('ITEM_CODE_INVALID');
    expect(body.fields.map((f: { path: string }) => f.path)).toContain('code.itemType');
  });

  it('names the length when a code is neither 12 nor 31 characters', async () => {
    const { status, body } = await get('/api/catalog/items/3701');
    expect(status).toBe(400);
    expect(body.fields[0].message).toContain('12');
  });

  it('answers a well-formed but unknown code with 404', async () => {
    const { status, body } = await get('/api/catalog/items/370113999000');
    expect(status).toBe(404);
    expect(body.code).toBe('ITEM_NOT_FOUND');
  });
});

describe('bundles', () => {
  it('lists the bundles with their targets: 3, 5 and 45 working days', async () => {
    const { body } = await get('/api/catalog/bundles');
    const targets = Object.fromEntries(body.map((b: { name: string; targetDays: number }) => [b.name, b.targetDays]));
    expect(Object.values(targets)).toEqual(expect.arrayContaining([3, 5, 45]));
    expect(body.length).toBeGreaterThanOrEqual(10);
  });

  it('draws 企业开办 with the business licence before seal engraving', async () => {
    const list = (await get('/api/catalog/bundles')).body as { id: string; targetDays: number }[];
    const opening = list.find((b) => b.targetDays === 3)!;
    const { body } = await get(`/api/catalog/bundles/${opening.id}`);
    const licence = body.steps.find((s: { name: string }) => s.name.includes('设立登记'));
    const seal = body.steps.find((s: { name: string }) => s.name.includes('公章') || s.name.includes('印章'));
    expect(seal.dependsOn).toContain(licence.key);
  });

  it('answers an unknown bundle with 404', async () => {
    expect((await get('/api/catalog/bundles/no-such-thing')).body.code).toBe('BUNDLE_NOT_FOUND');
  });
});

describe('consistency report', () => {
  it('finds the seeded local deviations and the QA defects', async () => {
    const { status, body } = await get('/api/catalog/consistency');
    expect(status).toBe(200);
    expect(body.itemCount).toBeGreaterThanOrEqual(60);
    expect(body.deviatingImplementationCount).toBeGreaterThanOrEqual(8);
    const kinds = new Set(body.deviations.map((d: { kind: string }) => d.kind));
    for (const kind of ['extra', 'missing', 'looser']) expect(kinds).toContain(kind);
    const rules = new Set(body.qaFindings.map((f: { rule: string }) => f.rule));
    for (const rule of ['FEE_BASIS_REQUIRED', 'VISIT_REASON_REQUIRED', 'PHONES_MUST_DIFFER'])
      expect(rules).toContain(rule);
  });

  it('narrows the report to one city', async () => {
    const { body } = await get('/api/catalog/consistency?region=3702');
    expect(body.deviations.every((d: { regionCode: string }) => d.regionCode.startsWith('3702'))).toBe(true);
  });
});
