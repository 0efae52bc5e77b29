import { DomainError } from '../../platform/errors';

/** The problem codes of the hotline domain; one line each on when it is thrown. */
export const hotlineErrors = {
  /** No such ticket, or not in the caller's scope (answered the same). */
  ticketNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'TICKET_NOT_FOUND', title: '工单不存在', detail: `没有工单 ${id}` }),
  /** The ticket's state does not allow this step (e.g. dispatching a closed ticket). */
  wrongStatus: (action: string, status: string) =>
    new DomainError({
      kind: 'conflict',
      code: 'TICKET_STATUS_CONFLICT',
      title: '工单当前状态不能进行此操作',
      detail: `${action}：工单状态为 ${status}`,
    }),
  /** A reply to a ticket the department has not signed for. */
  notSigned: () => new DomainError({ kind: 'conflict', code: 'TICKET_NOT_SIGNED', title: '工单尚未签收，不能答复' }),
  /** A return after the 2 working days the rule allows (12345 rules, Shandong 2020). */
  returnTooLate: (dueOn: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'TICKET_RETURN_TOO_LATE',
      title: '已超过 2 个工作日的退回时限，不能退回',
      detail: `退回时限截至 ${dueOn}`,
    }),
  /** The centre refused a return of this ticket before: its decision is final. */
  returnFinal: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'TICKET_RETURN_DECIDED',
      title: '热线中心已裁定由本部门办理，不能再次退回',
    }),
  /** A dispatch to a department the catalogue does not name for the region and category, without a reason. */
  overrideReasonRequired: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'DISPATCH_REASON_REQUIRED',
      title: '派往派单目录以外的部门须说明理由',
      fields: [{ path: 'overrideReason', message: '请填写改派理由' }],
    }),
  /** No catalogue entry for the region and category, and no department named. */
  noDispatchRule: (regionCode: string, category: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'DISPATCH_RULE_MISSING',
      title: '派单目录中没有该地区该类别的承办部门，请指定部门并说明理由',
      detail: `${regionCode} × ${category}`,
      fields: [{ path: 'departmentId', message: '请指定承办部门' }],
    }),
  /** Only a consultation (咨询) can be answered on the spot. */
  notAConsultation: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'ANSWER_ON_SPOT_NOT_ALLOWED',
      title: '只有咨询类工单可以直接答复办结',
      fields: [{ path: 'kind', message: '请派单办理' }],
    }),
  articleNotFound: (id: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'ARTICLE_NOT_FOUND',
      title: '知识库答案不存在',
      detail: `没有答案 ${id}`,
      fields: [{ path: 'articleId', message: '知识库中没有此答案' }],
    }),
  /** An extension asked for twice, beyond 10 working days, or decided when none is pending. */
  extensionNotAllowed: (detail: string) =>
    new DomainError({ kind: 'unprocessable', code: 'TICKET_EXTENSION_NOT_ALLOWED', title: '不能延期', detail }),
  /** A reopening to a department lower than (or beside) the one that handled it. */
  reopenDepartmentNotHigher: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'REOPEN_DEPARTMENT_NOT_HIGHER',
      title: '重办只能派给原承办部门或其上级部门',
      fields: [{ path: 'reopenDepartmentId', message: '请选择原部门或上级部门' }],
    }),
  /** A ticket merged into itself, into a merged or closed ticket, or of another region. */
  mergeNotAllowed: (detail: string) =>
    new DomainError({ kind: 'unprocessable', code: 'TICKET_MERGE_NOT_ALLOWED', title: '不能合并这两张工单', detail }),
  /** A linked case, item, hall or department that does not exist. */
  linkInvalid: (path: string) =>
    new DomainError({
      kind: 'invalid',
      code: 'TICKET_LINK_INVALID',
      title: '关联的办件、事项、网点或部门不存在',
      fields: [{ path, message: '不存在' }],
    }),
  /** The region is not one of the platform's. */
  /** A catalogue rule naming a department outside the rule's region and the regions above it. */
  ruleDepartmentOutside: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'DISPATCH_RULE_DEPARTMENT_OUTSIDE',
      title: '承办部门须属于该地区或其上级地区',
      fields: [{ path: 'departmentId', message: '请选择本地区或上级地区的部门' }],
    }),
  /** Removing a catalogue rule that does not exist. */
  ruleNotFound: () =>
    new DomainError({ kind: 'not_found', code: 'DISPATCH_RULE_NOT_FOUND', title: '派单目录中没有这一条' }),
  regionUnknown: () =>
    new DomainError({
      kind: 'invalid',
      code: 'TICKET_REGION_UNKNOWN',
      title: '行政区划不存在',
      fields: [{ path: 'regionCode', message: '行政区划不存在' }],
    }),
  /** A resident files online only with a verified phone: the reply and revisit go there. */
  phoneNotVerified: () =>
    new DomainError({ kind: 'unprocessable', code: 'PHONE_NOT_VERIFIED', title: '请先验证手机号，以便接收答复和回访' }),
  /** Someone else changed the ticket first (optimistic lock). */
  changedMeanwhile: () =>
    new DomainError({ kind: 'conflict', code: 'TICKET_CHANGED', title: '工单已被他人处理，请刷新后重试' }),
};
