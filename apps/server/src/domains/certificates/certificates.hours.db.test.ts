import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derOfRawSignature } from '../../platform/crypto/sm';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';
import { runCertVerify } from './certificates.cli';
import { renderCertificatePdf } from './certificates.pdf';
import { extractPayload } from './certificates.pdf-payload';
import { readFileSignature } from './certificates.pdf-signature';

/*
 * Certificates are valid at every hour of the day: the platform starts, seeds its seals and issues
 * at 23:30 UTC, which is 07:30 of the next day in China — the hours in which a seal's China-date
 * validity compared with the UTC date of the signing instant made genuine certificates invalid.
 * The same file checks PDFs as whole files and bad input through the API and the CLI.
 */
let t: TestApp;
const MINUTE = 60_000;

// The process runs in UTC here whatever the machine's zone, where a UTC date differs from the China date.
const zoneBefore = process.env.TZ;
beforeAll(async () => {
  process.env.TZ = 'UTC';
  t = await openTestApp({ now: '2026-11-27T23:30:00Z' });
});
afterAll(async () => {
  process.env.TZ = zoneBefore;
  await t?.close();
});

// Sessions opened at the test clock's time: the clock jumps days, sessions idle out after 30 minutes.
const zhang = () => sessionForAccount(t.database.db, 'demo-person-zhangsan', t.clock.now());
const approver = () =>
  createTestSession(t.database.db, { kind: 'staff', roles: ['approver'], regionCode: '3701' }, t.clock.now());
const admin = () =>
  createTestSession(t.database.db, { kind: 'staff', roles: ['administrator'], regionCode: '37' }, t.clock.now());

async function call(
  method: 'GET' | 'POST',
  url: string,
  session?: TestSession | null,
  payload?: unknown,
  type?: string,
) {
  const response = await t.app.inject({
    method,
    url,
    headers: { ...(session?.headers ?? {}), ...(type ? { 'content-type': type } : {}) },
    ...(payload !== undefined ? { payload: payload as string } : {}),
  });
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  return { status: response.statusCode, body: isJson ? response.json() : undefined, raw: response.rawPayload };
}

const codesOf = (result: { reasons: { code: string }[] }) => result.reasons.map((r) => r.code);

const foodLicence = {
  licenceNumber: 'JY13701020012345',
  operatorName: DEMO_ENTITIES.zhangjiStore.name,
  uscc: DEMO_ENTITIES.zhangjiStore.uscc,
  legalRepresentative: DEMO_RESIDENTS.zhangSan.name,
  residence: DEMO_ENTITIES.zhangjiStore.registeredAddress,
  premises: DEMO_ENTITIES.zhangjiStore.registeredAddress,
  mainFormat: 'food_sales',
  businessItems: '预包装食品销售',
};

async function issueFoodLicence(
  issuerDepartmentId = '3701-approval_bureau',
): Promise<{ identifier: string; seal: { id: string }; issuedAt: string }> {
  const issued = await call('POST', '/api/certificates', await approver(), {
    type: 'food_business_licence',
    issuerDepartmentId,
    data: foodLicence,
  });
  expect(issued.status).toBe(201);
  return issued.body;
}

const verifyIdentifier = async (identifier: string) =>
  (await call('POST', '/api/certificates/verify', null, { identifier })).body;

async function identityCard() {
  const wallet = (await call('GET', '/api/me/certificates', await zhang())).body as {
    identifier: string;
    type: { slug: string };
  }[];
  return wallet.find((c) => c.type.slug === 'identity_card')!;
}

