import { canonicalJson, sm3Hex, verifySm2 } from '../../platform/crypto/sm';
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

/** The downloadable form (JSON file, and the payload inside the PDF): content plus proof. */
export type SignedDocument = {
  format: 'yici-certificate/1';
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
  retiredAt: string | null;
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

function sealCovers(seal: PublishedSeal, at: string): boolean {
  const day = at.slice(0, 10);
  if (seal.validFrom > day) return false;
  if (seal.validTo !== null && seal.validTo < day) return false;
  return seal.retiredAt === null || seal.retiredAt > at;
}

/**
 * Checks a signed document against the published seals: identifier, content hash, SM2 signature,
 * seal in force when it signed, status (when known) and expiry; an annotation likewise. Pure: the
 * server and the offline `yici cert verify` run the same code.
 */
export function checkDocument(
  doc: SignedDocument,
  options: { seals: (id: string) => PublishedSeal | null; today: string; live?: LiveStatus },
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
  const canonical = canonicalJson(content);
  const hashMatches = sm3Hex(canonical) === doc.contentHash;
  if (!hashMatches) reasons.push({ code: 'CONTENT_CHANGED', message: '证照内容与签名时不一致（内容被修改）' });
  let signatureValid = false;
  if (!seal) {
    reasons.push({ code: 'SEAL_UNKNOWN', message: '签名所用的电子印章不是本平台公布的印章' });
  } else {
    signatureValid =
      hashMatches && verifySm2({ publicKey: seal.publicKey, message: canonical, signature: doc.signature });
    if (hashMatches && !signatureValid) reasons.push({ code: 'SIGNATURE_INVALID', message: '电子印章签名无效' });
    if (!sealCovers(seal, content.issuedAt))
      reasons.push({ code: 'SEAL_NOT_IN_FORCE', message: '签发时该电子印章不在有效期内' });
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
  const canonical = canonicalJson(annotation.content);
  const seal = options.seals(annotation.content.sealId);
  const intact =
    sm3Hex(canonical) === annotation.contentHash &&
    annotation.content.certificateHash === doc.contentHash &&
    annotation.content.identifier === doc.content.identifier &&
    seal !== null &&
    verifySm2({ publicKey: seal.publicKey, message: canonical, signature: annotation.signature });
  if (!intact) reasons.push({ code: 'ANNOTATION_INVALID', message: '加注内容被修改或签名无效' });
  if (annotation.content.expiresOn < options.today) {
    reasons.push({ code: 'COPY_EXPIRED', message: `加注件已于 ${annotation.content.expiresOn} 过期` });
  }
  return reasons;
}

export function isSignedDocument(value: unknown): value is SignedDocument {
  const doc = value as Partial<SignedDocument> | null;
  return (
    typeof doc === 'object' &&
    doc !== null &&
    doc.format === 'yici-certificate/1' &&
    typeof doc.contentHash === 'string' &&
    typeof doc.signature === 'string' &&
    typeof doc.content === 'object' &&
    doc.content !== null &&
    typeof doc.content.identifier === 'string' &&
    typeof doc.content.sealId === 'string'
  );
}
