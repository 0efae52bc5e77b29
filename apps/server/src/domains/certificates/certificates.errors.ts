import { labelOf } from '@yici/contracts';
import { DomainError, type FieldIssue } from '../../platform/errors';

/** Codes the certificates domain throws, one line each on when. */
export const certificatesErrors = {
  /** The type slug is not in the certificate catalogue (证照目录). */
  typeUnknown: (slug: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'CERTIFICATE_TYPE_UNKNOWN',
      title: '证照类型不存在',
      fields: [{ path: 'type', message: `未知的证照类型：${slug}` }],
    }),
  /** The data does not match the type's schema; every field at fault is named. */
  dataInvalid: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'CERTIFICATE_DATA_INVALID',
      title: '证照数据不符合该类证照的要求',
      fields,
    }),
  /** The holder is not in the population or legal-entity registry, or the data names someone else. */
  holderUnknown: (detail: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'CERTIFICATE_HOLDER_UNKNOWN',
      title: '持证主体不存在或与证照数据不一致',
      detail,
      fields: [{ path: 'holder', message: detail }],
    }),
  /** The identifier is malformed or its check character is wrong. */
  identifierInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'invalid', code: 'CERTIFICATE_IDENTIFIER_INVALID', title: '电子证照标识不正确', fields }),
  /** No certificate with that identifier (or not visible to the caller). */
  notFound: (identifier: string) =>
    new DomainError({ kind: 'not_found', code: 'CERTIFICATE_NOT_FOUND', title: '电子证照不存在', detail: identifier }),
  /** Revoking, replacing or copying a certificate that is no longer valid. */
  notValid: (identifier: string, status: string) =>
    new DomainError({
      kind: 'conflict',
      code: 'CERTIFICATE_NOT_VALID',
      title: '该电子证照已失效，不能进行此操作',
      detail: `${identifier}：${labelOf('certificateStatus', status)}`,
    }),
  /** The law allows one valid certificate of the type per subject and one is valid (a second marriage). */
  subjectAlreadyHolds: (typeName: string, identifier: string, basis: string) =>
    new DomainError({
      kind: 'conflict',
      code: 'CERTIFICATE_SUBJECT_ALREADY_HOLDS',
      title: `已有有效的${typeName}，依法不能再签发`,
      detail: `${identifier}（${basis}）`,
    }),
  /** The issuing body's seal is revoked or out of its validity. */
  sealNotUsable: (ownerName: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'SEAL_NOT_USABLE',
      title: '签发机构的电子印章已吊销或已过期',
      detail: ownerName,
    }),
  /** No seal with that id. */
  sealNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'SEAL_NOT_FOUND', title: '电子印章不存在', detail: id }),
  /** Rotating or revoking a seal that is not active. */
  sealNotActive: (id: string) =>
    new DomainError({ kind: 'conflict', code: 'SEAL_NOT_ACTIVE', title: '该电子印章已停用', detail: id }),
  /** A revocation's stated instant lies in the future or before the seal existed. */
  revocationInstantInvalid: (createdAt: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'SEAL_REVOCATION_INSTANT_INVALID',
      title: '吊销生效时刻不正确',
      fields: [{ path: 'revokedFrom', message: `应在印章启用（${createdAt}）之后、现在之前` }],
    }),
  /** The QR payload is cut off or not a verification link of this platform. */
  qrInvalid: () =>
    new DomainError({
      kind: 'invalid',
      code: 'QR_PAYLOAD_INVALID',
      title: '二维码内容不完整或不是本平台的核验码',
      fields: [{ path: 'qr', message: '无法识别' }],
    }),
  /** An uploaded PDF or JSON that the platform did not produce. */
  documentUnrecognised: (detail?: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'CERTIFICATE_DOCUMENT_UNRECOGNISED',
      title: '无法识别的文件：不是本平台签发的电子证照',
      ...(detail ? { detail } : {}),
    }),
  /** A signed document of a format version this platform does not read (docs/certificate-format.md). */
  formatUnsupported: (detail: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'CERTIFICATE_FORMAT_UNSUPPORTED',
      title: '不支持的电子证照格式版本',
      detail,
      fields: [{ path: 'format', message: detail }],
    }),
  /** An annotated copy must end after today and no later than the certificate. */
  copyExpiryInvalid: (message: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'COPY_EXPIRY_INVALID',
      title: '加注件有效期不正确',
      fields: [{ path: 'expiresOn', message }],
    }),
  /** A share code (亮证码) that was never made, is mistyped or has expired: the holder makes a new one. */
  shareCodeInvalid: () =>
    new DomainError({
      kind: 'not_found',
      code: 'SHARE_CODE_INVALID',
      title: '亮证码不存在或已过期，请持证人重新生成',
      fields: [{ path: 'shareCode', message: '亮证码无效' }],
    }),
};
