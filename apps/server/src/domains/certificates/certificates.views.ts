import type { CertificateValidity, Seal, VerificationResult } from '@yici/contracts';
import type { Resource } from '../../platform/access/access';
import { chinaDate } from '../../platform/clock';
import { publicKeyPem } from '../../platform/crypto/sm';
import type { CertificateContent, PublishedSeal, SignedDocument } from './certificates.document';
import { DOCUMENT_FORMAT, documentProblem } from './certificates.document';
import { certificatesErrors } from './certificates.errors';
import { extractPayload, PAYLOAD_INFO_KEY } from './certificates.pdf-payload';
import type { CertificateRow } from './certificates.repository';
import type { SealRow } from './certificates.seals';
import { certificateTypeBySlug, type CertificateTypeDefinition } from './certificates.types';

/*
 * Pure shapes of the certificates domain: rows into signed documents and public views, and the
 * parsing of what people bring to verification (a QR link, a PDF, a JSON file).
 */

export function contentOf(row: CertificateRow, type: { slug: string; code: string; name: string }): CertificateContent {
  return {
    identifier: row.identifier,
    type,
    holder: { kind: row.holderKind, id: row.holderId, name: row.holderName },
    issuer: { uscc: row.issuerUscc, name: row.issuerName },
    data: row.data,
    issuedAt: row.issuedAt.toISOString(),
    validFrom: row.validFrom,
    validTo: row.validTo,
    sealId: row.sealId,
  };
}

/**
 * The rows a certificate prints, each value as a person reads it: an enumerated value by its
 * Chinese label (the type's option labels, built from the one label table), never its code; a
 * key the type does not know keeps its value but is named as unknown.
 */
export function printedFields(
  type: Pick<CertificateTypeDefinition, 'fields'> | undefined,
  data: Record<string, unknown>,
): { label: string; value: string }[] {
  const fields = new Map((type?.fields ?? []).map((f) => [f.key, f]));
  return Object.entries(data).map(([key, value]) => {
    const field = fields.get(key);
    const text = value === null || value === undefined ? '' : String(value);
    if (!field) return { label: `未知（${key}）`, value: text };
    if (field.type !== 'enum') return { label: field.label, value: text };
    return { label: field.label, value: field.options?.find((o) => o.value === text)?.label ?? `未知（${text}）` };
  });
}

export function typeRef(row: CertificateRow) {
  const type = certificateTypeBySlug(row.typeSlug);
  return { slug: row.typeSlug, code: row.typeCode, name: type?.name ?? row.typeSlug };
}

export function documentOf(row: CertificateRow, annotation: SignedDocument['annotation'] = null): SignedDocument {
  return {
    format: 'yici-certificate/1',
    content: contentOf(row, typeRef(row)),
    contentHash: row.contentHash,
    signature: row.signature,
    annotation,
  };
}

export function publishedSeal(seal: SealRow): PublishedSeal {
  return {
    id: seal.id,
    ownerUscc: seal.ownerUscc,
    ownerName: seal.ownerName,
    publicKey: seal.publicKey,
    validFrom: seal.validFrom,
    validTo: seal.validTo,
    status: seal.status,
    retiredAt: seal.retiredAt?.toISOString() ?? null,
    revokedAt: seal.revokedAt?.toISOString() ?? null,
  };
}

export function sealView(seal: SealRow): Seal {
  return {
    id: seal.id,
    ownerUscc: seal.ownerUscc,
    ownerName: seal.ownerName,
    algorithm: 'SM2',
    publicKey: seal.publicKey,
    publicKeyPem: publicKeyPem(seal.publicKey),
    validFrom: seal.validFrom,
    validTo: seal.validTo,
    status: seal.status,
    retiredAt: seal.retiredAt?.toISOString() ?? null,
    revokedAt: seal.revokedAt?.toISOString() ?? null,
    pictureUrl: `/api/seals/${seal.id}/picture.svg`,
  };
}

/** A certificate belongs to its holder: the person, or whoever acts for the entity. */
export function holderResource(row: CertificateRow): Resource {
  return row.holderKind === 'person'
    ? { kind: 'owned', ownerIdNumber: row.holderId }
    : { kind: 'owned', ownerUscc: row.holderId };
}

/**
 * What anyone who knows the identifier may learn. Identifiers are guessable (one serial counter, a
 * public check character), so this names no holder and no date that hints at one (an identity
 * card's end date tells the holder's age band): the type, the issuing body, the issue date, the
 * status.
 */
export function validityOf(row: CertificateRow, status: CertificateValidity['status']): CertificateValidity {
  return {
    identifier: row.identifier,
    type: typeRef(row),
    issuer: { uscc: row.issuerUscc, name: row.issuerName },
    issuedOn: chinaDate(row.issuedAt),
    status,
  };
}

/**
 * Reasons as shown to someone who did not present the content: a revocation's reason (it may
 * name the holder's circumstances) and an end date (an age band) stay with the holder.
 */
export function reasonsWithoutDetail(reasons: VerificationResult['reasons']): VerificationResult['reasons'] {
  return reasons.map((reason) => {
    if (reason.code === 'REVOKED') return { code: reason.code, message: '证照已注销' };
    if (reason.code === 'EXPIRED') return { code: reason.code, message: '证照已过有效期' };
    return reason;
  });
}

/** A verification link as printed in the QR code: …/verify/<identifier>?h=<first 16 of the SM3 hash>. */
export function parseQr(payload: string): { identifier: string; hashPrefix: string } {
  const match = /\/verify\/([^?#\s]+)\?h=([0-9a-f]{16})$/.exec(payload.trim());
  if (!match) throw certificatesErrors.qrInvalid();
  return { identifier: decodeURIComponent(match[1]!), hashPrefix: match[2]! };
}

/** A downloaded certificate: its PDF (with the signed payload inside) or its JSON. */
export type ParsedFile = { doc: SignedDocument; pdf: Buffer | null };

/**
 * Reads what someone brings to verification, or says plainly why it cannot be read: a PDF
 * without the embedded entry, text that is not JSON, an unknown format version, a structure that
 * lacks what the format has.
 */
export function parseFile(file: Buffer): ParsedFile {
  const isPdf = file.subarray(0, 5).toString('latin1') === '%PDF-';
  const text = isPdf ? extractPayload(file) : file.toString('utf8');
  if (text === null)
    throw certificatesErrors.documentUnrecognised(`PDF 中没有可读取的 /${PAYLOAD_INFO_KEY} 条目（内嵌的已签名证照）`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw certificatesErrors.documentUnrecognised('既不是 PDF，也不是 JSON 格式的电子证照');
  }
  return { doc: signedDocumentOf(parsed), pdf: isPdf ? file : null };
}

/** A JSON value as a signed document, or the error that names what is wrong with it. */
export function signedDocumentOf(value: unknown): SignedDocument {
  const problem = documentProblem(value);
  if (problem === null) return value as SignedDocument;
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== DOCUMENT_FORMAT) throw certificatesErrors.formatUnsupported(problem);
  throw certificatesErrors.documentUnrecognised(problem);
}
