import { DomainError } from '../../platform/errors';

/** The sharing domain's problems; each line says when it is thrown. */
export const sharingErrors = {
  /** A bearer token that is unknown, expired, or whose account was revoked. */
  tokenInvalid: () =>
    new DomainError({ kind: 'unauthenticated', code: 'TOKEN_INVALID', title: '访问令牌无效或已过期' }),
  /** An administrator names a scope that is not a machine permission. */
  scopeUnknown: (scopes: string[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'SCOPE_UNKNOWN',
      title: '权限范围不存在或不能授予服务账号',
      fields: scopes.map((scope) => ({ path: 'scopes', message: scope })),
    }),
  accountNotFound: () =>
    new DomainError({ kind: 'not_found', code: 'SERVICE_ACCOUNT_NOT_FOUND', title: '服务账号不存在' }),
  secretNotFound: () =>
    new DomainError({ kind: 'not_found', code: 'CLIENT_SECRET_NOT_FOUND', title: '客户端密钥不存在' }),
  accountRevoked: () => new DomainError({ kind: 'conflict', code: 'SERVICE_ACCOUNT_REVOKED', title: '服务账号已停用' }),
  subscriptionNotFound: () =>
    new DomainError({ kind: 'not_found', code: 'SUBSCRIPTION_NOT_FOUND', title: '订阅不存在' }),
  /** A webhook address of a scheme or form the platform does not send to. */
  webhookUrlRefused: (reason: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'WEBHOOK_URL_REFUSED',
      title: '事件推送地址不可用',
      fields: [{ path: 'url', message: reason }],
    }),
  /** A read of a person's data for a purpose the law ties to a case or consent, without either. */
  referenceRequired: () =>
    new DomainError({
      kind: 'invalid',
      code: 'CASE_OR_CONSENT_REQUIRED',
      title: '读取个人信息须附办件编号或本人授权编号',
      fields: [{ path: 'caseId', message: '请提供办件编号或本人授权编号' }],
    }),
  /**
   * A case that does not exist, is not the subject's or lies outside the account's region, or a
   * consent reference that is unknown, withdrawn, expired, given to another account or by another
   * person: one answer for all, so that nobody learns which cases or consents exist.
   */
  referenceInvalid: (path: 'caseId' | 'consentReference') =>
    new DomainError({
      kind: 'invalid',
      code: 'SHARING_REFERENCE_INVALID',
      title: path === 'caseId' ? '办件编号无效或与查询对象无关' : '本人授权编号无效、已撤回或已过期',
      fields: [{ path, message: '与查询对象和本账号不符' }],
    }),
  certificateTypeUnknown: (type: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'CERTIFICATE_TYPE_UNKNOWN',
      title: '证照类型不存在',
      fields: [{ path: 'type', message: type }],
    }),
  consentNotFound: () => new DomainError({ kind: 'not_found', code: 'CONSENT_NOT_FOUND', title: '授权不存在' }),
  consentUntilInvalid: (message: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'CONSENT_UNTIL_INVALID',
      title: '授权期限不正确',
      fields: [{ path: 'validUntil', message }],
    }),
  /** The account's region does not cover the person: reported as missing, like out-of-scope records. */
  personNotFound: () => new DomainError({ kind: 'not_found', code: 'NOT_FOUND_OR_OUT_OF_SCOPE', title: '记录不存在' }),
};
