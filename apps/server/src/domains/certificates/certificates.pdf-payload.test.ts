import { randomBytes } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { collectPdf } from './certificates.pdf';
import { embedPayload, extractPayload } from './certificates.pdf-payload';

const PAYLOAD = JSON.stringify({
  certificateId: 'SD-YYZZ-370102-2024-000123',
  holder: '济南泉城科技发展有限公司（分公司）',
  note: 'parentheses ) ( and a backslash \\ survive',
  signature: 'MEUCIQ' + 'a'.repeat(90),
});

/** A plain pdfkit document in a standard font, with or without a payload. */
async function makePdf(payloadJson?: string): Promise<Buffer> {
  const doc = new PDFDocument({ info: { CreationDate: new Date('2024-05-06T00:00:00Z') } });
  const pdf = collectPdf(doc);
  doc.text('Hello');
  if (payloadJson !== undefined) embedPayload(doc, payloadJson);
  doc.end();
  return pdf;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const handWritten = (...bodies: string[]) => Buffer.from(`%PDF-1.4\n${bodies.join('\n')}\n%%EOF\n`, 'latin1');

describe('embedPayload and extractPayload', () => {
  it('carry the JSON through a real pdfkit document unchanged', async () => {
    expect(extractPayload(await makePdf(PAYLOAD))).toBe(PAYLOAD);
  });

  it('store it as an ASCII base64 string in the information dictionary', async () => {
    const text = (await makePdf(PAYLOAD)).toString('latin1');
    const reference = /\/YiciCertificate (\d+) 0 R/.exec(text);
    expect(reference).not.toBeNull();
    expect(text).toContain(`\n${reference![1]} 0 obj\n(${base64(PAYLOAD)})\nendobj`);
  });

  it('find nothing in a PDF that is not ours', async () => {
    expect(extractPayload(await makePdf())).toBeNull();
  });

  it('find nothing in random bytes or an empty file', () => {
    expect(extractPayload(randomBytes(64 * 1024))).toBeNull();
    expect(extractPayload(Buffer.alloc(0))).toBeNull();
  });

  it('read a literal string with escapes, line continuations and octal codes', () => {
    const encoded = base64('{"a":"一次办好"}');
    const written = `${encoded.slice(0, 8)}\\\n${encoded.slice(8, 12)}\\${encoded.charCodeAt(12).toString(8)}${encoded.slice(13)}`;
    expect(extractPayload(handWritten(`1 0 obj\n<< /YiciCertificate (${written}) >>\nendobj`))).toBe(
      '{"a":"一次办好"}',
    );
  });

  it('read a hex string and take the last definition of an incrementally updated file', () => {
    const first = `1 0 obj\n<< /YiciCertificate 2 0 R >>\nendobj\n2 0 obj\n(${base64('{"v":1}')})\nendobj`;
    const hex = Buffer.from(base64('{"v":2}'), 'latin1').toString('hex');
    const update = `2 0 obj\n<${hex}>\nendobj`;
    expect(extractPayload(handWritten(first))).toBe('{"v":1}');
    expect(extractPayload(handWritten(first, update))).toBe('{"v":2}');
  });

  it('reject a payload that is not base64 of UTF-8 JSON', () => {
    const entry = (value: string) => handWritten(`1 0 obj\n<< /YiciCertificate (${value}) >>\nendobj`);
    expect(extractPayload(entry('not base64!'))).toBeNull();
    expect(extractPayload(entry(base64('not json')))).toBeNull();
    expect(extractPayload(entry(Buffer.from([0xff, 0xfe, 0x7b]).toString('base64')))).toBeNull();
    expect(extractPayload(handWritten('1 0 obj\n<< /YiciCertificate 9 0 R >>\nendobj'))).toBeNull();
  });
});
