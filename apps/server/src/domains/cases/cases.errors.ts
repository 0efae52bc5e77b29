import { DomainError, invalid, type FieldIssue } from '../../platform/errors';

/**
 * The problem codes of the cases domain. One line each on when it is thrown; the HTTP status
 * follows from the kind (platform/http/problem.ts).
 */
export const casesErrors = {
  /** A staff search with no usable term (one character, a number shorter than 4): refused, not scanned. */
  searchTooShort: () =>
    invalid('SEARCH_TERM_TOO_SHORT', '搜索词太短：办件编号或身份证号至少输入 4 位，姓名、名称或事项至少输入 2 个字', [
      { path: 'q', message: '搜索词太短' },
    ]),
  /** A history period that ends before it starts. */
  periodInvalid: () =>
    invalid('PERIOD_INVALID', '查询期间无效：结束日期早于开始日期', [{ path: 'to', message: '结束日期早于开始日期' }]),
  /** A history period longer than a list serves at once. */
  periodTooLong: (maxDays: number) =>
    invalid('PERIOD_TOO_LONG', `查询期间最长 ${maxDays} 天，请缩短期间`, [
      { path: 'from', message: `期间最长 ${maxDays} 天` },
    ]),
  /** No such case, or not visible to the caller (out of scope answers the same). */
  caseNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'CASE_NOT_FOUND', title: '办件不存在', detail: `没有办件 ${id}` }),
  taskNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'TASK_NOT_FOUND', title: '审批任务不存在', detail: `没有任务 ${id}` }),
  noticeNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'NOTICE_NOT_FOUND', title: '文书不存在', detail: `没有文书 ${id}` }),
  /** The case has no material with this key (a key of another case included). */
  materialNotFound: (key: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'MATERIAL_NOT_FOUND',
      title: '申请材料不存在',
      detail: `本办件没有材料 ${key}`,
      fields: [{ path: 'materialKey', message: '本办件没有此项材料' }],
    }),
  /** The material stands as something other than an uploaded file (a certificate, a registry value, a promise …). */
  materialFileMissing: (key: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'MATERIAL_FILE_NOT_FOUND',
      title: '该材料没有上传的文件',
      detail: `材料 ${key} 不是以上传文件提交的`,
      fields: [{ path: 'materialKey', message: '该材料没有上传的文件' }],
    }),
  /** The form misses required fields or has values of the wrong shape. */
  formInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'invalid', code: 'APPLICATION_FORM_INVALID', title: '申请表填写有误', fields }),
  /** A supplied material is unknown, not applicable, of the wrong kind or not the applicant's. */
  materialsInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'invalid', code: 'APPLICATION_MATERIALS_INVALID', title: '申请材料有误', fields }),
  /** The applicant given is not in the registries, or a person tried to apply for someone else. */
  applicantInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'invalid', code: 'APPLICANT_INVALID', title: '申请人有误', fields }),
  /** The item is not for this kind of applicant (e.g. a person applying for an enterprise-only item). */
  audienceMismatch: (detail: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'APPLICATION_AUDIENCE_MISMATCH',
      title: '该事项不面向此类申请人',
      detail,
    }),
  /** An agent without a mandate in force for the applicant and this action. */
  mandateMissing: () =>
    new DomainError({
      kind: 'forbidden',
      code: 'MANDATE_REQUIRED',
      title: '没有有效的委托',
      detail: '代办须有申请人有效期内的委托（含“申请”权限）',
    }),
  /** The hall may not take in this item (its intake list, or the item is not handle-anywhere there). */
  intakeNotAllowed: (detail: string, fields: FieldIssue[] = []) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'INTAKE_NOT_ALLOWED',
      title: '该窗口不能受理此事项',
      detail,
      fields,
    }),
  /** The case's status does not allow this step (accepting twice, supplying to a completed case …). */
  /** The guide has the applicant seen in person and the account's real name was never checked face to face. */
  inPersonCheckRequired: (reasons: string[]) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'IN_PERSON_CHECK_REQUIRED',
      title: '该事项须当面核验身份，请到窗口办理或先到窗口完成实名核验',
      detail: reasons.join('；'),
    }),
  /** The person confirmed at the window is not the buyer the contract names; nothing changes. */
  coApplicantMismatch: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'CO_APPLICANT_MISMATCH',
      title: '确认人不是合同载明的买受人',
      fields,
    }),
  stateConflict: (detail: string) =>
    new DomainError({ kind: 'conflict', code: 'CASE_STATE_CONFLICT', title: '办件当前状态不允许此操作', detail }),
  /** Acceptance needs every required material; the fields name the missing ones. */
  materialsIncomplete: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'conflict',
      code: 'CASE_MATERIALS_INCOMPLETE',
      title: '材料不齐全，不能受理',
      detail: '请一次性告知补正，或对可容缺材料容缺受理',
      fields,
    }),
  /** 容缺 asked for a material the catalog does not mark deferrable, or one already supplied. */
  notDeferrable: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'unprocessable', code: 'MATERIAL_NOT_DEFERRABLE', title: '该材料不可容缺', fields }),
  /** The supply date of a deferred material is past the promised limit (or before today). */
  supplyDateInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'unprocessable', code: 'DEFERRED_DATE_INVALID', title: '补交日期超出承诺时限', fields }),
  /** The applicant is on the credit blacklist: no 容缺. */
  blacklisted: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'APPLICANT_BLACKLISTED',
      title: '申请人在失信名单中，不适用容缺受理',
    }),
  /** Another staff member claimed the task first. */
  taskAlreadyClaimed: (by: string) =>
    new DomainError({
      kind: 'conflict',
      code: 'TASK_ALREADY_CLAIMED',
      title: '任务已被他人认领',
      detail: `已由 ${by} 认领`,
    }),
  /** Deciding or working on a task that is not claimed by the caller. */
  taskNotClaimed: () =>
    new DomainError({
      kind: 'conflict',
      code: 'TASK_NOT_CLAIMED',
      title: '请先认领任务',
      detail: '只有认领人可以办理此任务',
    }),
  /** The task's status does not allow this step (deciding twice, claiming a waiting task …). */
  taskStateConflict: (detail: string) =>
    new DomainError({ kind: 'conflict', code: 'TASK_STATE_CONFLICT', title: '任务当前状态不允许此操作', detail }),
  /** The caller acted on an older version of the task (someone changed it meanwhile). */
  taskVersionConflict: () =>
    new DomainError({
      kind: 'conflict',
      code: 'TASK_VERSION_CONFLICT',
      title: '任务已被他人更新，请刷新后重试',
    }),
  /** A joint step (多评合一, 多图联审) needs every department's opinion before the decision. */
  opinionsMissing: (names: string[]) =>
    new DomainError({
      kind: 'conflict',
      code: 'TASK_OPINIONS_MISSING',
      title: '联合审查意见未齐',
      detail: `尚缺：${names.join('、')}`,
    }),
  /** The department named for an opinion does not take part in this step, or the caller is not of it. */
  opinionDepartmentInvalid: (detail: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'OPINION_DEPARTMENT_INVALID',
      title: '该部门不参与此联合审查',
      detail,
      fields: [{ path: 'departmentId', message: detail }],
    }),
  /** An extension was granted before: one per task. */
  alreadyExtended: () =>
    new DomainError({ kind: 'conflict', code: 'TASK_ALREADY_EXTENDED', title: '此任务已延期过一次' }),
  /** A grant needs the deferred (容缺) materials its item uses to be supplied first. */
  deferredOutstanding: (names: string[]) =>
    new DomainError({
      kind: 'conflict',
      code: 'DEFERRED_MATERIALS_OUTSTANDING',
      title: '容缺材料尚未补齐，暂不能准予',
      detail: `待补交：${names.join('、')}`,
    }),
  /** An extension beyond what the law allows (10 working days, 15 for joint handling). */
  extensionTooLong: (max: number) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'EXTENSION_TOO_LONG',
      title: '延长期限超过法定上限',
      detail: `最多延长 ${max} 个工作日`,
      fields: [{ path: 'days', message: `最多延长 ${max} 个工作日` }],
    }),
  /** The 5 working days to tell the applicant what is missing (or to refuse) have passed: the case counts as accepted. */
  noticeWindowPassed: () =>
    new DomainError({
      kind: 'conflict',
      code: 'NOTICE_WINDOW_PASSED',
      title: '已超过 5 个工作日告知期限，依法视为受理',
      detail: '逾期未一次性告知补正的，自收到申请材料之日起即为受理；请直接受理',
    }),
  /** The result certificate could not be built from the form and the overrides. */
  resultInvalid: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'RESULT_DATA_INVALID',
      title: '办理结果（证照）数据不完整',
      detail: '请在决定时补充证照字段',
      fields,
    }),
  /** Mail delivery needs a tracking number. */
  trackingRequired: () =>
    new DomainError({
      kind: 'invalid',
      code: 'TRACKING_NUMBER_REQUIRED',
      title: '邮寄送达须填写运单号',
      fields: [{ path: 'trackingNumber', message: '请填写运单号' }],
    }),
  uploadRejected: (code: string, message: string) =>
    new DomainError({
      kind: code === 'UPLOAD_TOO_LARGE' ? 'unprocessable' : 'invalid',
      code,
      title: message,
      fields: [{ path: 'file', message }],
    }),
};
