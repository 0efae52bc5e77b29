import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/actor';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';
import { runCertVerify } from './certificates.cli';
import { collectPdf } from './certificates.pdf';

let t: TestApp;
let zhang: TestSession;
let li: TestSession;
let approver: TestSession;
let approverQingdao: TestSession;
let reviewer: TestSession;
let admin: TestSession;
const { zhangSan } = DEMO_RESIDENTS;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  zhang = await sessionForAccount(db, 'demo-person-zhangsan');
  li = await sessionForAccount(db, 'demo-person-lisi');
  approver = await createTestSession(db, { kind: 'staff', roles: ['approver'], regionCode: '3701' });
  approverQingdao = await createTestSession(db, { kind: 'staff', roles: ['approver'], regionCode: '3702' });
  reviewer = await createTestSession(db, { kind: 'staff', roles: ['reviewer'], regionCode: '3701' });
  admin = await createTestSession(db, { kind: 'staff', roles: ['administrator'], regionCode: '37' });
});
afterAll(async () => t?.close());

async function call(
  method: 'GET' | 'POST',
  url: string,
  session?: TestSession | null,
  payload?: unknown,
  contentType?: string,
) {
  const response = await t.app.inject({
    method,
    url,
    headers: { ...(session?.headers ?? {}), ...(contentType ? { 'content-type': contentType } : {}) },
    ...(payload !== undefined ? { payload: payload as string } : {}),
  });
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  return {
    status: response.statusCode,
    body: isJson ? response.json() : undefined,
    raw: response.rawPayload,
    type: response.headers['content-type'],
  };
}

async function walletOf(session: TestSession) {
  return (await call('GET', '/api/me/certificates', session)).body as {
    identifier: string;
    type: { slug: string };
    status: string;
    contentHash: string;
  }[];
}

const foodLicence = {
  licenceNumber: 'JY13701020012345',
  operatorName: DEMO_ENTITIES.zhangjiStore.name,
  uscc: DEMO_ENTITIES.zhangjiStore.uscc,
  legalRepresentative: zhangSan.name,
  residence: DEMO_ENTITIES.zhangjiStore.registeredAddress,
  premises: DEMO_ENTITIES.zhangjiStore.registeredAddress,
  mainFormat: 'food_sales',
  businessItems: '预包装食品（含冷藏冷冻食品）销售',
};

describe('the certificate catalogue and seals', () => {
  it('lists at least 20 certificate types with their defining agencies and fields', async () => {
    const { body } = await call('GET', '/api/certificate-types');
    expect(body.length).toBeGreaterThanOrEqual(20);
    expect(body.find((type: { slug: string }) => type.slug === 'business_licence')).toMatchObject({
      name: '营业执照',
      credibility: 'A',
    });
  });

  it('publishes the seals and draws their pictures', async () => {
    const { body } = await call('GET', '/api/seals');
    expect(body.length).toBeGreaterThan(10);
    const picture = await call('GET', `/api/seals/${body[0].id}/picture.svg`);
    expect(picture.type).toContain('image/svg+xml');
    expect(picture.raw.toString()).toContain(body[0].ownerName[0]);
  });
});

