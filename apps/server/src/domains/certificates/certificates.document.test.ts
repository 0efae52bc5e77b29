import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, derOfRawSignature, generateSealKeyPair, signSm2 } from '../../platform/crypto/sm';
import {
  checkDocument,
  documentProblem,
  hashContent,
  sealReasonAt,
  type CertificateContent,
  type PublishedSeal,
  type SignedDocument,
} from './certificates.document';
import { buildCertificateIdentifier } from './certificates.identifier';

/*
 * Seal validity at every hour of the day. The seal's dates are China dates; the signing time is an
 * instant. These run with the process in UTC (the unit project's default zone is Asia/Shanghai),
 * where comparing a China date with the UTC date of an instant goes wrong from 00:00 to 08:00 China time.
 */
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = zoneBefore;
});

const pair = generateSealKeyPair();

function sealWith(overrides: Partial<PublishedSeal> = {}): PublishedSeal {
  return {
    id: 'seal-1',
    ownerUscc: '11370100MB28449441',
    ownerName: '济南市行政审批服务局',
    publicKey: pair.publicKey,
    validFrom: '2026-11-28',
    validTo: null,
    status: 'active',
    retiredAt: null,
    revokedAt: null,
    ...overrides,
  };
}

function signedAt(issuedAt: string, data: Record<string, unknown> = { name: '张三' }): SignedDocument {
  const content: CertificateContent = {
    identifier: buildCertificateIdentifier({
      typeCode: '11100000000013338W001',
      issuerUscc: '11370100MB28449441',
      serial: 7,
      version: 1,
    }),
    type: { slug: 'identity_card', code: '11100000000013338W001', name: '居民身份证' },
    holder: { kind: 'person', id: '370102199001011238', name: '张三' },
    issuer: { uscc: '11370100MB28449441', name: '济南市行政审批服务局' },
    data,
    issuedAt,
    validFrom: '2026-11-28',
    validTo: '2036-11-28',
    sealId: 'seal-1',
  };
  return {
    format: 'yici-certificate/1',
    content,
    contentHash: hashContent(content),
    signature: signSm2({ ...pair, message: canonicalJson(content) }),
    annotation: null,
  };
}

const codes = (doc: SignedDocument, seal: PublishedSeal, today = '2026-11-28') =>
  checkDocument(doc, { seals: (id) => (id === seal.id ? seal : null), today }).reasons.map((r) => r.code);

describe('a seal is in force at every hour of its China days', () => {
  it('runs in UTC here', () => {
    expect(new Date('2026-11-27T23:30:00Z').getTimezoneOffset()).toBe(0);
  });

  it('covers a certificate signed at 23:30 UTC, 07:30 China time on the day the seal was created', () => {
    const seal = sealWith({ validFrom: '2026-11-28' });
    expect(sealReasonAt(seal, '2026-11-27T23:30:00.000Z')).toBeNull();
    expect(codes(signedAt('2026-11-27T23:30:00.000Z'), seal)).toEqual([]);
    // 15:59:59 UTC the day before is still 23:59:59 of the 27th in China: before the seal.
    expect(sealReasonAt(seal, '2026-11-27T15:59:59.999Z')?.code).toBe('SEAL_NOT_IN_FORCE');
    expect(sealReasonAt(seal, '2026-11-27T16:00:00.000Z')).toBeNull();
  });

  it('ends at midnight China time after its last day, not midnight UTC', () => {
    const seal = sealWith({ validFrom: '2026-01-01', validTo: '2026-11-28' });
    expect(sealReasonAt(seal, '2026-11-28T15:59:59.999Z')).toBeNull();
    expect(sealReasonAt(seal, '2026-11-28T16:00:00.000Z')?.code).toBe('SEAL_NOT_IN_FORCE');
  });

  it('covers what it signed up to the instant of its rotation, and nothing after', () => {
    const seal = sealWith({ status: 'rotated', retiredAt: '2026-11-27T23:30:00.000Z', validFrom: '2026-11-01' });
    expect(codes(signedAt('2026-11-27T23:29:59.999Z'), seal)).toEqual([]);
    expect(codes(signedAt('2026-11-27T23:30:00.000Z'), seal)).toEqual(['SEAL_NOT_IN_FORCE']);
    // An offset spelling of the same instant is the same instant.
    expect(sealReasonAt(seal, '2026-11-28T07:29:59.999+08:00')).toBeNull();
  });

  it('keeps retired apart from revoked: a revoked seal signs nothing valid from the stated instant on', () => {
    const seal = sealWith({
      status: 'revoked',
      validFrom: '2026-11-01',
      revokedAt: '2026-11-20T00:00:00.000Z',
      retiredAt: '2026-11-27T23:30:00.000Z',
    });
    expect(codes(signedAt('2026-11-19T23:59:59.000Z'), seal)).toEqual([]);
    expect(codes(signedAt('2026-11-20T00:00:00.000Z'), seal)).toEqual(['SEAL_REVOKED']);
    expect(codes(signedAt('2026-11-27T23:00:00.000Z'), seal)).toEqual(['SEAL_REVOKED']);
  });

  it('refuses a signing time that is not an instant', () => {
    expect(sealReasonAt(sealWith(), '2026-11-28')?.code).toBe('SIGNING_TIME_INVALID');
    expect(sealReasonAt(sealWith(), 'tomorrow')?.code).toBe('SIGNING_TIME_INVALID');
  });
});

