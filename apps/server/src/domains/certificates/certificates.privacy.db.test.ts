import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { DEMO_RESIDENTS } from '../registries/registries.demo';
import { buildCertificateIdentifier, parseCertificateIdentifier } from './certificates.identifier';
import { certificates } from './certificates.tables';

/*
 * Public verification shows validity, not people: an identifier alone (guessable: one serial
 * counter, a public check character) yields whether a certificate holds; its content goes only to
 * whoever presents the document itself or a share code (亮证码) the holder made.
 */
let t: TestApp;
let zhang: TestSession;
let li: TestSession;
let clerk: TestSession;
const { zhangSan } = DEMO_RESIDENTS;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await openTestApp();
  zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan');
  li = await sessionForAccount(t.database.db, 'demo-person-lisi');
  clerk = await createTestSession(t.database.db, { kind: 'staff', roles: ['window_clerk'], regionCode: '3701' });
});
afterAll(async () => t?.close());

async function call(method: 'GET' | 'POST' | 'DELETE', url: string, session?: TestSession | null, payload?: unknown) {
  const response = await t.app.inject({
    method,
    url,
    headers: session?.headers ?? {},
    ...(payload !== undefined ? { payload: payload as string } : {}),
  });
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  return { status: response.statusCode, body: isJson ? response.json() : undefined, raw: response.rawPayload };
}

async function identityCardOf(session: TestSession) {
  const wallet = (await call('GET', '/api/me/certificates', session)).body as {
    identifier: string;
    type: { slug: string };
    contentHash: string;
  }[];
  return wallet.find((c) => c.type.slug === 'identity_card')!;
}

/**
 * Every personal value a certificate row holds: the holder, and each field of its data but the
 * issuing body and the issue date (public), and short numbers that match anything by chance.
 */
function personalValuesOf(row: typeof certificates.$inferSelect, issuedOn: string): string[] {
  const masked = /^\d{17}[\dX]$/.test(row.holderId) ? [`${row.holderId.slice(0, 6)}********`] : [];
  const data = Object.values(row.data)
    .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
    .map(String)
    .filter((value) => (/^\d+$/.test(value) ? value.length >= 6 : value.length >= 2))
    .filter((value) => ![row.issuerName, row.issuerUscc, issuedOn].includes(value));
  return [row.holderName, row.holderId, ...masked, ...data];
}