describe('at 23:30 UTC, 07:30 China time on the day a seal is created', () => {
  it('runs the process in UTC and the clock in the early China morning', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
    expect(t.clock.today()).toBe('2026-11-28');
    expect(t.clock.now().toISOString()).toBe('2026-11-27T23:30:00.000Z');
  });

  it('gives a body its first seal from the China date, and what it signs at once verifies everywhere', async () => {
    const issued = await issueFoodLicence('3701-water_utility');
    expect(issued.issuedAt).toBe('2026-11-27T23:30:00.000Z');
    const seal = (await call('GET', `/api/seals/${issued.seal.id}`)).body;
    expect(seal).toMatchObject({ validFrom: '2026-11-28', status: 'active', retiredAt: null, revokedAt: null });
    expect(await verifyIdentifier(issued.identifier)).toMatchObject({ valid: true, reasons: [] });
    const session = await approver();
    const json = (await call('GET', `/api/documents/${issued.identifier}/json`, session)).body;
    expect((await call('POST', '/api/certificates/verify', null, { certificate: json })).body.reasons).toEqual([]);
    const pdf = (await call('GET', `/api/documents/${issued.identifier}/pdf`, session)).raw;
    expect((await call('POST', '/api/certificates/verify/file', null, pdf, 'application/pdf')).body.reasons).toEqual(
      [],
    );
    // The printed issue date is the China date 2026-11-28, also the file's creation date: midnight China time.
    expect(pdf.toString('latin1')).toContain('(D:20261127160000Z)');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yici-hours-'));
    writeFileSync(path.join(dir, 'licence.pdf'), pdf);
    writeFileSync(path.join(dir, 'seals.json'), JSON.stringify((await call('GET', '/api/seals')).body));
    const lines: string[] = [];
    const offline = runCertVerify({
      file: path.join(dir, 'licence.pdf'),
      keys: path.join(dir, 'seals.json'),
      today: t.clock.today(),
      write: (line) => lines.push(line),
    });
    expect(lines.join('\n')).not.toContain('SEAL_NOT_IN_FORCE');
    expect(offline).toBe(0);
  });
});

describe('at the edges of a seal rotation and a revocation', () => {
  it('keeps the old seal’s certificate and makes the successor sign, both valid, at 23:30 UTC', async () => {
    t.clock.set(new Date('2026-11-28T23:29:59.999Z'));
    const before = await issueFoodLicence();
    t.clock.advance(1);
    const rotated = await call('POST', `/api/admin/seals/${before.seal.id}/rotate`, await admin(), {
      reason: '年度密钥轮换',
    });
    expect(rotated.body.successor).toMatchObject({ validFrom: '2026-11-29', status: 'active' });
    t.clock.advance(1);
    const after = await issueFoodLicence();
    expect(after.seal.id).toBe(rotated.body.successor.id);
    expect(await verifyIdentifier(before.identifier)).toMatchObject({ valid: true });
    expect(await verifyIdentifier(after.identifier)).toMatchObject({ valid: true });
    const old = (await call('GET', `/api/seals/${before.seal.id}`)).body;
    expect(old).toMatchObject({ status: 'rotated', retiredAt: '2026-11-28T23:30:00.000Z', revokedAt: null });
  });

  it('revokes a compromised seal from a stated instant: what it signed before stays valid, after is invalid', async () => {
    t.clock.set(new Date('2026-11-29T23:30:00Z'));
    const early = await issueFoodLicence();
    t.clock.advance(10 * MINUTE);
    const late = await issueFoodLicence();
    t.clock.advance(10 * MINUTE);
    const compromisedAt = '2026-11-29T23:35:00.000Z';
    const future = await call('POST', `/api/admin/seals/${late.seal.id}/revoke`, await admin(), {
      reason: '密钥介质丢失',
      revokedFrom: '2027-01-01T00:00:00Z',
    });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('SEAL_REVOCATION_INSTANT_INVALID');
    const revoked = await call('POST', `/api/admin/seals/${late.seal.id}/revoke`, await admin(), {
      reason: '密钥介质丢失',
      revokedFrom: compromisedAt,
    });
    expect(revoked.status).toBe(200);
    expect((await call('GET', `/api/seals/${late.seal.id}`)).body).toMatchObject({
      status: 'revoked',
      retiredAt: '2026-11-29T23:50:00.000Z',
      revokedAt: compromisedAt,
    });
    expect(await verifyIdentifier(early.identifier)).toMatchObject({ valid: true });
    const lateResult = await verifyIdentifier(late.identifier);
    expect(lateResult.valid).toBe(false);
    expect(codesOf(lateResult)).toEqual(['SEAL_REVOKED']);
  });
});

