import { DomainError } from '../../platform/errors';

/** The problem codes of the ratings domain; one line each on when it is thrown. */
export const ratingsErrors = {
  /** No such rating, or not the caller's to see (answered the same). */
  ratingNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'RATING_NOT_FOUND', title: '评价不存在', detail: `没有评价 ${id}` }),
  /** The case does not exist or is neither applied for nor filed by the rater. */
  caseNotOwn: () =>
    new DomainError({
      kind: 'not_found',
      code: 'RATING_CASE_NOT_OWN',
      title: '只能评价本人申请的办件',
      fields: [{ path: 'caseId', message: '不是您的办件' }],
    }),
  /** 一事一评 online comes after the case completes. */
  caseNotCompleted: () =>
    new DomainError({
      kind: 'conflict',
      code: 'RATING_CASE_NOT_COMPLETED',
      title: '办件办结后才能评价',
      fields: [{ path: 'caseId', message: '办件尚未办结' }],
    }),
  /** One rating per service and rater. */
  alreadyRated: () =>
    new DomainError({
      kind: 'conflict',
      code: 'RATING_ALREADY_GIVEN',
      title: '您已评价过此次服务（一事一评）',
      fields: [{ path: 'caseId', message: '已评价' }],
    }),
  /** A hall rating names the hall (one that exists) and the window rated. */
  windowRequired: () =>
    new DomainError({
      kind: 'invalid',
      code: 'RATING_WINDOW_REQUIRED',
      title: '窗口评价须注明大厅和窗口号',
      fields: [
        { path: 'servicePointId', message: '请选择大厅' },
        { path: 'window', message: '请填写窗口号' },
      ],
    }),
  /** The rating has no rectification (not bad, or not under a real name). */
  noRectification: () =>
    new DomainError({ kind: 'conflict', code: 'RECTIFICATION_NOT_FOUND', title: '该评价无需整改' }),
  rectificationStatus: (action: string, status: string) =>
    new DomainError({
      kind: 'conflict',
      code: 'RECTIFICATION_STATUS_CONFLICT',
      title: '整改当前状态不能进行此操作',
      detail: `${action}：${status}`,
    }),
  /** Only staff of the rated department may appeal against a rating. */
  appealOutsideDepartment: () =>
    new DomainError({
      kind: 'forbidden',
      code: 'APPEAL_OUTSIDE_DEPARTMENT',
      title: '只有被评价部门的工作人员可以申诉',
    }),
  appealPending: () => new DomainError({ kind: 'conflict', code: 'APPEAL_PENDING', title: '已有待审核的申诉' }),
  noPendingAppeal: () => new DomainError({ kind: 'conflict', code: 'APPEAL_NOT_PENDING', title: '没有待审核的申诉' }),
};