describe('bad input gets a reason, never a crash or "valid"', () => {
  const seal = sealWith({ validFrom: '2026-11-01' });

  it('accepts the signature as DER as well as r‖s', () => {
    const doc = signedAt('2026-11-27T23:30:00.000Z');
    expect(codes({ ...doc, signature: derOfRawSignature(doc.signature).toString('hex') }, seal)).toEqual([]);
  });

  it('names a signature of the wrong length or encoding', () => {
    const doc = signedAt('2026-11-27T23:30:00.000Z');
    expect(codes({ ...doc, signature: doc.signature.slice(2) }, seal)).toEqual(['SIGNATURE_MALFORMED']);
    expect(codes({ ...doc, signature: 'not a signature' }, seal)).toEqual(['SIGNATURE_MALFORMED']);
    expect(codes({ ...doc, signature: 42 as unknown as string }, seal)).toEqual(['SIGNATURE_MALFORMED']);
  });

  it('names content that has no canonical form instead of throwing', () => {
    const doc = signedAt('2026-11-27T23:30:00.000Z');
    const broken = { ...doc, content: { ...doc.content, data: { name: 'a\ud800' } } };
    expect(codes(broken, seal)).toContain('CONTENT_NOT_JSON');
  });

  it('names an unknown format version and a document that lacks the signed parts', () => {
    const doc = signedAt('2026-11-27T23:30:00.000Z');
    expect(documentProblem(doc)).toBeNull();
    expect(documentProblem({ ...doc, format: 'yici-certificate/2' })).toContain('yici-certificate/2');
    expect(documentProblem({ ...doc, format: undefined })).toContain('format');
    expect(documentProblem({ ...doc, signature: undefined })).toContain('signature');
    expect(documentProblem([])).not.toBeNull();
    expect(documentProblem({ ...doc, annotation: { content: null } })).toContain('annotation');
    const annotation = {
      content: {
        sealId: 's',
        createdAt: '2026-11-28T00:00:00Z',
        purpose: '开户',
        caseId: null,
        expiresOn: '2026-12-01',
      },
      contentHash: 'h',
      signature: 's',
    };
    expect(documentProblem({ ...doc, annotation })).toBeNull();
    const badDate = { ...annotation, content: { ...annotation.content, expiresOn: '2026-13-45' } };
    expect(documentProblem({ ...doc, annotation: badDate })).toContain('annotation');
    const badPurpose = { ...annotation, content: { ...annotation.content, purpose: 7 } };
    expect(documentProblem({ ...doc, annotation: badPurpose })).toContain('annotation');
  });
});