describe('a PDF is verified as a whole file, by the public page and the CLI', () => {
  let dir: string;
  let pdf: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'yici-hours-'));
    pdf = (await call('GET', `/api/documents/${(await identityCard()).identifier}/pdf`, await zhang())).raw;
    writeFileSync(path.join(dir, 'seals.json'), JSON.stringify((await call('GET', '/api/seals')).body));
  });

  function cli(name: string, bytes: Buffer | string, keys = 'seals.json') {
    writeFileSync(path.join(dir, name), bytes);
    const lines: string[] = [];
    const code = runCertVerify({
      file: path.join(dir, name),
      keys: path.join(dir, keys),
      today: t.clock.today(),
      write: (line) => lines.push(line),
    });
    return { code, output: lines.join('\n') };
  }

  /**
   * The page drawn anew with another validity date around the genuine embedded certificate, the
   * genuine file signature copied in: the embedded certificate alone would still verify.
   */
  async function editedValidityDate(): Promise<Buffer> {
    const read = readFileSignature(pdf);
    if (!read.found) throw new Error('the genuine PDF has no file signature');
    const payloadJson = extractPayload(pdf)!;
    const { content } = JSON.parse(payloadJson) as { content: { validTo: string | null } };
    return renderCertificatePdf({
      title: '居民身份证',
      identifier: 'x',
      holderName: DEMO_RESIDENTS.zhangSan.name,
      issuerName: '公安局',
      issuedOn: '2026-11-27',
      validFrom: '2026-11-27',
      validTo: `2086${(content.validTo ?? '2036-12-31').slice(4)}`,
      fields: [],
      verifyUrl: 'http://yici.test/verify/x?h=0000000000000000',
      sealOwnerName: '公安局',
      payloadJson,
      fileSignature: { sealId: read.sealId, signedAt: new Date(read.signedAt), sign: () => read.signature },
    });
  }

  it('rejects a page whose visible validity date was changed around the genuine certificate with FILE_CHANGED', async () => {
    const forged = await editedValidityDate();
    const api = (await call('POST', '/api/certificates/verify/file', null, forged, 'application/pdf')).body;
    expect(api.valid).toBe(false);
    expect(codesOf(api)).toEqual(['FILE_CHANGED']);
    const offline = cli('dated.pdf', forged);
    expect(offline.code).toBe(1);
    expect(offline.output).toContain('FILE_CHANGED');
  });

  const forgeries: [string, () => Buffer, string][] = [
    ['a truncated file', () => pdf.subarray(0, pdf.length - 300), 'FILE_TRUNCATED'],
    [
      'an edited /Producer',
      () => Buffer.from(pdf.toString('latin1').replace('(PDFKit)', '(PDFKiT)'), 'latin1'),
      'FILE_CHANGED',
    ],
    [
      'a byte changed outside the embedded data',
      () => {
        const copy = Buffer.from(pdf);
        copy[1000] = copy[1000]! ^ 0x20;
        return copy;
      },
      'FILE_CHANGED',
    ],
  ];

  for (const [name, forge, code] of forgeries) {
    it(`rejects ${name} with ${code}`, async () => {
      const forged = forge();
      const api = (await call('POST', '/api/certificates/verify/file', null, forged, 'application/pdf')).body;
      expect(api.valid).toBe(false);
      expect(codesOf(api)).toContain(code);
      const offline = cli('forged.pdf', forged);
      expect(offline.code).toBe(1);
      expect(offline.output).toContain(code);
    });
  }

  it('verifies the genuine file offline', () => {
    const offline = cli('card.pdf', pdf);
    expect(offline.output).toContain('✓ 有效 VALID');
    expect(offline.output).toContain('PDF 文件签名 file signature: 完整 intact');
    expect(offline.code).toBe(0);
  });
});

