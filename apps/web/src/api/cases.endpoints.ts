import {
  AcceptDeferredSchema,
  AcceptSchema,
  OwnCasePageSchema,
  StaffCasePageSchema,
  CaseSchema,
  CoApplicantAtWindowSchema,
  CoApplicationSchema,
  CreateApplicationSchema,
  DecideSchema,
  DeliverSchema,
  ExtendSchema,
  OpinionSchema,
  PrepareApplicationSchema,
  PreparedApplicationSchema,
  RefuseSchema,
  RequestCorrectionSchema,
  SpecialProcedureSchema,
  SupplyMaterialsSchema,
  TaskCorrectionSchema,
  TaskPageSchema,
  TaskSchema,
  TasksElsewhereSchema,
  TimelineEventSchema,
  UploadResultSchema,
  WithdrawCaseSchema,
  type CaseStatus,
  type TaskStatus,
} from '@yici/contracts';
import { segment, type Infer, type Transport } from './transport';

/** Request bodies as the contracts parse them; the pages always send every field. */
export type PrepareApplicationInput = Infer<typeof PrepareApplicationSchema>;
export type CreateApplicationInput = Infer<typeof CreateApplicationSchema>;
export type SupplyMaterialsInput = Infer<typeof SupplyMaterialsSchema>;
export type AcceptInput = Infer<typeof AcceptSchema>;
export type RequestCorrectionInput = Infer<typeof RequestCorrectionSchema>;
export type RefuseInput = Infer<typeof RefuseSchema>;
export type AcceptDeferredInput = Infer<typeof AcceptDeferredSchema>;
export type DeliverInput = Infer<typeof DeliverSchema>;
export type OpinionInput = Infer<typeof OpinionSchema>;
export type DecideInput = Infer<typeof DecideSchema>;
export type TaskCorrectionInput = Infer<typeof TaskCorrectionSchema>;
export type SpecialProcedureInput = Infer<typeof SpecialProcedureSchema>;
export type ExtendInput = Infer<typeof ExtendSchema>;
export type UploadResult = Infer<typeof UploadResultSchema>;
export type CoApplicantAtWindowInput = Infer<typeof CoApplicantAtWindowSchema>;
export type WithdrawCaseInput = Infer<typeof WithdrawCaseSchema>;

export type DueFilter = 'soon' | 'overdue';
/** 我的办件 by cursor: the `next` or `prev` of the page before (none: the first). */
export type MyCaseQuery = { cursor?: string; limit?: number; status?: CaseStatus };
/** The staff lists follow cursors (keyset pagination), not page numbers. */
export type CaseQuery = {
  view?: 'action' | 'history';
  status?: CaseStatus;
  due?: DueFilter;
  q?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
};
export type TaskQuery = {
  cursor?: string;
  limit?: number;
  status?: TaskStatus;
  mine?: 'true';
  due?: DueFilter;
  caseId?: string;
};

/** One user action: the same key on a retry, so the server does it once. */
export type Idempotent = { idempotencyKey: string };

const TimelineSchema = TimelineEventSchema.array();
const CoApplicationsSchema = CoApplicationSchema.array();

const keyed = ({ idempotencyKey }: Idempotent) => ({ 'Idempotency-Key': idempotencyKey });

/** Where a notice's PDF (一次性告知书, 不予受理决定书 …) is served. */
export function noticePdfUrl(caseId: string, noticeId: string): string {
  return `/api/cases/${segment(caseId)}/notices/${segment(noticeId)}/pdf`;
}

/**
 * Where the file behind a material is served (inline): from the case for the applicant and staff
 * in scope, or from a task for its department's staff. A staff view is logged for the applicant.
 */
export function materialFileUrl(owner: { caseId: string } | { taskId: string }, materialKey: string): string {
  const base = 'taskId' in owner ? `/api/tasks/${segment(owner.taskId)}` : `/api/cases/${segment(owner.caseId)}`;
  return `${base}/materials/${segment(materialKey)}/file`;
}

