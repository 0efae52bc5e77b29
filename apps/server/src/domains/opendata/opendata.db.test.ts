import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { insertTestBulletin, insertTestCase, insertTestRating } from '../../testing/test-rows';

/** The open-data portal's API: catalog, paged and filtered rows, downloads in three formats. */
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('open data', () => {
  it('lists the datasets with their catalog, filtered by theme and publisher', async () => {
    const all = await get('/api/open-data/datasets');
    expect(all.statusCode).toBe(200);
    expect(all.json().map((d: { id: string }) => d.id)).toEqual([
      'service-points',
      'departments',
      'service-items',
      'service-implementations',
      'working-calendar',
      'case-figures',
      'rating-figures',
      'bulletins',
    ]);
    expect(all.json()[0]).toMatchObject({ theme: '政务服务', frequency: '每日', downloads: 0 });
    const byTheme = await get(`/api/open-data/datasets?theme=${encodeURIComponent('机构信息')}`);
    expect(byTheme.json().map((d: { id: string }) => d.id)).toEqual(['departments']);
    const nobody = await get(`/api/open-data/datasets?publisher=${encodeURIComponent('不存在的部门')}`);
    expect(nobody.json()).toEqual([]);
  });

  it('pages, filters by a field and selects fields', async () => {
    const first = await get('/api/open-data/datasets/departments/rows?pageSize=2');
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
    const regionCode = body.items[0].regionCode as string;
    const filtered = await get(
      `/api/open-data/datasets/departments/rows?field=regionCode&value=${regionCode}&fields=name,regionCode&pageSize=500`,
    );
    const rows = filtered.json().items as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.regionCode === regionCode && Object.keys(row).join() === 'name,regionCode')).toBe(
      true,
    );
  });

  it('pages service points by key: after=next gives the rows page numbers give, uncounted', async () => {
    const entry = (await get('/api/open-data/datasets/service-points')).json();
    expect(entry.key).toEqual(['regionCode', 'id']);
    const url = '/api/open-data/datasets/service-points/rows?pageSize=5&fields=id,name';
    const second = (await get(`${url}&page=2`)).json();
    const first = (await get(url)).json();
    expect(JSON.parse(first.next)).toEqual([expect.any(String), first.items[4].id]);
    const after = (await get(`${url}&after=${encodeURIComponent(first.next)}`)).json();
    expect(after).toMatchObject({ items: second.items, total: null, page: null, pageSize: 5 });
    expect(JSON.parse(after.next)[1]).toBe(second.items[4].id);
    // A key made up by the client starts at the first row after it; past the end, no next.
    const fromRegion = (await get(`${url}&after=${encodeURIComponent('["3702",""]')}`)).json();
    expect(fromRegion.items.length).toBe(5);
    const end = (await get(`${url}&after=${encodeURIComponent('["38",""]')}`)).json();
    expect(end).toMatchObject({ items: [], next: null });
  });

  it('pages by key with a filter and in a dataset kept in memory, and refuses a malformed key', async () => {
    const url =
      '/api/open-data/datasets/working-calendar/rows?pageSize=3&field=kind&value=%E6%B3%95%E5%AE%9A%E8%8A%82%E5%81%87%E6%97%A5';
    const byNumber = (await get(`${url}&page=2`)).json();
    const first = (await get(url)).json();
    expect((await get(`${url}&after=${encodeURIComponent(first.next)}`)).json().items).toEqual(byNumber.items);
    for (const after of ['not-json', '["3701"]', '[3701,"x"]', '{"a":1}']) {
      const response = await get(`/api/open-data/datasets/service-points/rows?after=${encodeURIComponent(after)}`);
      expect(response.statusCode, after).toBe(400);
      expect(response.json(), after).toMatchObject({ code: 'DATASET_AFTER_INVALID', fields: [{ path: 'after' }] });
    }
    const both = await get(
      `/api/open-data/datasets/service-points/rows?page=2&after=${encodeURIComponent(first.next)}`,
    );
    expect(both.json()).toMatchObject({ code: 'DATASET_PAGE_WITH_AFTER' });
  });

  it('answers a query naming an unknown field with 400 naming it, and an unknown dataset with 404', async () => {
    for (const url of [
      '/api/open-data/datasets/departments/rows?field=idNumber&value=1',
      '/api/open-data/datasets/departments/rows?fields=name,idNumber',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'DATASET_FIELD_UNKNOWN', fields: [{ message: 'idNumber' }] });
    }
    const unknownParameter = await get('/api/open-data/datasets/departments/rows?where=1');
    expect(unknownParameter.statusCode).toBe(400);
    const missing = await get('/api/open-data/datasets/population/rows');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'DATASET_NOT_FOUND' });
  });

  it('downloads CSV, JSON and XLSX with the same rows, and counts each download', async () => {
    const rows = (await get('/api/open-data/datasets/departments/rows?pageSize=500')).json();
    const csv = await get('/api/open-data/datasets/departments/download?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('编号,名称,类别,区划代码,统一社会信用代码');
    expect(lines).toHaveLength(rows.total + 1);
    const json = await get('/api/open-data/datasets/departments/download?format=json');
    expect(json.json().rows).toHaveLength(rows.total);
    const xlsx = await get('/api/open-data/datasets/departments/download?format=xlsx');
    expect(xlsx.headers['content-disposition']).toContain('departments.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('名称');
    expect(sheet.rowCount).toBe(rows.total + 1);
    expect(sheet.getRow(2).getCell(2).value).toBe(rows.items[0].name);
    const entry = await get('/api/open-data/datasets/departments');
    expect(entry.json().downloads).toBe(3);
  });

  it('lists every dataset operation in the API document', async () => {
    const document = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/api/open-data/'))).toEqual([
      '/api/open-data/datasets',
      '/api/open-data/datasets/{id}',
      '/api/open-data/datasets/{id}/rows',
      '/api/open-data/datasets/{id}/download',
    ]);
  });

  it('serves the service catalog and its implementations, filtered in the query', async () => {
    const items = (await get('/api/open-data/datasets/service-items/rows?pageSize=500')).json();
    expect(items.total).toBeGreaterThanOrEqual(80);
    expect(items.items[0]).toMatchObject({ basicCode: expect.any(String), version: 1, oneVisit: expect.any(Boolean) });
    const code = items.items[0].basicCode as string;
    const implementations = (
      await get(`/api/open-data/datasets/service-implementations/rows?field=basicCode&value=${code}&pageSize=500`)
    ).json();
    expect(implementations.total).toBeGreaterThan(0);
    expect(implementations.items.every((row: { basicCode: string }) => row.basicCode === code)).toBe(true);
    const second = (
      await get(`/api/open-data/datasets/service-implementations/rows?field=basicCode&value=${code}&pageSize=1&page=2`)
    ).json();
    expect(second.total).toBe(implementations.total);
    if (implementations.total > 1) expect(second.items[0]).toEqual(implementations.items[1]);
  });

  it('publishes the working-day calendar: holidays, make-up workdays and weekends', async () => {
    const day = async (date: string) =>
      (await get(`/api/open-data/datasets/working-calendar/rows?field=date&value=${date}`)).json().items[0];
    expect(await day('2026-10-01')).toMatchObject({ workingDay: false, kind: '法定节假日', holiday: '国庆节' });
    expect(await day('2026-10-09')).toMatchObject({ workingDay: true, kind: '工作日', weekday: 5 });
    expect(await day('2026-10-10')).toMatchObject({ workingDay: true, kind: '调休上班', weekday: 6 });
    const provisional = (
      await get('/api/open-data/datasets/working-calendar/rows?field=provisional&value=true&pageSize=1')
    ).json();
    expect(provisional.items[0].date >= '2027-01-01').toBe(true);
  });

  it('reads case figures from the rollups and withholds counts under 5: no row and no filter reveals them', async () => {
    const insert = (regionCode: string, status: string) =>
      insertTestCase(t.database.db, {
        applicantId: '370102199001011234',
        regionCode,
        status,
        receivedOn: '2026-10-12',
      });
    for (let i = 0; i < 6; i += 1) await insert('370112', i < 2 ? 'completed' : 'in_review');
    for (let i = 0; i < 3; i += 1) await insert('370113', 'completed');
    // Received in the city itself: six, five of them completed (one left open, so not shown).
    for (let i = 0; i < 6; i += 1) await insert('3701', i < 5 ? 'completed' : 'in_review');
    const rowsOfOctober = async () =>
      (await get('/api/open-data/datasets/case-figures/rows?field=month&value=2026-10&pageSize=500')).json()
        .items as Record<string, unknown>[];
    // Until the rollups fold them in, the cases are not in the dataset: it never reads the cases.
    expect((await rowsOfOctober()).find((r) => r.regionCode === '370112')).toBeUndefined();
    await t.services.rollups.rebuild(null);
    const rows = await rowsOfOctober();
    expect(rows.find((r) => r.regionCode === '370112')).toEqual({
      regionCode: '370112',
      month: '2026-10',
      received: 6,
      completed: null,
    });
    expect(rows.find((r) => r.regionCode === '370113')).toMatchObject({ received: null, completed: null });
    // Each region's own cases only: the city's row is not its subtree, so no difference of rows
    // gives the three withheld cases of 370113; and the province holds none of its own.
    expect(rows.find((r) => r.regionCode === '3701')).toEqual({
      regionCode: '3701',
      month: '2026-10',
      received: 6,
      completed: null,
    });
    expect(rows.find((r) => r.regionCode === '37')).toBeUndefined();
    const probe = (await get('/api/open-data/datasets/case-figures/rows?field=received&value=3')).json();
    expect(probe.total).toBe(0);
  });

  it('publishes the published bulletins with their sealed PDF link, never a draft', async () => {
    const publishedAt = new Date('2018-10-08T17:30:00Z');
    await insertTestBulletin(t.database.db, { id: 'b-draft', status: 'draft', number: null, publishedAt: null });
    await insertTestBulletin(t.database.db, {
      id: 'b-1',
      status: 'published',
      number: '鲁一次办好通〔2018〕1号',
      publishedAt,
    });
    await insertTestBulletin(t.database.db, {
      id: 'b-2',
      status: 'archived',
      number: '鲁一次办好通〔2018〕2号',
      publishedAt,
    });
    const body = (await get('/api/open-data/datasets/bulletins/rows?pageSize=500')).json();
    expect(body.total).toBe(2);
    expect(body.items[0]).toEqual({
      number: '鲁一次办好通〔2018〕1号',
      title: '测试通报 b-1',
      // 17:30 UTC is the next morning in China.
      publishedOn: '2018-10-09',
      periodFrom: '2018-07-01',
      periodTo: '2018-09-30',
      publisher: '山东省人民政府办公厅',
      status: '已发布',
      correctsNumber: null,
      pdfUrl: 'http://yici.test/api/public/bulletins/b-1/pdf',
    });
    expect(body.items[1]).toMatchObject({ number: '鲁一次办好通〔2018〕2号', status: '已归档' });
    const pdf = await get('/api/public/bulletins/b-1/pdf');
    expect(pdf.statusCode).toBe(200);
    const probe = (
      await get(`/api/open-data/datasets/bulletins/rows?field=title&value=${encodeURIComponent('测试通报 b-draft')}`)
    ).json();
    expect(probe.total).toBe(0);
  });

  it('publishes rating figures per department and month, without raters or comments', async () => {
    const departmentId = '3701-approval_bureau';
    for (const level of [1, 1, 2, 5])
      await insertTestRating(t.database.db, {
        level,
        regionCode: '3701',
        departmentId,
        departmentName: '济南市行政审批服务局',
        createdOn: '2026-10-15',
      });
    const rows = (
      await get(`/api/open-data/datasets/rating-figures/rows?field=departmentId&value=${departmentId}`)
    ).json().items;
    expect(rows).toEqual([
      {
        month: '2026-10',
        regionCode: '3701',
        departmentId,
        departmentName: '济南市行政审批服务局',
        ratings: 4,
        satisfied: 3,
        bad: 1,
        satisfiedShare: 0.75,
      },
    ]);
  });
});