describe('bad input gets a clear reason from the API and the CLI', () => {
  let json: Record<string, unknown> & { signature: string };
  let dir: string;
  beforeAll(async () => {
    json = (await call('GET', `/api/documents/${(await identityCard()).identifier}/json`, await zhang())).body;
    dir = mkdtempSync(path.join(os.tmpdir(), 'yici-bad-'));
    writeFileSync(path.join(dir, 'seals.json'), JSON.stringify((await call('GET', '/api/seals')).body));
  });

  const cli = (file: string, keys: string) => {
    const lines: string[] = [];
    const code = runCertVerify({ file, keys, today: t.clock.today(), write: (line) => lines.push(line) });
    return { code, output: lines.join('\n') };
  };

  it('names an unknown format version', async () => {
    const later = { ...json, format: 'yici-certificate/2' };
    const api = await call('POST', '/api/certificates/verify', null, { certificate: later });
    expect(api.status).toBe(422);
    expect(api.body).toMatchObject({ code: 'CERTIFICATE_FORMAT_UNSUPPORTED' });
    expect(api.body.detail).toContain('yici-certificate/2');
    const file = await call('POST', '/api/certificates/verify/file', null, JSON.stringify(later), 'application/json');
    expect(file.body.code).toBe('CERTIFICATE_FORMAT_UNSUPPORTED');
    writeFileSync(path.join(dir, 'later.json'), JSON.stringify(later));
    const offline = cli(path.join(dir, 'later.json'), path.join(dir, 'seals.json'));
    expect(offline.code).toBe(2);
    expect(offline.output).toContain('yici-certificate/2');
  });

  it('names a signature of the wrong length or encoding, and accepts DER', async () => {
    for (const signature of [json.signature.slice(0, 126), 'zz'.repeat(64), '']) {
      const result = (await call('POST', '/api/certificates/verify', null, { certificate: { ...json, signature } }))
        .body;
      expect(result.valid).toBe(false);
      expect(codesOf(result)).toEqual(['SIGNATURE_MALFORMED']);
    }
    const der = derOfRawSignature(json.signature).toString('hex');
    const result = (await call('POST', '/api/certificates/verify', null, { certificate: { ...json, signature: der } }))
      .body;
    expect(result).toMatchObject({ valid: true, signatureValid: true });
  });

  it('refuses a PDF without the embedded certificate, naming the entry', async () => {
    const pdf = (await call('GET', `/api/documents/${(await identityCard()).identifier}/pdf`, await zhang())).raw;
    const stripped = Buffer.from(pdf.toString('latin1').replaceAll('/YiciCertificate', '/YiciCertificatX'), 'latin1');
    const api = await call('POST', '/api/certificates/verify/file', null, stripped, 'application/pdf');
    expect(api.status).toBe(422);
    expect(api.body.detail).toContain('/YiciCertificate');
    writeFileSync(path.join(dir, 'stripped.pdf'), stripped);
    const offline = cli(path.join(dir, 'stripped.pdf'), path.join(dir, 'seals.json'));
    expect(offline.code).toBe(2);
    expect(offline.output).toContain('/YiciCertificate');
  });

  it('names a PEM key of another curve in the keys, and a keys file that is a bare PEM', () => {
    writeFileSync(path.join(dir, 'card.json'), JSON.stringify(json));
    const p256 = String(
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }),
    );
    const published = JSON.parse(readFileSync(path.join(dir, 'seals.json'), 'utf8')) as { publicKeyPem: string }[];
    published[0]!.publicKeyPem = p256;
    writeFileSync(path.join(dir, 'bad-seals.json'), JSON.stringify(published));
    const offline = cli(path.join(dir, 'card.json'), path.join(dir, 'bad-seals.json'));
    expect(offline.code).toBe(2);
    expect(offline.output).toContain('prime256v1');
    writeFileSync(path.join(dir, 'key.pem'), p256);
    const bare = cli(path.join(dir, 'card.json'), path.join(dir, 'key.pem'));
    expect(bare.code).toBe(2);
    expect(bare.output).toContain('prime256v1');
  });
});
