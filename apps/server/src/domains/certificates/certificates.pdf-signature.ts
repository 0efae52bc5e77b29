import { rawSignatureOf, verifySm2 } from '../../platform/crypto/sm';
import { sealReasonAt, type PublishedSeal, type VerificationReason } from './certificates.document';

/*
 * The file signature of a certificate PDF: the platform's seal signs the file's exact bytes, as a
 * GB/T 38540 seal signs a document, so any change to the file — the visible text, a byte outside
 * the embedded certificate, a cut-off end, an edited /Producer, an appended update — is seen.
 *
 * The signature lives in the file, in a dictionary the document catalog names:
 *
 *   /YiciFileSignature N 0 R   →   << /Type /YiciFileSignature /Filter /Yici.SM2
 *                                     /ByteRange [0 a b c] /Contents <r‖s, 128 hex>
 *                                     /M (D:YYYYMMDDHHmmSSZ) /SealId (…) >>
 *
 * As in a PDF signature field (ISO 32000-1 §12.8.1), the signed bytes are the whole file except
 * the /Contents hex string with its angle brackets: bytes [0, a) followed by [b, b + c), and
 * b + c is the file's length. The signature is SM2 over those bytes (e = SM3(Z ‖ M), user id
 * 1234567812345678) in the same r ‖ s form as the certificate's own; docs/certificate-format.md
 * shows how OpenSSL checks it with nothing but `head`, `tail` and `openssl pkeyutl`.
 */

export const FILE_SIGNATURE_KEY = 'YiciFileSignature';

/** Ten digits per offset: room for any file the platform writes; the real numbers are padded with spaces. */
const BYTE_RANGE_PLACEHOLDER = '[0 9999999999 9999999999 9999999999]';
const SIGNATURE_BYTES = 64;

/**
 * Adds the signature dictionary with room for the offsets and the signature; call before
 * `doc.end()`, then {@link signPdfFile} on the finished bytes.
 */
export function addFileSignaturePlaceholder(doc: PDFKit.PDFDocument, options: { sealId: string; signedAt: Date }) {
  const ref = doc.ref({
    Type: 'YiciFileSignature',
    Filter: 'Yici.SM2',
    ByteRange: [0, 9_999_999_999, 9_999_999_999, 9_999_999_999],
    Contents: new Uint8Array(SIGNATURE_BYTES),
    M: options.signedAt,
    // pdfkit writes a String object as a PDF string, a plain string as a name.
    SealId: new String(options.sealId),
  });
  // pdfkit's typings make end() take a chunk; a reference ends without one.
  (ref as unknown as { end(): void }).end();
  // The catalog names it, so it belongs to the document (pdfkit has no public handle on the catalog).
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data[FILE_SIGNATURE_KEY] = ref;
}

/** Fills in the offsets, then the signature over every byte but the signature's own. */
export function signPdfFile(pdf: Buffer, sign: (signedBytes: Buffer) => string): Buffer {
  const text = pdf.toString('latin1');
  const rangeAt = text.indexOf(`/ByteRange ${BYTE_RANGE_PLACEHOLDER}`);
  if (rangeAt < 0) throw new Error('the PDF has no file-signature placeholder');
  const contentsAt = text.indexOf('/Contents <', rangeAt) + '/Contents '.length;
  const contentsEnd = contentsAt + 2 + SIGNATURE_BYTES * 2;
  const ranges = `[0 ${contentsAt} ${contentsEnd} ${pdf.length - contentsEnd}]`;
  const out = Buffer.from(pdf);
  out.write(ranges.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' '), rangeAt + '/ByteRange '.length, 'latin1');
  const signature = sign(Buffer.concat([out.subarray(0, contentsAt), out.subarray(contentsEnd)]));
  if (!/^[0-9a-f]{128}$/.test(signature)) throw new Error('the file signature must be r‖s, 128 hex characters');
  out.write(`<${signature}>`, contentsAt, 'latin1');
  return out;
}

/** What a file signature says, read from the file; or why there is none to read. */
export type FileSignature =
  | { found: true; sealId: string; signedAt: string; signature: string; signedBytes: Buffer }
  | { found: false; code: string; message: string };