describe('verification by identifier alone', () => {
  it('gives anonymous callers no personal field of any certificate, whichever they look up', async () => {
    const rows = await t.database.db.select().from(certificates);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const { status, body } = await call('POST', '/api/certificates/verify', null, { identifier: row.identifier });
      expect(status).toBe(200);
      expect(Object.keys(body.validity).sort()).toEqual(['identifier', 'issuedOn', 'issuer', 'status', 'type']);
      expect(body).toMatchObject({ disclosure: 'validity', certificate: null, annotation: null, sharedUntil: null });
      const text = JSON.stringify(body);
      for (const value of personalValuesOf(row, body.validity.issuedOn))
        expect(text, `${row.identifier} shows ${value}`).not.toContain(value);
      // The content hash is what the QR link proves possession with: never handed out.
      expect(text).not.toContain(row.contentHash.slice(0, 16));
    }
  });

  it('finds nothing personal walking the serial counter, as the attack did', async () => {
    const card = await identityCardOf(zhang);
    const parsed = parseCertificateIdentifier(card.identifier);
    if (!parsed.ok) throw new Error('the seeded identifier does not parse');
    let found = 0;
    for (let serial = 1; serial <= 40; serial++) {
      const identifier = buildCertificateIdentifier({ ...parsed.parts, serial, version: 1 });
      const { status, body } = await call('POST', '/api/certificates/verify', null, { identifier });
      expect([200, 404]).toContain(status);
      if (status !== 200) continue;
      found += 1;
      expect(body.certificate).toBeNull();
      // An ID number, whole or masked, standing on its own: not a run of digits inside the seal's
      // public key or another hex string, which holds 18 digits in a row about once in 50 keys.
      expect(JSON.stringify(body)).not.toMatch(/(?<![0-9a-fA-F])\d{6}(\*{8}|\d{8})\d{3}[\dX](?![0-9a-fA-F])/);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('names the type, the issuing body, the issue date and the status', async () => {
    const card = await identityCardOf(zhang);
    const { body } = await call('POST', '/api/certificates/verify', null, { identifier: card.identifier });
    expect(body).toMatchObject({
      valid: true,
      validity: {
        identifier: card.identifier,
        type: { slug: 'identity_card', name: '居民身份证' },
        issuer: { name: expect.stringContaining('公安局') },
        issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        status: 'valid',
      },
    });
  });

  it('does not tell a logged-in stranger more than an anonymous caller', async () => {
    const card = await identityCardOf(zhang);
    const { body } = await call('POST', '/api/certificates/verify', li, { identifier: card.identifier });
    expect(body).toMatchObject({ disclosure: 'validity', certificate: null });
  });

  it('answers a QR link with another hash with validity only, and says it does not match', async () => {
    const card = await identityCardOf(zhang);
    const other = [...card.contentHash.slice(0, 16)].map((d) => (d === '0' ? '1' : '0')).join('');
    const { body } = await call('POST', '/api/certificates/verify', null, {
      qr: `http://yici.test/verify/${card.identifier}?h=${other}`,
    });
    expect(body).toMatchObject({ valid: false, disclosure: 'validity', certificate: null });
    expect(body.reasons.map((r: { code: string }) => r.code)).toContain('QR_MISMATCH');
  });
});

describe('verification by the document itself', () => {
  it('shows the content to whoever scans the QR link whose hash matches', async () => {
    const card = await identityCardOf(zhang);
    const { body } = await call('POST', '/api/certificates/verify', null, {
      qr: `http://yici.test/verify/${card.identifier}?h=${card.contentHash.slice(0, 16)}`,
    });
    expect(body).toMatchObject({
      valid: true,
      disclosure: 'content',
      certificate: { holder: { name: zhangSan.name } },
    });
  });

  it('shows the content to whoever uploads the JSON or the PDF', async () => {
    const card = await identityCardOf(zhang);
    const json = (await call('GET', `/api/documents/${card.identifier}/json`, zhang)).body;
    const byJson = (await call('POST', '/api/certificates/verify', null, { certificate: json })).body;
    expect(byJson).toMatchObject({ disclosure: 'content', certificate: { data: { idNumber: zhangSan.idNumber } } });
    const pdf = await call('GET', `/api/documents/${card.identifier}/pdf`, zhang);
    const byPdf = await t.app.inject({
      method: 'POST',
      url: '/api/certificates/verify/file',
      headers: { 'content-type': 'application/pdf' },
      payload: pdf.raw,
    });
    expect(byPdf.json()).toMatchObject({ disclosure: 'content', certificate: { holder: { name: zhangSan.name } } });
  });

  it('does not hand the registered content to a forged document that names a real identifier', async () => {
    const card = await identityCardOf(zhang);
    // A well-formed document that names the real identifier, with made-up content and signature.
    const real = (await call('GET', `/api/documents/${card.identifier}/json`, zhang)).body as {
      content: Record<string, unknown>;
    };
    const forged = {
      ...real,
      content: { ...real.content, holder: { kind: 'person', id: '370102199001010000', name: '某某' }, data: {} },
      signature: '0'.repeat(128),
    };
    const { body } = await call('POST', '/api/certificates/verify', null, { certificate: forged });
    expect(body).toMatchObject({ valid: false, disclosure: 'validity', certificate: null });
    expect(JSON.stringify(body)).not.toContain(zhangSan.name);
    expect(JSON.stringify(body)).not.toContain(zhangSan.birthDate);
  });
});

describe('share codes (亮证码)', () => {
  async function makeCode(session: TestSession, identifier: string, minutes = 5) {
    return call('POST', `/api/certificates/${identifier}/share-codes`, session, { minutes });
  }

  it('shows the content for minutes to whoever enters the code, and logs each view for the holder', async () => {
    const card = await identityCardOf(zhang);
    const made = await makeCode(zhang, card.identifier, 3);
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(made.body.link).toBe(`http://yici.test/verify/share/${made.body.code}`);
    expect(made.body.expiresAt).toBe(new Date(t.clock.now().getTime() + 3 * MINUTE).toISOString());

    // Typed in lower case without dashes, as people do.
    const typed = made.body.code.replace(/-/g, '').toLowerCase();
    const anonymous = (await call('POST', '/api/certificates/verify', null, { shareCode: typed })).body;
    expect(anonymous).toMatchObject({
      valid: true,
      disclosure: 'content',
      sharedUntil: made.body.expiresAt,
      certificate: { holder: { name: zhangSan.name }, data: { idNumber: zhangSan.idNumber } },
    });
    const byClerk = (await call('POST', '/api/certificates/verify', clerk, { shareCode: made.body.code })).body;
    expect(byClerk.disclosure).toBe('content');

    const log = (await call('GET', '/api/me/data-use?limit=5', zhang)).body as {
      items: { purpose: string; readerKind: string; readerLabel: string; fields: string[] }[];
    };
    const views = log.items.filter((item) => item.purpose.startsWith('亮证码核验'));
    expect(views.map((v) => v.readerKind)).toEqual(['staff', 'anonymous']);
    expect(views[1]!.fields).toEqual(['电子证照：居民身份证']);
    const events = (await call('GET', `/api/certificates/${card.identifier}`, zhang)).body.events as { kind: string }[];
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['shared', 'share_viewed']));
  });

  it('stops working when its minutes are over, and an unknown code answers alike', async () => {
    const card = await identityCardOf(zhang);
    const made = await makeCode(zhang, card.identifier, 1);
    t.clock.advance(MINUTE);
    const expired = await call('POST', '/api/certificates/verify', null, { shareCode: made.body.code });
    t.clock.advance(-MINUTE);
    expect(expired.status).toBe(404);
    expect(expired.body.code).toBe('SHARE_CODE_INVALID');
    const unknown = await call('POST', '/api/certificates/verify', null, { shareCode: 'ZZZZ-ZZZZ-ZZZZ' });
    expect(unknown.body.code).toBe('SHARE_CODE_INVALID');
    const malformed = await call('POST', '/api/certificates/verify', null, { shareCode: 'abc' });
    expect(malformed.body.code).toBe('SHARE_CODE_INVALID');
  });

  it('is made only by the holder, for minutes only', async () => {
    const card = await identityCardOf(zhang);
    expect((await makeCode(li, card.identifier)).status).toBe(404);
    expect((await call('POST', `/api/certificates/${card.identifier}/share-codes`, null, {})).status).toBe(401);
    const tooLong = await makeCode(zhang, card.identifier, 60);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.fields[0].path).toBe('body.minutes');
  });

  it('ends at once when the holder stops showing it', async () => {
    const card = await identityCardOf(zhang);
    const made = await makeCode(zhang, card.identifier, 10);
    expect((await call('DELETE', `/api/certificates/${card.identifier}/share-codes`, li)).status).toBe(404);
    const stopped = await call('DELETE', `/api/certificates/${card.identifier}/share-codes`, zhang);
    expect(stopped.status).toBe(200);
    expect(stopped.body.ended).toBeGreaterThanOrEqual(1);
    const after = await call('POST', '/api/certificates/verify', null, { shareCode: made.body.code });
    expect(after.body.code).toBe('SHARE_CODE_INVALID');
  });
});
