import { createHash } from 'node:crypto';

/** The kinds of file accepted as application materials: scans and photos of paper documents. */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type UploadRefusalCode =
  'UPLOAD_EMPTY' | 'UPLOAD_TOO_LARGE' | 'UPLOAD_TYPE_NOT_ALLOWED' | 'UPLOAD_TYPE_MISMATCH';

export type UploadInspection =
  | { ok: true; mediaType: UploadMediaType; sha256: string; size: number }
  | { ok: false; code: UploadRefusalCode; message: string };

const SIGNATURES: readonly { mediaType: UploadMediaType; bytes: Buffer }[] = [
  { mediaType: 'application/pdf', bytes: Buffer.from('%PDF-', 'latin1') },
  { mediaType: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff]) },
  { mediaType: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
];

const MEDIA_TYPE_NAMES: Record<UploadMediaType, string> = {
  'application/pdf': 'PDF 文档',
  'image/jpeg': 'JPG 图片',
  'image/png': 'PNG 图片',
};

/** Names clients send for the accepted types besides the registered ones (old browsers, scanners). */
const DECLARED_ALIASES: Record<string, UploadMediaType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'application/x-pdf': 'application/pdf',
};

/**
 * Decides whether an uploaded file may be kept as a material. The type is read from the content:
 * a declared Content-Type is only the client's claim, and a renamed executable must not reach the
 * staff who open the materials.
 */
export function inspectUpload(bytes: Buffer, declaredType?: string): UploadInspection {
  if (bytes.length === 0) return refuse('UPLOAD_EMPTY', '上传的文件为空，请重新选择文件。');
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return refuse(
      'UPLOAD_TOO_LARGE',
      `文件大小为 ${formatMegabytes(bytes.length)}，超过 ${formatMegabytes(MAX_UPLOAD_BYTES)} 的上限，请压缩或分页后重新上传。`,
    );
  }
  const mediaType = sniffMediaType(bytes);
  if (mediaType === null) {
    return refuse('UPLOAD_TYPE_NOT_ALLOWED', '仅支持上传 PDF 文档或 JPG、PNG 图片，该文件不是其中任何一种格式。');
  }
  const declared = normaliseDeclaredType(declaredType);
  if (declared !== null && declared !== mediaType) {
    return refuse(
      'UPLOAD_TYPE_MISMATCH',
      `文件声明的类型（${declared}）与文件内容（${MEDIA_TYPE_NAMES[mediaType]}）不一致，请确认文件后重新上传。`,
    );
  }
  return { ok: true, mediaType, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

function sniffMediaType(bytes: Buffer): UploadMediaType | null {
  const match = SIGNATURES.find((signature) => bytes.subarray(0, signature.bytes.length).equals(signature.bytes));
  return match?.mediaType ?? null;
}

/**
 * Browsers send application/octet-stream (or nothing) when they do not know a file's type; that
 * claims nothing, so it cannot disagree with the content.
 */
function normaliseDeclaredType(declaredType: string | undefined): string | null {
  const bare = declaredType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (bare === '' || bare === 'application/octet-stream') return null;
  return DECLARED_ALIASES[bare] ?? bare;
}

/** Rounded up, so a file just over the limit never reads as exactly at it. */
function formatMegabytes(size: number): string {
  return `${Math.ceil((size / (1024 * 1024)) * 10) / 10} MB`;
}

function refuse(code: UploadRefusalCode, message: string): UploadInspection {
  return { ok: false, code, message };
}