/**
 * Reads the file signature and the bytes it covers. The covered bytes must be the whole file but
 * the signature itself: anything else (bytes appended after signing, a file cut short, ranges that
 * leave something out) is refused here, before any key is needed.
 */
export function readFileSignature(pdf: Buffer): FileSignature {
  const text = pdf.toString('latin1');
  const at = text.lastIndexOf(`/Type /${FILE_SIGNATURE_KEY}`);
  if (at < 0)
    return {
      found: false,
      code: 'FILE_UNSIGNED',
      message: 'PDF 文件没有平台的文件签名（/YiciFileSignature），无法确认文件未被修改',
    };
  const end = text.indexOf('>>', at);
  const dict = text.slice(at, end < 0 ? undefined : end + 2);
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(dict);
  const contents = /\/Contents\s*<([0-9A-Fa-f]*)>/.exec(dict);
  const sealId = /\/SealId\s*\(([^()\\]*)\)/.exec(dict);
  const signedAt = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z\)/.exec(dict);
  if (!range || !contents || !sealId || !signedAt || end < 0)
    return { found: false, code: 'FILE_SIGNATURE_MALFORMED', message: 'PDF 的文件签名不完整或格式不正确' };
  const [first, a, b, c] = range.slice(1).map(Number) as [number, number, number, number];
  const contentsAt = at + contents.index + contents[0].indexOf('<');
  if (first !== 0 || a !== contentsAt || b !== contentsAt + contents[1]!.length + 2)
    return {
      found: false,
      code: 'FILE_SIGNATURE_MALFORMED',
      message: '文件签名覆盖的范围不是除签名值以外的整个文件',
    };
  if (b + c > pdf.length)
    return {
      found: false,
      code: 'FILE_TRUNCATED',
      message: `文件不完整：签名时文件为 ${b + c} 字节，现在只有 ${pdf.length} 字节（被截断或删改）`,
    };
  if (b + c < pdf.length)
    return {
      found: false,
      code: 'FILE_APPENDED',
      message: `文件在签名之后被追加了 ${pdf.length - b - c} 字节（增量修改）`,
    };
  const signature = rawSignatureOf(contents[1]!);
  if (!signature) return { found: false, code: 'FILE_SIGNATURE_MALFORMED', message: '文件签名值的编码不正确' };
  const [, year, month, day, hour, minute, second] = signedAt;
  return {
    found: true,
    sealId: sealId[1]!,
    signedAt: `${year}-${month}-${day}T${hour}:${minute}:${second}Z`,
    signature,
    signedBytes: Buffer.concat([pdf.subarray(0, a), pdf.subarray(b, b + c)]),
  };
}

/**
 * Checks a PDF's file signature against the published seals: present, covering the whole file,
 * made by a published seal in force at the instant it names, and valid over the file's bytes.
 * Pure, like `checkDocument`: the server and `yici cert verify` run the same code.
 */
export function checkFileSignature(
  pdf: Buffer,
  options: { seals: (id: string) => PublishedSeal | null },
): { reasons: VerificationReason[]; sealId: string | null } {
  const read = readFileSignature(pdf);
  if (!read.found) return { reasons: [{ code: read.code, message: read.message }], sealId: null };
  const seal = options.seals(read.sealId);
  if (!seal)
    return {
      reasons: [{ code: 'FILE_SEAL_UNKNOWN', message: '文件签名所用的电子印章不是本平台公布的印章' }],
      sealId: read.sealId,
    };
  const reasons: VerificationReason[] = [];
  if (!verifySm2({ publicKey: seal.publicKey, message: read.signedBytes, signature: read.signature }))
    reasons.push({ code: 'FILE_CHANGED', message: 'PDF 文件在签名之后被修改（文件签名无效）' });
  const sealReason = sealReasonAt(seal, read.signedAt);
  if (sealReason) reasons.push({ code: `FILE_${sealReason.code}`, message: `文件签名：${sealReason.message}` });
  return { reasons, sealId: read.sealId };
}

/** The seal a PDF's file signature names, if it has one (to look the seal up before checking). */
export function fileSignatureSealId(pdf: Buffer): string | null {
  const read = readFileSignature(pdf);
  return read.found ? read.sealId : null;
}
