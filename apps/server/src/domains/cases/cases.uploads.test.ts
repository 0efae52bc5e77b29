import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectUpload, MAX_UPLOAD_BYTES, UPLOAD_MEDIA_TYPES } from './cases.uploads';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0')]);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('\0\0\0\rIHDR', 'latin1'),
]);
const exe = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('This program cannot be run in DOS mode.'),
]);
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('inspectUpload', () => {
  it.each([
    ['a PDF', pdf, 'application/pdf'],
    ['a JPEG', jpeg, 'image/jpeg'],
    ['a PNG', png, 'image/png'],
  ] as const)('accepts %s, reporting its type, digest and size', (_, bytes, mediaType) => {
    expect(inspectUpload(bytes, mediaType)).toEqual({ ok: true, mediaType, sha256: sha256(bytes), size: bytes.length });
  });

  it('accepts only PDF, JPEG and PNG', () => {
    expect(UPLOAD_MEDIA_TYPES).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
  });

  it('types a file by its content when no type, a generic type or a type with parameters is declared', () => {
    expect(inspectUpload(png)).toMatchObject({ ok: true, mediaType: 'image/png' });
    expect(inspectUpload(pdf, 'application/octet-stream')).toMatchObject({ ok: true, mediaType: 'application/pdf' });
    expect(inspectUpload(pdf, 'Application/PDF; name=营业执照.pdf')).toMatchObject({ ok: true });
    expect(inspectUpload(jpeg, 'image/jpg')).toMatchObject({ ok: true, mediaType: 'image/jpeg' });
  });

  it.each([
    ['an executable', exe],
    ['a ZIP archive', zip],
    ['an HTML page', html],
  ])('refuses %s even when it is declared as a PDF', (_, bytes) => {
    for (const declared of [undefined, 'application/pdf']) {
      const result = inspectUpload(bytes, declared);
      expect(result).toMatchObject({ ok: false, code: 'UPLOAD_TYPE_NOT_ALLOWED' });
      expect(!result.ok && result.message).toMatch(/仅支持上传 PDF 文档或 JPG、PNG 图片/);
    }
  });

  it('refuses a PNG declared as a PDF, naming both', () => {
    const result = inspectUpload(png, 'application/pdf');
    expect(result).toMatchObject({ ok: false, code: 'UPLOAD_TYPE_MISMATCH' });
    expect(!result.ok && result.message).toBe(
      '文件声明的类型（application/pdf）与文件内容（PNG 图片）不一致，请确认文件后重新上传。',
    );
  });

  it('refuses an empty file', () => {
    expect(inspectUpload(Buffer.alloc(0), 'application/pdf')).toEqual({
      ok: false,
      code: 'UPLOAD_EMPTY',
      message: '上传的文件为空，请重新选择文件。',
    });
  });

  it('accepts a file of exactly 10 MB and refuses one byte more', () => {
    const atLimit = Buffer.alloc(MAX_UPLOAD_BYTES);
    pdf.copy(atLimit);
    expect(inspectUpload(atLimit)).toMatchObject({ ok: true, size: 10 * 1024 * 1024 });
    const result = inspectUpload(Buffer.concat([atLimit, Buffer.from('x')]));
    expect(result).toMatchObject({ ok: false, code: 'UPLOAD_TOO_LARGE' });
    expect(!result.ok && result.message).toMatch(/文件大小为 10\.1 MB，超过 10 MB 的上限/);
  });
});
