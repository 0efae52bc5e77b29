import { beforeAll, describe, expect, it } from 'vitest';
import { generateSealKeyPair, signSm2 } from '../../platform/crypto/sm';
import type { PublishedSeal } from './certificates.document';
import { requireCjkFont } from './certificates.fonts';
import { renderCertificatePdf, type CertificatePdfInput } from './certificates.pdf';
import { extractPayload } from './certificates.pdf-payload';
import { checkFileSignature, readFileSignature } from './certificates.pdf-signature';
import { parseFile } from './certificates.views';

/*
 * A certificate PDF is verified as a whole file: the four forgeries that passed while only the
 * embedded payload was checked (issue 11 §4) are each rejected, with a reason.
 */
const platformKey = generateSealKeyPair();
const seal: PublishedSeal = {
  id: 'platform-seal',
  ownerUscc: '11370000MB2844900X',
  ownerName: '山东省政务服务平台',
  publicKey: platformKey.publicKey,
  validFrom: '2026-01-01',
  validTo: null,
  status: 'active',
  retiredAt: null,
  revokedAt: null,
};
const seals = (id: string) => (id === seal.id ? seal : null);
const signedAt = new Date('2026-11-27T23:30:00Z');

const input: CertificatePdfInput = {
  title: '食品经营许可证',
  identifier: '1.2.156.3005.2.11100000MB0143028R001.11370100MB28449441.00000001.001.Q',
  holderName: '济南张记便利店',
  issuerName: '济南市行政审批服务局',
  issuedOn: '2026-11-28',
  validFrom: '2026-11-28',
  validTo: '2036-11-27',
  fields: [{ label: '经营项目', value: '预包装食品销售' }],
  verifyUrl: 'http://yici.test/verify/x?h=0123456789abcdef',
  sealOwnerName: '济南市行政审批服务局',
  payloadJson: JSON.stringify({ format: 'yici-certificate/1', content: { validTo: '2036-11-27' } }),
  font: requireCjkFont(),
  fileSignature: {
    sealId: seal.id,
    signedAt,
    sign: (bytes) => signSm2({ ...platformKey, message: bytes }),
  },
};

const reasonsOf = (pdf: Buffer) => checkFileSignature(pdf, { seals }).reasons.map((r) => r.code);

let genuine: Buffer;
beforeAll(async () => {
  genuine = await renderCertificatePdf(input);
});

describe('the file signature of a certificate PDF', () => {
  it('covers every byte of the file but the signature itself, and verifies', () => {
    const read = readFileSignature(genuine);
    expect(read.found && read.signedBytes.length).toBe(genuine.length - 130);
    expect(read.found && read.signedAt).toBe('2026-11-27T23:30:00Z');
    expect(reasonsOf(genuine)).toEqual([]);
  });

  it('rejects a PDF whose visible validity date was changed (2036 → 2086) around the genuine payload', async () => {
    // The forger renders the page anew with another date, keeps the signed payload and copies the
    // genuine file signature into it: the payload alone would still verify.
    const forged = await renderCertificatePdf({
      ...input,
      validTo: '2086-11-27',
      fileSignature: { ...input.fileSignature!, sign: () => '0'.repeat(128) },
    });
    expect(extractPayload(forged)).toBe(extractPayload(genuine));
    const genuineSignature = /\/Contents <([0-9a-f]{128})>/.exec(genuine.toString('latin1'))![1]!;
    const transplanted = Buffer.from(
      forged.toString('latin1').replace(/\/Contents <[0-9a-f]{128}>/, `/Contents <${genuineSignature}>`),
      'latin1',
    );
    expect(reasonsOf(transplanted)).toEqual(['FILE_CHANGED']);
  });

  it('rejects a change of one byte outside the embedded data', () => {
    const forged = Buffer.from(genuine);
    const at = Math.floor(forged.length / 3);
    forged[at] = forged[at]! ^ 0x01;
    expect(reasonsOf(forged)).toEqual(['FILE_CHANGED']);
  });

  it('rejects a truncated file', () => {
    const cut = genuine.subarray(0, genuine.length - 200);
    expect(reasonsOf(cut)).toEqual(['FILE_TRUNCATED']);
    expect(checkFileSignature(cut, { seals }).reasons[0]!.message).toContain(`${genuine.length} 字节`);
  });

  it('rejects an edited /Producer, in place or as an appended update', () => {
    const text = genuine.toString('latin1');
    const producer = /\/Producer (\d+) 0 R/.exec(text)![1]!;
    const inPlace = Buffer.from(
      text.replace(new RegExp(`(\\n${producer} 0 obj\\n)\\(PDFKit\\)`), '$1(PDFKiT)'),
      'latin1',
    );
    expect(inPlace.equals(genuine)).toBe(false);
    expect(reasonsOf(inPlace)).toEqual(['FILE_CHANGED']);
    const appended = Buffer.concat([genuine, Buffer.from(`\n${producer} 0 obj\n(Other)\nendobj\n%%EOF\n`, 'latin1')]);
    expect(reasonsOf(appended)).toEqual(['FILE_APPENDED']);
  });

  it('rejects a file signed by a key that is not the named seal, and a seal nobody published', async () => {
    const other = generateSealKeyPair();
    const impostor = await renderCertificatePdf({
      ...input,
      fileSignature: { ...input.fileSignature!, sign: (bytes) => signSm2({ ...other, message: bytes }) },
    });
    expect(reasonsOf(impostor)).toEqual(['FILE_CHANGED']);
    expect(checkFileSignature(genuine, { seals: () => null }).reasons.map((r) => r.code)).toEqual([
      'FILE_SEAL_UNKNOWN',
    ]);
  });

  it('says a PDF has no file signature, and a PDF without the embedded certificate is not read at all', async () => {
    const unsigned = await renderCertificatePdf({ ...input, fileSignature: undefined });
    expect(reasonsOf(unsigned)).toEqual(['FILE_UNSIGNED']);
    const text = unsigned.toString('latin1').replace('/YiciCertificate', '/SomethingElse00');
    expect(() => parseFile(Buffer.from(text, 'latin1'))).toThrow(
      expect.objectContaining({
        code: 'CERTIFICATE_DOCUMENT_UNRECOGNISED',
        detail: expect.stringContaining('/YiciCertificate'),
      }),
    );
  });
});