describe('the wallet and verification', () => {
  it('gives a seeded resident their identity card and household register', async () => {
    const slugs = (await walletOf(zhang)).map((c) => c.type.slug);
    expect(slugs).toEqual(expect.arrayContaining(['identity_card', 'household_register']));
  });

  it('verifies a certificate by its identifier', async () => {
    const [card] = (await walletOf(zhang)).filter((c) => c.type.slug === 'identity_card');
    const { body } = await call('POST', '/api/certificates/verify', null, { identifier: card!.identifier });
    expect(body).toMatchObject({ valid: true, signatureValid: true, revoked: false, expired: false });
    expect(body.seal.ownerName).toContain('公安局');
  });

  it('tells whoever knows only the identifier the validity, not the holder', async () => {
    const [card] = (await walletOf(zhang)).filter((c) => c.type.slug === 'identity_card');
    const { body } = await call('POST', '/api/certificates/verify', null, { identifier: card!.identifier });
    expect(body).toMatchObject({ disclosure: 'validity', certificate: null, validity: { status: 'valid' } });
    expect(JSON.stringify(body)).not.toContain(zhangSan.name);
  });

  it('rejects a downloaded certificate whose field, signature or identifier was changed, naming the reason', async () => {
    const [card] = await walletOf(zhang);
    const json = (await call('GET', `/api/documents/${card!.identifier}/json`, zhang)).body;
    expect((await call('POST', '/api/certificates/verify', null, { certificate: json })).body.valid).toBe(true);

    const changedField = structuredClone(json);
    changedField.content.data.name = '李鬼';
    const field = (await call('POST', '/api/certificates/verify', null, { certificate: changedField })).body;
    expect(field.valid).toBe(false);
    expect(field.reasons.map((r: { code: string }) => r.code)).toContain('CONTENT_CHANGED');

    const changedSignature = structuredClone(json);
    changedSignature.signature = changedSignature.signature.replace(/.$/, (c: string) => (c === '0' ? '1' : '0'));
    expect(
      (await call('POST', '/api/certificates/verify', null, { certificate: changedSignature })).body.reasons.map(
        (r: { code: string }) => r.code,
      ),
    ).toContain('SIGNATURE_INVALID');

    const changedIdentifier = structuredClone(json);
    changedIdentifier.content.identifier = changedIdentifier.content.identifier.replace(
      /\.(\d)(\d*)\.001\./,
      (_m: string, d: string, rest: string) => `.${(Number(d) + 1) % 10}${rest}.001.`,
    );
    const identifier = (await call('POST', '/api/certificates/verify', null, { certificate: changedIdentifier })).body;
    expect(identifier.valid).toBe(false);
    expect(identifier.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['IDENTIFIER_INVALID', 'CONTENT_CHANGED']),
    );
  });

  it('renders a PDF that verifies when uploaded, and refuses a PDF that is not ours', async () => {
    const [card] = await walletOf(zhang);
    const pdf = await call('GET', `/api/documents/${card!.identifier}/pdf`, zhang);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const verified = await call('POST', '/api/certificates/verify/file', null, pdf.raw, 'application/pdf');
    expect(verified.body.valid).toBe(true);

    const foreign = new PDFDocument();
    const finished = collectPdf(foreign);
    foreign.text('not a certificate');
    foreign.end();
    const refused = await call('POST', '/api/certificates/verify/file', null, await finished, 'application/pdf');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CERTIFICATE_DOCUMENT_UNRECOGNISED');
  });

  it('verifies the QR payload and refuses a truncated one', async () => {
    const [card] = await walletOf(zhang);
    const qr = `http://yici.test/verify/${card!.identifier}?h=${card!.contentHash.slice(0, 16)}`;
    expect((await call('POST', '/api/certificates/verify', null, { qr })).body.valid).toBe(true);
    const truncated = await call('POST', '/api/certificates/verify', null, { qr: qr.slice(0, -5) });
    expect(truncated.status).toBe(400);
    expect(truncated.body.code).toBe('QR_PAYLOAD_INVALID');
  });

  it('does not show one holder another holder’s certificate', async () => {
    const [card] = await walletOf(zhang);
    expect((await call('GET', `/api/certificates/${card!.identifier}`, li)).status).toBe(404);
    expect((await call('GET', `/api/documents/${card!.identifier}/pdf`, li)).status).toBe(404);
  });

  it('checks a downloaded certificate offline against the published keys', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yici-cert-'));
    const [card] = await walletOf(zhang);
    writeFileSync(path.join(dir, 'card.pdf'), (await call('GET', `/api/documents/${card!.identifier}/pdf`, zhang)).raw);
    writeFileSync(path.join(dir, 'seals.json'), JSON.stringify((await call('GET', '/api/seals')).body));
    const lines: string[] = [];
    expect(
      runCertVerify({
        file: path.join(dir, 'card.pdf'),
        keys: path.join(dir, 'seals.json'),
        today: t.clock.today(),
        write: (l) => lines.push(l),
      }),
    ).toBe(0);
    expect(lines[0]).toContain('有效');
    const json = (await call('GET', `/api/documents/${card!.identifier}/json`, zhang)).body;
    json.content.data.address = '伪造地址';
    writeFileSync(path.join(dir, 'forged.json'), JSON.stringify(json));
    expect(
      runCertVerify({
        file: path.join(dir, 'forged.json'),
        keys: path.join(dir, 'seals.json'),
        today: t.clock.today(),
        write: (l) => lines.push(l),
      }),
    ).toBe(1);
    expect(lines.join('\n')).toContain('CONTENT_CHANGED');
  });
});

