import { afterAll, beforeAll, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount } from '../../testing/test-actors';
import { caller } from './cases.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: '2019-01-21T02:00:00Z' });
});
afterAll(async () => t?.close());

it('explore', async () => {
  const call = caller(t);
  const now = new Date('2019-01-21T02:00:00Z');
  const sp = await call('GET', '/api/network/service-points?region=370102&pageSize=100');
  console.log(
    'SP370102',
    sp.statusCode,
    JSON.stringify(
      sp.json().items.map((p: any) => [p.id, p.name, p.kind, p.regionCode, p.intake, (p.itemCodes || []).length]),
    ),
  );
  const sp2 = await call('GET', '/api/network/service-points?region=3702&pageSize=100');
  console.log(
    'SP3702',
    sp2.statusCode,
    JSON.stringify(
      sp2
        .json()
        .items?.slice(0, 5)
        .map((p: any) => [p.id, p.name, p.kind, p.regionCode, p.intake]),
    ),
  );
  for (const code of ['372006007000', '370412002000', '370706001000']) {
    const it = await call('GET', `/api/catalog/items/${code}`);
    const j = it.json();
    console.log(
      'ITEM',
      code,
      it.statusCode,
      JSON.stringify(Object.keys(j)),
      JSON.stringify(
        j.implementations?.slice?.(0, 30).map((i: any) => [i.implementationCode, i.regionCode, i.regionName]),
      ),
    );
  }
  const li = await sessionForAccount(t.database.db, 'demo-person-lisi', now);
  const act = await call('POST', '/api/me/acting-as', li, { uscc: '91370102MA3CYC01X5' });
  console.log('ACT', act.statusCode, act.body);
  const prep = await call('POST', '/api/applications/prepare', li, {
    target: { kind: 'bundle', bundleId: 'construction-project-approval', regionCode: '370102' },
    form: {},
  });
  const p = prep.json();
  console.log(
    'PREP',
    prep.statusCode,
    prep.statusCode !== 200
      ? prep.body
      : JSON.stringify({
          items: p.items.map((i: any) => [i.stepKey, i.departmentName, i.promisedLimitDays]),
          mats: p.materials.map((m: any) => [m.key, m.state, m.sourceKind, m.certificateType, m.required]),
          cands: p.certificateCandidates,
          fields: p.fields.map((f: any) => [f.key, f.type, f.required, f.appliesWhen]),
          prefilled: p.prefilled,
        }),
  );
  const zh = await sessionForAccount(t.database.db, 'demo-person-zhangsan', now);
  const prep2 = await call('POST', '/api/applications/prepare', zh, {
    target: { kind: 'bundle', bundleId: 'real-estate-transfer', regionCode: '370102' },
    form: {},
  });
  const q = prep2.json();
  console.log(
    'PREP2',
    prep2.statusCode,
    prep2.statusCode !== 200
      ? prep2.body
      : JSON.stringify({
          items: q.items.map((i: any) => [i.stepKey, i.implementationCode, i.departmentName, i.promisedLimitDays]),
          mats: q.materials.map((m: any) => [m.key, m.state, m.sourceKind, m.certificateType, m.required]),
          cands: q.certificateCandidates,
          fields: q.fields.map((f: any) => [
            f.key,
            f.type,
            f.required,
            f.appliesWhen,
            f.options?.map((o: any) => o.value),
          ]),
          prefilled: q.prefilled,
        }),
  );
  const clerk = await createTestSession(
    t.database.db,
    { kind: 'staff', roles: ['window_clerk'], regionCode: '3702' },
    now,
  );
  console.log(clerk.accountId);
});
