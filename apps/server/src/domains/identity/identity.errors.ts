import { DomainError, type FieldIssue } from '../../platform/errors';

/** Codes the identity domain throws, one line each on when. */
export const identityErrors = {
  /** The ID number's check character (GB 11643) or birth date is wrong. */
  idNumberInvalid: () =>
    new DomainError({
      kind: 'invalid',
      code: 'ID_NUMBER_INVALID',
      title: '身份证号不正确',
      fields: [{ path: 'idNumber', message: '身份证号校验位或出生日期不正确' }],
    }),
  /** An account with this ID number, phone or login already exists. */
  accountExists: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'conflict', code: 'ACCOUNT_EXISTS', title: '该账号已注册', fields }),
  /** Login or password wrong — never says which. */
  loginFailed: () => new DomainError({ kind: 'unauthenticated', code: 'LOGIN_FAILED', title: '账号或密码错误' }),
  /** Too many failures: locked with back-off until the given time (also sent as Retry-After). */
  accountLocked: (until: Date, now: Date) =>
    new DomainError({
      kind: 'too_many',
      code: 'ACCOUNT_LOCKED',
      title: '登录失败次数过多，账号已临时锁定',
      detail: `请于 ${until.toISOString()} 之后再试`,
      retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
    }),
  /** The account was disabled by an administrator. */
  accountDisabled: () => new DomainError({ kind: 'forbidden', code: 'ACCOUNT_DISABLED', title: '账号已停用' }),
  /** A one-time code is wrong. */
  codeInvalid: () =>
    new DomainError({
      kind: 'invalid',
      code: 'ONE_TIME_CODE_INVALID',
      title: '验证码不正确',
      fields: [{ path: 'code', message: '验证码不正确' }],
    }),
  /** The code's five minutes are over, or no code was sent. */
  codeExpired: () =>
    new DomainError({
      kind: 'invalid',
      code: 'ONE_TIME_CODE_EXPIRED',
      title: '验证码已过期，请重新获取',
      fields: [{ path: 'code', message: '验证码已过期' }],
    }),
  /** The code was already used once. */
  codeUsed: () =>
    new DomainError({
      kind: 'invalid',
      code: 'ONE_TIME_CODE_USED',
      title: '验证码已使用，请重新获取',
      fields: [{ path: 'code', message: '验证码已使用' }],
    }),
  /** Five wrong tries on one code: it is burnt. */
  codeTooManyAttempts: () =>
    new DomainError({ kind: 'too_many', code: 'ONE_TIME_CODE_LOCKED', title: '验证码错误次数过多，请重新获取' }),
  /** The session cookie is unknown, forged, revoked or expired. */
  sessionInvalid: () =>
    new DomainError({ kind: 'unauthenticated', code: 'SESSION_INVALID', title: '登录已失效，请重新登录' }),
  /** A cookie-authenticated write without the matching CSRF token. */
  csrfInvalid: () =>
    new DomainError({ kind: 'forbidden', code: 'CSRF_TOKEN_INVALID', title: '请求校验失败，请刷新页面后重试' }),
  /** Name and ID number do not match the population registry. */
  registryMismatch: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'REAL_NAME_MISMATCH',
      title: '姓名与身份证号与人口库不一致',
    }),
  /** The phone must be verified first. */
  phoneNotVerified: () =>
    new DomainError({ kind: 'unprocessable', code: 'PHONE_NOT_VERIFIED', title: '请先完成手机号验证' }),
  /** The person is not the entity's legal representative in the legal-entity registry. */
  notLegalRepresentative: () =>
    new DomainError({
      kind: 'forbidden',
      code: 'NOT_LEGAL_REPRESENTATIVE',
      title: '您不是该单位登记的法定代表人',
    }),
  /** The USCC fails its check character: staff must verify it in person and override with a reason. */
  usccCheckFailed: (expected: string | undefined) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'USCC_CHECK_FAILED',
      title: '统一社会信用代码校验未通过，请到窗口由工作人员核验',
      detail: expected
        ? `按国家标准校验位应为 ${expected}；部分已登记代码不符合校验规则，可由工作人员核验后办理`
        : undefined,
      fields: [{ path: 'uscc', message: '校验位不符' }],
    }),
  /** The binding already exists. */
  bindingExists: () => new DomainError({ kind: 'conflict', code: 'BINDING_EXISTS', title: '已绑定该单位' }),
  /** The person may not act for that entity. */
  notBound: () => new DomainError({ kind: 'forbidden', code: 'ENTITY_NOT_BOUND', title: '您无权代表该单位办理' }),
  /** No account (or agent) with that login. */
  agentNotFound: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'MANDATE_AGENT_NOT_FOUND',
      title: '受托人账号不存在',
      fields: [{ path: 'agentLogin', message: '未找到该代办员或经办人' }],
    }),
  /** The mandate's scope fields do not fit its kind, or its end is not in the future. */
  mandateInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'invalid', code: 'MANDATE_INVALID', title: '委托内容不完整或自相矛盾', fields }),
  /** Unknown mandate or not the grantor's. */
  mandateNotFound: () => new DomainError({ kind: 'not_found', code: 'MANDATE_NOT_FOUND', title: '委托不存在' }),
  /** Already revoked. */
  mandateRevoked: () => new DomainError({ kind: 'conflict', code: 'MANDATE_ALREADY_REVOKED', title: '委托已撤销' }),
  /** The staff account to change does not exist (or is outside the administrator's scope). */
  staffNotFound: () => new DomainError({ kind: 'not_found', code: 'STAFF_NOT_FOUND', title: '工作人员账号不存在' }),
  /** The account to verify in person does not exist. */
  accountNotFound: () => new DomainError({ kind: 'not_found', code: 'ACCOUNT_NOT_FOUND', title: '账号不存在' }),
};