describe('issuing', () => {
  it('issues a food business licence with the approval bureau seal, in one transaction', async () => {
    const { status, body } = await call('POST', '/api/certificates', approver, {
      type: 'food_business_licence',
      issuerDepartmentId: '3701-approval_bureau',
      data: foodLicence,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: 'valid',
      holder: { kind: 'legal_person', id: DEMO_ENTITIES.zhangjiStore.uscc },
      seal: { ownerName: '济南市行政审批服务局' },
    });
    expect(body.identifier).toMatch(/^1\.2\.156\.3005\.2\.\w{21}\.\w{18}\.\d+\.001\.[0-9A-Z]$/);
    expect((await call('POST', '/api/certificates/verify', null, { identifier: body.identifier })).body.valid).toBe(
      true,
    );
  });

  it('refuses data that does not match the type, naming every field, and issues nothing', async () => {
    const before = (await call('GET', '/api/seals')).body.length;
    const { status, body } = await call('POST', '/api/certificates', approver, {
      type: 'food_business_licence',
      issuerDepartmentId: '3701-approval_bureau',
      data: { ...foodLicence, mainFormat: 'casino', colour: 'red' },
    });
    expect(status).toBe(400);
    expect(body.code).toBe('CERTIFICATE_DATA_INVALID');
    expect(body.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['data.mainFormat', 'data.colour']),
    );
    expect((await call('GET', '/api/seals')).body.length).toBe(before);
  });

  it('refuses an unknown holder and an unknown type', async () => {
    const unknown = await call('POST', '/api/certificates', approver, {
      type: 'food_business_licence',
      issuerDepartmentId: '3701-approval_bureau',
      data: { ...foodLicence, uscc: '91370102MA3C00000X' },
    });
    expect(unknown.body.code).toBe('CERTIFICATE_HOLDER_UNKNOWN');
    const type = await call('POST', '/api/certificates', approver, {
      type: 'dragon_licence',
      issuerDepartmentId: '3701-approval_bureau',
      data: {},
    });
    expect(type.body.code).toBe('CERTIFICATE_TYPE_UNKNOWN');
  });

  it('lets only approvers of the issuing region sign', async () => {
    expect(
      (
        await call('POST', '/api/certificates', reviewer, {
          type: 'food_business_licence',
          issuerDepartmentId: '3701-approval_bureau',
          data: foodLicence,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('POST', '/api/certificates', approverQingdao, {
          type: 'food_business_licence',
          issuerDepartmentId: '3701-approval_bureau',
          data: foodLicence,
        })
      ).status,
    ).toBe(404);
  });
});

describe('the lifecycle', () => {
  async function issueFoodLicence() {
    return (
      await call('POST', '/api/certificates', approver, {
        type: 'food_business_licence',
        issuerDepartmentId: '3701-approval_bureau',
        data: foodLicence,
      })
    ).body as { identifier: string };
  }

  it('revokes with a reason, after which verification says so, and only once', async () => {
    const { identifier } = await issueFoodLicence();
    expect(
      (await call('POST', `/api/certificates/${identifier}/revoke`, approver, { reason: '以欺骗手段取得许可' })).body
        .status,
    ).toBe('revoked');
    const verified = (await call('POST', '/api/certificates/verify', null, { identifier })).body;
    expect(verified).toMatchObject({ valid: false, revoked: true, signatureValid: true });
    expect(
      (await call('POST', `/api/certificates/${identifier}/revoke`, approver, { reason: '重复注销' })).status,
    ).toBe(409);
  });

  it('replaces a certificate with corrected data and renews one as it is', async () => {
    const { identifier } = await issueFoodLicence();
    const corrected = await call('POST', `/api/certificates/${identifier}/replace`, approver, {
      reason: '经营场所变更',
      data: { ...foodLicence, premises: '山东省济南市历下区泉城路188号' },
    });
    expect(corrected.body).toMatchObject({ status: 'valid', data: { premises: '山东省济南市历下区泉城路188号' } });
    const old = (await call('POST', '/api/certificates/verify', null, { identifier })).body;
    expect(old.reasons.map((r: { code: string }) => r.code)).toContain('REPLACED');
    const renewed = await call('POST', `/api/certificates/${corrected.body.identifier}/replace`, approver, {
      reason: '到期换证',
    });
    expect(renewed.body.identifier).not.toBe(corrected.body.identifier);
  });

  it('never answers a validity kept from before a revocation or a replacement (verified signatures are kept in memory)', async () => {
    const verify = async (identifier: string) =>
      (await call('POST', '/api/certificates/verify', null, { identifier })).body as {
        valid: boolean;
        signatureValid: boolean;
        reasons: { code: string }[];
      };
    const revoked = (await issueFoodLicence()).identifier;
    const replaced = (await issueFoodLicence()).identifier;
    // Verified twice each: the second answer comes with the signature check remembered.
    for (const identifier of [revoked, replaced]) {
      expect(await verify(identifier)).toMatchObject({ valid: true, signatureValid: true });
      expect(await verify(identifier)).toMatchObject({ valid: true, signatureValid: true });
    }
    await call('POST', `/api/certificates/${revoked}/revoke`, approver, { reason: '以欺骗手段取得许可' });
    await call('POST', `/api/certificates/${replaced}/replace`, approver, { reason: '到期换证' });
    const afterRevocation = await verify(revoked);
    expect(afterRevocation).toMatchObject({ valid: false, signatureValid: true });
    expect(afterRevocation.reasons.map((r) => r.code)).toContain('REVOKED');
    const afterReplacement = await verify(replaced);
    expect(afterReplacement).toMatchObject({ valid: false, signatureValid: true });
    expect(afterReplacement.reasons.map((r) => r.code)).toContain('REPLACED');
  });

  it('keeps what a seal signed valid after the seal is rotated', async () => {
    const { identifier } = await issueFoodLicence();
    const sealId = (await call('POST', '/api/certificates/verify', null, { identifier })).body.seal.id;
    t.clock.advance(60_000);
    const rotated = await call('POST', `/api/admin/seals/${sealId}/rotate`, admin, { reason: '年度密钥轮换' });
    expect(rotated.body.successor.status).toBe('active');
    expect((await call('POST', '/api/certificates/verify', null, { identifier })).body.valid).toBe(true);
    const next = await issueFoodLicence();
    expect((await call('POST', '/api/certificates/verify', null, { identifier: next.identifier })).body.seal.id).toBe(
      rotated.body.successor.id,
    );
  });
});

describe('annotated copies and reuse', () => {
  it('makes a copy for one purpose that verifies until its date', async () => {
    const [card] = (await walletOf(zhang)).filter((c) => c.type.slug === 'identity_card');
    const expiresOn = new Date(t.clock.now().getTime() + 10 * DAY).toISOString().slice(0, 10);
    const copy = await call('POST', `/api/certificates/${card!.identifier}/copies`, zhang, {
      purpose: '办理公积金提取',
      expiresOn,
    });
    expect(copy.status).toBe(201);
    const pdf = await call('GET', `/api/documents/${copy.body.id}/pdf`, zhang);
    const verified = (await call('POST', '/api/certificates/verify/file', null, pdf.raw, 'application/pdf')).body;
    expect(verified).toMatchObject({ valid: true, annotation: { purpose: '办理公积金提取', expiresAt: expiresOn } });
    t.clock.advance(11 * DAY);
    const later = (await call('POST', '/api/certificates/verify/file', null, pdf.raw, 'application/pdf')).body;
    expect(later.reasons.map((r: { code: string }) => r.code)).toContain('COPY_EXPIRED');
    t.clock.advance(-11 * DAY);
  });

  it('refuses a copy that would outlive today or nobody', async () => {
    const [card] = await walletOf(zhang);
    const past = await call('POST', `/api/certificates/${card!.identifier}/copies`, zhang, {
      purpose: '办理公积金提取',
      expiresOn: '2020-01-01',
    });
    expect(past.body.code).toBe('COPY_EXPIRY_INVALID');
  });

  it('finds usable certificates for another service and logs the use for the holder', async () => {
    const found = await t.services.certificates.findUsable(systemContext('cases'), {
      holder: { kind: 'person', id: zhangSan.idNumber },
      type: 'household_register',
      purpose: '办理户口迁移',
      caseId: 'case-123',
    });
    expect(found).toHaveLength(1);
    const log = await t.services.registries.listDataUse({
      subjectType: 'person',
      subjectId: zhangSan.idNumber,
      limit: 5,
    });
    expect(log.items[0]).toMatchObject({ purpose: '办理户口迁移', caseId: 'case-123' });
  });
});
