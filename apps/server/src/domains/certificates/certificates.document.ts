import { z } from 'zod';
import { chinaDate } from '../../platform/clock';
import type { Memo } from '../../platform/memo';
import { canonicalJson, rawSignatureOf, sm3Hex, verifySm2 } from '../../platform/crypto/sm';
import { parseCertificateIdentifier } from './certificates.identifier';

/** The signed content of a certificate: exactly what the seal's signature covers. */
export type CertificateContent = {
  identifier: string;
  type: { slug: string; code: string; name: string };
  holder: { kind: 'person' | 'legal_person'; id: string; name: string };
  issuer: { uscc: string; name: string };
  data: Record<string, unknown>;
  issuedAt: string;
  validFrom: string;
  validTo: string | null;
  sealId: string;
};

/** 加注件: the holder's annotation, signed by the platform's own seal. */
export type AnnotationContent = {
  copyId: string;
  identifier: string;
  certificateHash: string;
  purpose: string;
  caseId: string | null;
  expiresOn: string;
  createdAt: string;
  sealId: string;
};

/** The one format version this code writes and reads (docs/certificate-format.md). */
export const DOCUMENT_FORMAT = 'yici-certificate/1';

/** The downloadable form (JSON file, and the payload inside the PDF): content plus proof. */
export type SignedDocument = {
  format: typeof DOCUMENT_FORMAT;
  content: CertificateContent;
  contentHash: string;
  signature: string;
  annotation: { content: AnnotationContent; contentHash: string; signature: string } | null;
};

export function hashContent(content: object): string {
  return sm3Hex(canonicalJson(content));
}

/** The public side of a seal, as `GET /api/seals` publishes it. */
export type PublishedSeal = {
  id: string;
  ownerUscc: string;
  ownerName: string;
  publicKey: string;
  validFrom: string;
  validTo: string | null;
  status: 'active' | 'rotated' | 'revoked';
  /** When it stopped signing (rotated or revoked). */
  retiredAt: string | null;
  /** Revoked only: the instant from which what it signed is invalid. */
  revokedAt: string | null;
};

export type VerificationReason = { code: string; message: string };

/** What only the platform knows about a certificate: its current status. Offline checks have none. */
export type LiveStatus = {
  status: 'valid' | 'revoked' | 'replaced';
  contentHash: string;
  revokedReason: string | null;
} | null;

export type DocumentCheck = {
  valid: boolean;
  reasons: VerificationReason[];
  signatureValid: boolean;
  revoked: boolean;
  expired: boolean;
  seal: PublishedSeal | null;
};

/**
 * Whether a seal was in force at the instant it signed (docs/certificate-format.md, "Seal
 * validity"): instants are compared with instants, and the seal's validity dates — China dates,
 * as `clock.today()` gives them — with the China date of the signing instant, never its UTC date.
 */
export function sealReasonAt(seal: PublishedSeal, signedAt: string): VerificationReason | null {
  const at = Date.parse(signedAt);
  if (!ISO_INSTANT.test(signedAt) || Number.isNaN(at))
    return { code: 'SIGNING_TIME_INVALID', message: `签名时间不是有效的时刻：${signedAt}` };
  if (seal.revokedAt !== null && at >= Date.parse(seal.revokedAt))
    return { code: 'SEAL_REVOKED', message: `该电子印章自 ${seal.revokedAt} 起已吊销，此后所签均无效` };
  const day = chinaDate(new Date(at));
  if (seal.validFrom > day || (seal.validTo !== null && seal.validTo < day))
    return { code: 'SEAL_NOT_IN_FORCE', message: '签发时该电子印章不在有效期内' };
  if (seal.retiredAt !== null && at >= Date.parse(seal.retiredAt))
    return { code: 'SEAL_NOT_IN_FORCE', message: `签发时该电子印章已于 ${seal.retiredAt} 停用` };
  return null;
}

/** An instant as the format writes it: ISO 8601 in UTC or with an offset. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** The signature's encoding is one the format allows (r‖s hex, or DER as hex or base64). */
function signatureReason(signature: unknown): VerificationReason | null {
  if (typeof signature === 'string' && rawSignatureOf(signature) !== null) return null;
  return {
    code: 'SIGNATURE_MALFORMED',
    message: '签名编码不正确：应为 128 位十六进制 r‖s，或 DER 编码的 SM2 签名',
  };
}

/**
 * Checks a signed document against the published seals: identifier, content hash, SM2 signature,
 * seal in force when it signed, status (when known) and expiry; an annotation likewise. Pure: the
 * server and the offline `yici cert verify` run the same code.
 */
