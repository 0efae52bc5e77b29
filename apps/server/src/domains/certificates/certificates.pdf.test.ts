import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCjkFont } from './certificates.fonts';
import {
  CERTIFICATE_FOOTER,
  formatChineseDate,
  renderCertificatePdf,
  type CertificatePdfInput,
} from './certificates.pdf';
import { extractPayload } from './certificates.pdf-payload';
import { pdfText } from '../../testing/pdf-text';

const ANNOTATION = '仅供办理银行开户使用，有效期至2024年6月30日';

const input: CertificatePdfInput = {
  title: '营业执照',
  identifier: 'SD-YYZZ-370102-2024-000123',
  holderName: '济南泉城科技发展有限公司',
  issuerName: '济南市历下区行政审批服务局',
  issuedOn: '2024-05-06',
  validFrom: '2024-05-06',
  validTo: null,
  fields: [
    { label: '统一社会信用代码', value: '91370102MA3C4XYZ7K' },
    { label: '法定代表人', value: '张三' },
    { label: '经营范围', value: '技术服务、技术开发、技术咨询；软件开发。'.repeat(6) },
  ],
  verifyUrl: 'https://zwfw.shandong.gov.cn/verify/SD-YYZZ-370102-2024-000123',
  sealOwnerName: '济南市历下区行政审批服务局',
  payloadJson: JSON.stringify({ id: 'SD-YYZZ-370102-2024-000123', signature: 'ab'.repeat(64) }),
  // Fails with the install hint on a machine without fonts-noto-cjk.
  font: requireCjkFont(),
};

/** The characters the embedded font subsets can show, read from their ToUnicode maps. */
function printableCharacters(pdf: Buffer): Set<string> {
  const characters = new Set<string>();
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    if (!content.includes('beginbfrange')) continue;
    for (const entry of content.matchAll(/<([0-9a-f]{4}(?: [0-9a-f]{4})*)>(?=[ \]])/g)) {
      characters.add(String.fromCharCode(...entry[1]!.split(' ').map((hex) => parseInt(hex, 16))));
    }
  }
  return characters;
}

function printsAll(pdf: Buffer, text: string): boolean {
  const printable = printableCharacters(pdf);
  return [...text].every((c) => c === ' ' || printable.has(c));
}

describe('renderCertificatePdf', () => {
  let plain: Buffer;
  let annotated: Buffer;
  beforeAll(async () => {
    plain = await renderCertificatePdf(input);
    annotated = await renderCertificatePdf({ ...input, annotation: { text: ANNOTATION } });
  });

  it('renders a small PDF carrying the signed certificate', () => {
    expect(plain.subarray(0, 5).toString()).toBe('%PDF-');
    expect(extractPayload(plain)).toBe(input.payloadJson);
    // Only the glyphs used are embedded, not the 20 MB font.
    expect(plain.length).toBeLessThan(300_000);
  });

  it('prints the title, holder, fields, issuer and footer in the CJK font', () => {
    const everything = [input.title, input.holderName, input.issuerName, CERTIFICATE_FOOTER, '长期', '2024年5月6日'];
    for (const text of [...everything, ...input.fields.flatMap((f) => [f.label, f.value])]) {
      expect(printsAll(plain, text), text).toBe(true);
    }
  });

  it('renders the same bytes for the same certificate, dated the day it was issued', async () => {
    expect((await renderCertificatePdf(input)).equals(plain)).toBe(true);
    // 2024-05-06 00:00 in China is 2024-05-05 16:00 UTC.
    expect(plain.toString('latin1')).toContain('(D:20240505160000Z)');
    expect(plain.includes(Buffer.from('营业执照', 'utf16le').swap16())).toBe(true);
  });

  it('prints an annotation as a translucent red watermark and still carries the payload', () => {
    expect(annotated.length).not.toBe(plain.length);
    expect(extractPayload(annotated)).toBe(input.payloadJson);
    expect(printsAll(annotated, `加注：${ANNOTATION}`)).toBe(true);
    expect(printsAll(plain, '仅供办理银行开户')).toBe(false);
    expect(annotated.toString('latin1')).toContain('/ca 0.16');
  });

  it('fits a very long value on the page', async () => {
    const crowded = await renderCertificatePdf({
      ...input,
      fields: [...input.fields, { label: '经营范围', value: '技术服务；'.repeat(400) }],
    });
    expect(crowded.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});

describe('formatChineseDate', () => {
  it('writes dates the Chinese way and leaves anything else alone', () => {
    expect(formatChineseDate('2024-05-06')).toBe('2024年5月6日');
    expect(formatChineseDate('长期')).toBe('长期');
  });
});

describe('模拟环境', () => {
  it('a certificate rendered on simulated time carries the mark “模拟”; a real one does not', async () => {
    const simulated = pdfText(await renderCertificatePdf({ ...input, simulated: true })).replace(/\s/g, '');
    expect(simulated).toContain('模拟环境生成，非真实文书');
    const real = pdfText(await renderCertificatePdf(input)).replace(/\s/g, '');
    expect(real).not.toContain('模拟');
  });
});
