import { it } from 'vitest';
import { openTestApp } from '../../testing/test-app';
import { sessionForAccount } from '../../testing/test-actors';
import { caller, TINY_PDF, fillForm } from './cases.test-kit';

it('explore', async () => {
  const t = await openTestApp({ now: '2018-09-27T02:00:00Z' });
  const call = caller(t);
  const db = t.database.db;
  const now = new Date('2018-09-27T02:00:00Z');
  const zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 1)]);
  const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 2)]);
  const cases: [string, Buffer, string][] = [
    ['zip as zip', ZIP, 'application/zip'],
    ['zip as octet', ZIP, 'application/octet-stream'],
    ['zip as pdf', ZIP, 'application/pdf'],
    ['html as html', HTML, 'text/html'],
    ['html as plain', HTML, 'text/plain'],
    ['html as pdf', HTML, 'application/pdf'],
    ['html as octet', HTML, 'application/octet-stream'],
    ['png as pdf', PNG, 'application/pdf'],
    ['png as png', PNG, 'image/png'],
    ['max+1', Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - TINY_PDF.length, 0x20)]), 'application/pdf'],
    ['max+2', Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024 + 2 - TINY_PDF.length, 0x20)]), 'application/pdf'],
    ['max', Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024 - TINY_PDF.length, 0x20)]), 'application/pdf'],
    ['20MB', Buffer.concat([TINY_PDF, Buffer.alloc(20 * 1024 * 1024, 0x20)]), 'application/pdf'],
  ];
  for (const [name, bytes, type] of cases) {
    const r = await call('POST', '/api/uploads', zhang, bytes, { 'content-type': type });
    console.log(name, r.statusCode, r.body.slice(0, 400));
  }
  const prep = await call('POST', '/api/applications/prepare', zhang, {
    target: { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' },
    form: { entity_form: 'limited_company' },
  });
  const p = prep.json();
  console.log('prefilled', JSON.stringify(p.prefilled));
  console.log(
    'fields',
    JSON.stringify(p.fields.map((f: any) => [f.key, f.type, f.required, f.appliesWhen?.field, f.prefill?.registry])),
  );
  const full = fillForm(p, '2018-09-27', { entity_form: 'limited_company' });
  for (const pf of p.prefilled) delete full[pf.field];
  const r = await call('POST', '/api/applications', zhang, { target: p.target, form: full, submit: false });
  console.log('without prefilled draft', r.statusCode, r.body.slice(0, 300));
  const r2 = await call('POST', '/api/applications', zhang, { target: p.target, form: full });
  console.log('without prefilled submit', r2.statusCode, r2.body.slice(0, 600));
  const r3 = await call('POST', '/api/applications', zhang, { target: p.target, form: {} });
  console.log('empty', r3.statusCode, r3.body.slice(0, 3000));
  const r4 = await call(
    'POST',
    '/api/applications',
    zhang,
    { target: p.target, form: {} },
    { 'idempotency-key': 'bad key!' },
  );
  console.log('badkey', r4.statusCode, r4.body.slice(0, 600));
  await t.close();
});