/** Cases (办件): the applicant's applications, the staff's case and task inboxes and their actions. */
export function casesEndpoints(http: Transport) {
  const caseAction =
    <B>(action: string) =>
    (id: string, body: B, key: Idempotent) =>
      http.write({ path: `/api/cases/${segment(id)}/${action}`, body, headers: keyed(key), schema: CaseSchema });
  const taskAction =
    <B>(action: string) =>
    (id: string, body: B, key: Idempotent) =>
      http.write({ path: `/api/tasks/${segment(id)}/${action}`, body, headers: keyed(key), schema: TaskSchema });

  return {
    prepareApplication: (body: PrepareApplicationInput) =>
      http.write({ path: '/api/applications/prepare', body, schema: PreparedApplicationSchema }),
    /** The file as its bytes; the server answers its SHA-256, which the application then names. */
    uploadMaterial: (file: File) =>
      http.write({
        path: '/api/uploads',
        raw: { data: file, contentType: file.type },
        headers: { 'x-file-name': encodeURIComponent(file.name) },
        schema: UploadResultSchema,
      }),
    createApplication: (body: CreateApplicationInput, key: Idempotent) =>
      http.write({ path: '/api/applications', body, headers: keyed(key), schema: CaseSchema }),
    listMyApplications: (query: MyCaseQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/applications', query, schema: OwnCasePageSchema, signal }),
    getMyApplication: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/applications/${segment(id)}`, schema: CaseSchema, signal }),
    supplyMaterials: (id: string, body: SupplyMaterialsInput, key: Idempotent) =>
      http.write({
        path: `/api/applications/${segment(id)}/materials`,
        body,
        headers: keyed(key),
        schema: CaseSchema,
      }),
    getCaseTimeline: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/cases/${segment(id)}/timeline`, schema: TimelineSchema, signal }),

    listCases: (query: CaseQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/cases', query, schema: StaffCasePageSchema, signal }),
    getCase: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/cases/${segment(id)}`, schema: CaseSchema, signal }),
    /** 一窗受理: a clerk files for the applicant at a hall. */
    intakeCase: (body: CreateApplicationInput, key: Idempotent) =>
      http.write({ path: '/api/cases', body, headers: keyed(key), schema: CaseSchema }),
    acceptCase: caseAction<AcceptInput>('accept'),
    requestCaseCorrection: caseAction<RequestCorrectionInput>('request-correction'),
    refuseCase: caseAction<RefuseInput>('refuse'),
    acceptCaseDeferred: caseAction<AcceptDeferredInput>('accept-deferred'),
    deliverCase: caseAction<DeliverInput>('deliver'),
    /** 共同申请: the buyer joins the seller's application (不动产登记暂行条例 第十四条). */
    listMyCoApplications: (signal?: AbortSignal) =>
      http.get({ path: '/api/me/co-applications', schema: CoApplicationsSchema, signal }),
    confirmCoApplication: caseAction<Record<string, never>>('co-application/confirm'),
    confirmCoApplicantAtWindow: caseAction<CoApplicantAtWindowInput>('co-application/at-window'),
    withdrawCase: caseAction<WithdrawCaseInput>('withdraw'),

    listTasks: (query: TaskQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/tasks', query, schema: TaskPageSchema, signal }),
    getTask: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/tasks/${segment(id)}`, schema: TaskSchema, signal }),
    /** For an empty inbox: the region's active tasks other departments handle, counted by department. */
    getTasksElsewhere: (signal?: AbortSignal) =>
      http.get({ path: '/api/tasks/elsewhere', schema: TasksElsewhereSchema, signal }),
    claimTask: taskAction<{ version?: number }>('claim'),
    giveTaskOpinion: taskAction<OpinionInput>('opinion'),
    /** Answers the case: granting may open the tasks that waited for this one. */
    decideTask: (id: string, body: DecideInput, key: Idempotent) =>
      http.write({ path: `/api/tasks/${segment(id)}/decide`, body, headers: keyed(key), schema: CaseSchema }),
    requestTaskCorrection: taskAction<TaskCorrectionInput>('request-correction'),
    startSpecialProcedure: taskAction<SpecialProcedureInput>('special-procedure'),
    resumeTask: taskAction<Record<string, never>>('resume'),
    extendTask: taskAction<ExtendInput>('extend'),
  };
}
