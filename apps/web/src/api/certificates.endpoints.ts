import {
  CertificateSchema,
  CertificateTypeListSchema,
  SealSchema,
  ShareCodeSchema,
  ShareCodesEndedSchema,
  VerificationResultSchema,
  type CertificateTypeSummary,
  type VerifyRequest,
} from '@yici/contracts';
import { CertificateCopySchema, CertificateDetailSchema, SealRetirementSchema } from './certificates.shapes';
import { segment, type RawBody, type Transport } from './transport';

export type CertificateCopyInput = { purpose: string; caseId?: string; expiresOn: string };
export type IssueCertificateInput = {
  type: string;
  issuerDepartmentId: string;
  data: Record<string, unknown>;
  caseId?: string;
};
/** Without `data` the server renews (续期) with the same data; with it, it replaces (换发) the certificate. */
export type ReplaceCertificateInput = { reason: string; data?: Record<string, unknown> };
export type { CertificateTypeSummary };

const CertificateListSchema = CertificateSchema.array();
const SealListSchema = SealSchema.array();

/** Where a downloadable form of a certificate (or of an annotated copy, `copy-…`) lives. */
export function documentUrl(documentId: string, format: 'pdf' | 'json'): string {
  return `/api/documents/${segment(documentId)}/${format}`;
}

/** The public seal picture; the server publishes its address in `Seal.pictureUrl` too. */
export function sealPictureUrl(sealId: string): string {
  return `/api/seals/${segment(sealId)}/picture.svg`;
}

/** Electronic certificates and seals: public verification, the holder's wallet, staff issuing and seals. */
export function certificatesEndpoints(http: Transport) {
  return {
    listCertificateTypes: (signal?: AbortSignal) =>
      http.get({ path: '/api/certificate-types', schema: CertificateTypeListSchema, signal }),
    listSeals: (signal?: AbortSignal) => http.get({ path: '/api/seals', schema: SealListSchema, signal }),
    verifyCertificate: (body: VerifyRequest) =>
      http.write({ path: '/api/certificates/verify', body, schema: VerificationResultSchema }),
    /** The downloaded PDF or JSON, sent as its bytes. */
    verifyCertificateFile: (file: RawBody) =>
      http.write({ path: '/api/certificates/verify/file', raw: file, schema: VerificationResultSchema }),

    listMyCertificates: (signal?: AbortSignal) =>
      http.get({ path: '/api/me/certificates', schema: CertificateListSchema, signal }),
    getCertificate: (identifier: string, signal?: AbortSignal) =>
      http.get({ path: `/api/certificates/${segment(identifier)}`, schema: CertificateDetailSchema, signal }),
    createCertificateCopy: (identifier: string, body: CertificateCopyInput) =>
      http.write({ path: `/api/certificates/${segment(identifier)}/copies`, body, schema: CertificateCopySchema }),
    /** 亮证码: works for `minutes`; whoever enters or scans it sees the content, each view logged. */
    createShareCode: (identifier: string, body: { minutes: number }) =>
      http.write({ path: `/api/certificates/${segment(identifier)}/share-codes`, body, schema: ShareCodeSchema }),
    /** 停止亮证: every live share code of the certificate stops working now. */
    endShareCodes: (identifier: string) =>
      http.write({
        method: 'DELETE',
        path: `/api/certificates/${segment(identifier)}/share-codes`,
        schema: ShareCodesEndedSchema,
      }),

    issueCertificate: (body: IssueCertificateInput) =>
      http.write({ path: '/api/certificates', body, schema: CertificateSchema }),
    revokeCertificate: (identifier: string, body: { reason: string }) =>
      http.write({ path: `/api/certificates/${segment(identifier)}/revoke`, body, schema: CertificateSchema }),
    /** Answers the new certificate; the old one becomes 'replaced', pointing to it. */
    replaceCertificate: (identifier: string, body: ReplaceCertificateInput) =>
      http.write({ path: `/api/certificates/${segment(identifier)}/replace`, body, schema: CertificateSchema }),
    rotateSeal: (id: string, body: { reason: string }) =>
      http.write({ path: `/api/admin/seals/${segment(id)}/rotate`, body, schema: SealRetirementSchema }),
    revokeSeal: (id: string, body: { reason: string; revokedFrom?: string }) =>
      http.write({ path: `/api/admin/seals/${segment(id)}/revoke`, body, schema: SealRetirementSchema }),
  };
}