export function checkDocument(
  doc: SignedDocument,
  options: {
    seals: (id: string) => PublishedSeal | null;
    today: string;
    live?: LiveStatus;
    /** Signature checks already made, keyed by key, content hash and signature (the server's memo). */
    signatures?: Memo<boolean>;
  },
): DocumentCheck {
  const reasons: VerificationReason[] = [];
  const content = doc.content;
  const parsed = parseCertificateIdentifier(content.identifier);
  if (!parsed.ok)
    reasons.push({
      code: 'IDENTIFIER_INVALID',
      message: `证照标识不正确：${parsed.issues.map((i) => i.message).join('；')}`,
    });
  const seal = options.seals(content.sealId);
  const canonical = canonicalOrNull(content);
  const hashMatches = canonical !== null && sm3Hex(canonical) === doc.contentHash;
  if (canonical === null)
    reasons.push({ code: 'CONTENT_NOT_JSON', message: '证照内容含有 JSON 规范形式（RFC 8785）不允许的值' });
  else if (!hashMatches) reasons.push({ code: 'CONTENT_CHANGED', message: '证照内容与签名时不一致（内容被修改）' });
  let signatureValid = false;
  if (!seal) {
    reasons.push({ code: 'SEAL_UNKNOWN', message: '签名所用的电子印章不是本平台公布的印章' });
  } else {
    const malformed = signatureReason(doc.signature);
    if (malformed) reasons.push(malformed);
    const verify = () => verifySm2({ publicKey: seal.publicKey, message: canonical!, signature: doc.signature });
    // The content hashes to doc.contentHash (checked above), so key, hash and signature decide the answer.
    signatureValid =
      hashMatches &&
      !malformed &&
      (options.signatures
        ? options.signatures.get(`${seal.publicKey}|${doc.contentHash}|${doc.signature}`, verify)
        : verify());
    if (hashMatches && !malformed && !signatureValid)
      reasons.push({ code: 'SIGNATURE_INVALID', message: '电子印章签名无效' });
    const sealReason = sealReasonAt(seal, content.issuedAt);
    if (sealReason) reasons.push(sealReason);
  }
  const live = options.live;
  const revoked = live?.status === 'revoked';
  if (revoked)
    reasons.push({ code: 'REVOKED', message: `证照已注销${live?.revokedReason ? `：${live.revokedReason}` : ''}` });
  if (live?.status === 'replaced') reasons.push({ code: 'REPLACED', message: '证照已被换发，请使用新证照' });
  if (live && live.contentHash !== doc.contentHash)
    reasons.push({ code: 'NOT_AS_ISSUED', message: '与平台登记的证照内容不一致' });
  const expired = content.validTo !== null && content.validTo < options.today;
  if (expired) reasons.push({ code: 'EXPIRED', message: `证照已于 ${content.validTo} 到期` });
  if (doc.annotation) reasons.push(...checkAnnotation(doc, options));
  return { valid: reasons.length === 0, reasons, signatureValid, revoked, expired, seal };
}

function checkAnnotation(
  doc: SignedDocument,
  options: { seals: (id: string) => PublishedSeal | null; today: string },
): VerificationReason[] {
  const annotation = doc.annotation!;
  const reasons: VerificationReason[] = [];
  const canonical = canonicalOrNull(annotation.content);
  const seal = options.seals(annotation.content.sealId);
  const intact =
    canonical !== null &&
    sm3Hex(canonical) === annotation.contentHash &&
    annotation.content.certificateHash === doc.contentHash &&
    annotation.content.identifier === doc.content.identifier &&
    seal !== null &&
    verifySm2({ publicKey: seal.publicKey, message: canonical, signature: annotation.signature });
  if (!intact) reasons.push({ code: 'ANNOTATION_INVALID', message: '加注内容被修改或签名无效' });
  const sealReason = seal ? sealReasonAt(seal, annotation.content.createdAt) : null;
  if (sealReason) reasons.push({ code: `ANNOTATION_${sealReason.code}`, message: `加注：${sealReason.message}` });
  if (annotation.content.expiresOn < options.today) {
    reasons.push({ code: 'COPY_EXPIRED', message: `加注件已于 ${annotation.content.expiresOn} 过期` });
  }
  return reasons;
}

/**
 * Why a parsed JSON value is not a signed document this code can check, or null when it is one:
 * an unknown format version is named as such (a later version is not "forged", just not ours to
 * judge), and so is a structure that lacks what every version-1 document has.
 */
export function documentProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '不是 JSON 对象';
  const doc = value as Record<string, unknown>;
  if (doc.format !== DOCUMENT_FORMAT)
    return typeof doc.format === 'string'
      ? `不支持的格式版本“${doc.format.slice(0, 40)}”（本平台为 ${DOCUMENT_FORMAT}）`
      : `缺少格式版本 format（应为 ${DOCUMENT_FORMAT}）`;
  const content = doc.content as Record<string, unknown> | null;
  const missing = [
    typeof doc.contentHash !== 'string' && 'contentHash',
    typeof doc.signature !== 'string' && 'signature',
    (typeof content !== 'object' || content === null) && 'content',
    typeof content?.identifier !== 'string' && 'content.identifier',
    typeof content?.sealId !== 'string' && 'content.sealId',
    typeof content?.issuedAt !== 'string' && 'content.issuedAt',
  ].filter((name): name is string => typeof name === 'string');
  if (missing.length > 0) return `缺少或类型不对的字段：${missing.join('、')}`;
  const annotation = doc.annotation as Record<string, unknown> | null | undefined;
  if (annotation !== null && annotation !== undefined) {
    const inner = annotation.content as Record<string, unknown> | null;
    if (
      typeof inner !== 'object' ||
      inner === null ||
      typeof annotation.contentHash !== 'string' ||
      typeof annotation.signature !== 'string' ||
      typeof inner.sealId !== 'string' ||
      typeof inner.createdAt !== 'string' ||
      typeof inner.purpose !== 'string' ||
      (inner.caseId !== null && typeof inner.caseId !== 'string') ||
      !z.iso.date().safeParse(inner.expiresOn).success
    )
      return '加注 annotation 的结构不完整';
  }
  return null;
}

/** Content someone brought may hold what has no canonical form (a lone surrogate): a reason, not a crash. */
function canonicalOrNull(value: unknown): string | null {
  try {
    return canonicalJson(value);
  } catch {
    return null;
  }
}

export function isSignedDocument(value: unknown): value is SignedDocument {
  return documentProblem(value) === null;
}
