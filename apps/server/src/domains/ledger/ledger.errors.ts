import { DomainError } from '../../platform/errors';

/** The problem codes of the ledger and bulletins; one line each on when it is thrown. */
export const ledgerErrors = {
  /** No such task (or milestone of it). */
  taskNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'LEDGER_TASK_NOT_FOUND', title: '改革任务不存在', detail: id }),
  milestoneNotFound: () =>
    new DomainError({
      kind: 'not_found',
      code: 'LEDGER_MILESTONE_NOT_FOUND',
      title: '节点不存在',
      fields: [{ path: 'milestoneId', message: '没有这个节点' }],
    }),
  /** A department reports only on tasks it is responsible for. */
  notResponsible: () =>
    new DomainError({
      kind: 'forbidden',
      code: 'LEDGER_NOT_RESPONSIBLE',
      title: '只有责任单位可以报送该任务的进展',
    }),
  /** A milestone already accepted as done takes no more reports. */
  milestoneDone: () =>
    new DomainError({
      kind: 'conflict',
      code: 'LEDGER_MILESTONE_DONE',
      title: '该节点已验收完成',
      fields: [{ path: 'milestoneId', message: '已完成' }],
    }),
  /** Evidence names files this account has not uploaded. */
  evidenceUnknown: (sha256: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'LEDGER_EVIDENCE_UNKNOWN',
      title: '佐证材料未上传',
      fields: [{ path: 'evidence', message: sha256 }],
    }),
  evidenceNotFound: () =>
    new DomainError({ kind: 'not_found', code: 'LEDGER_EVIDENCE_NOT_FOUND', title: '佐证材料不存在' }),
  /** The uploaded file is not a PDF, JPEG or PNG, empty or too large (the upload's own code says which). */
  evidenceRefused: (code: string, message: string) =>
    new DomainError({ kind: 'invalid', code, title: message, fields: [{ path: 'file', message }] }),
  reportNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'LEDGER_REPORT_NOT_FOUND', title: '进展报告不存在', detail: id }),
  /** A report is reviewed once: accepted or sent back. */
  reportAlreadyReviewed: (status: string) =>
    new DomainError({
      kind: 'conflict',
      code: 'LEDGER_REPORT_ALREADY_REVIEWED',
      title: '该进展报告已审核，不能重复审核',
      detail: status,
    }),
  /** Sending back needs the reason the department reads. */
  reasonRequired: () =>
    new DomainError({
      kind: 'invalid',
      code: 'LEDGER_REASON_REQUIRED',
      title: '退回须说明理由',
      fields: [{ path: 'reason', message: '请填写退回理由' }],
    }),
  unknownDepartment: (path: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'LEDGER_UNKNOWN_DEPARTMENT',
      title: '部门不存在',
      fields: [{ path, message: '没有这个部门' }],
    }),
  unknownRegion: (path: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'LEDGER_UNKNOWN_REGION',
      title: '地区不存在',
      fields: [{ path, message: '没有这个地区' }],
    }),
  /** A record names whom it is about: a department or a region. */
  subjectRequired: () =>
    new DomainError({
      kind: 'invalid',
      code: 'LEDGER_RECORD_SUBJECT_REQUIRED',
      title: '请指明表扬或问责的部门或地区',
      fields: [{ path: 'departmentId', message: '请选择部门或地区' }],
    }),
  /** A rectification's deadline lies at least one working day ahead; an inspection is not in the future. */
  badDate: (path: string, message: string) =>
    new DomainError({ kind: 'invalid', code: 'LEDGER_DATE_INVALID', title: message, fields: [{ path, message }] }),
  bulletinNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'BULLETIN_NOT_FOUND', title: '通报不存在', detail: id }),
  /** A period ending before it starts, or one longer than a year. */
  periodInvalid: (message: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'BULLETIN_PERIOD_INVALID',
      title: message,
      fields: [{ path: 'periodTo', message }],
    }),
  /** Only drafts are edited or published; published bulletins never change. */
  bulletinNotDraft: (status: string) =>
    new DomainError({
      kind: 'conflict',
      code: 'BULLETIN_NOT_DRAFT',
      title: '通报已发布，不能修改（如需更正，请另发更正通报）',
      detail: status,
    }),
  bulletinNotPublished: () =>
    new DomainError({ kind: 'conflict', code: 'BULLETIN_NOT_PUBLISHED', title: '只有已发布的通报可以归档或更正' }),
  /** Someone else saved the draft meanwhile. */
  bulletinVersion: () =>
    new DomainError({
      kind: 'conflict',
      code: 'BULLETIN_VERSION_CONFLICT',
      title: '通报草稿已被他人修改，请刷新后重试',
      fields: [{ path: 'version', message: '版本已变化' }],
    }),
};
