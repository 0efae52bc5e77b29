import { z } from 'zod';
import {
  AcceptDeferredSchema,
  AcceptSchema,
  CursorQuerySchema,
  OwnCasePageSchema,
  CaseQuerySchema,
  CaseSchema,
  CreateApplicationSchema,
  DecideSchema,
  DeliverSchema,
  ExtendSchema,
  OpinionSchema,
  PreparedApplicationSchema,
  PrepareApplicationSchema,
  ProblemSchema,
  RefuseSchema,
  RequestCorrectionSchema,
  SpecialProcedureSchema,
  StaffCasePageSchema,
  SupplyMaterialsSchema,
  TaskCorrectionSchema,
  TaskPageSchema,
  TaskQuerySchema,
  TaskSchema,
  TaskVersionSchema,
  TasksElsewhereSchema,
  TimelineEventSchema,
  UploadResultSchema,
  CaseStatusSchema,
  CoApplicantAtWindowSchema,
  CoApplicationSchema,
  WithdrawCaseSchema,
} from '@yici/contracts';
import { operationIdOf } from '../../platform/http/openapi';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import { MAX_UPLOAD_BYTES, UPLOAD_MEDIA_TYPES } from './cases.uploads';
import type { CasesService } from './cases.service';

const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const Id = z.object({ id: z.string().min(1).max(64) });
const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\w.:-]{8,128}$/, { message: 'Idempotency-Key 应为 8–128 位字母、数字或 ._:-' })
    .optional()
    .meta({ description: 'a retry with the same key returns the first result' }),
});
const OwnQuery = CursorQuerySchema.extend({ status: CaseStatusSchema.optional() }).strict();

const LIST_CODES = ['CURSOR_INVALID', 'CURSOR_OTHER_LIST', 'PAGE_SIZE_TOO_LARGE'];

/** The problem codes each route may answer with, shown in the OpenAPI document (besides 400 validation, 401, 403). */
const CODES = {
  prepare: [
    'APPLICANT_INVALID',
    'APPLICATION_AUDIENCE_MISMATCH',
    'MANDATE_REQUIRED',
    'ITEM_NOT_FOUND',
    'BUNDLE_NOT_FOUND',
  ],
  upload: ['UPLOAD_EMPTY', 'UPLOAD_TYPE_NOT_ALLOWED', 'UPLOAD_TYPE_MISMATCH', 'UPLOAD_TOO_LARGE'],
  create: [
    'APPLICATION_FORM_INVALID',
    'APPLICATION_MATERIALS_INVALID',
    'APPLICANT_INVALID',
    'APPLICATION_AUDIENCE_MISMATCH',
    'MANDATE_REQUIRED',
    'INTAKE_NOT_ALLOWED',
    'IDEMPOTENCY_KEY_REUSED',
    'IN_PERSON_CHECK_REQUIRED',
  ],
  read: ['CASE_NOT_FOUND', 'NOT_FOUND_OR_OUT_OF_SCOPE'],
  list: [...LIST_CODES, 'SEARCH_TERM_TOO_SHORT', 'PERIOD_INVALID', 'PERIOD_TOO_LONG'],
  listTasks: LIST_CODES,
  supply: ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT', 'APPLICATION_FORM_INVALID', 'APPLICATION_MATERIALS_INVALID'],
  notice: ['CASE_NOT_FOUND', 'NOTICE_NOT_FOUND'],
  'material-file': ['CASE_NOT_FOUND', 'TASK_NOT_FOUND', 'MATERIAL_NOT_FOUND', 'MATERIAL_FILE_NOT_FOUND'],
  accept: ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT', 'CASE_MATERIALS_INCOMPLETE'],
  'request-correction': ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT', 'APPLICATION_MATERIALS_INVALID'],
  refuse: ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT'],
  'accept-deferred': [
    'CASE_NOT_FOUND',
    'CASE_STATE_CONFLICT',
    'MATERIAL_NOT_DEFERRABLE',
    'DEFERRED_DATE_INVALID',
    'APPLICANT_BLACKLISTED',
    'CASE_MATERIALS_INCOMPLETE',
  ],
  deliver: ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT', 'TRACKING_NUMBER_REQUIRED'],
  'co-application': ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT'],
  'co-application-at-window': ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT', 'CO_APPLICANT_MISMATCH'],
  withdraw: ['CASE_NOT_FOUND', 'CASE_STATE_CONFLICT'],
  task: ['TASK_NOT_FOUND', 'NOT_FOUND_OR_OUT_OF_SCOPE'],
  claim: ['TASK_NOT_FOUND', 'TASK_ALREADY_CLAIMED', 'TASK_STATE_CONFLICT', 'TASK_VERSION_CONFLICT'],
  opinion: ['TASK_NOT_FOUND', 'TASK_STATE_CONFLICT', 'OPINION_DEPARTMENT_INVALID'],
  decide: [
    'TASK_NOT_FOUND',
    'TASK_NOT_CLAIMED',
    'TASK_STATE_CONFLICT',
    'TASK_VERSION_CONFLICT',
    'TASK_OPINIONS_MISSING',
    'RESULT_DATA_INVALID',
    'CERTIFICATE_SUBJECT_ALREADY_HOLDS',
  ],
  'task-correction': ['TASK_NOT_FOUND', 'TASK_NOT_CLAIMED', 'TASK_STATE_CONFLICT', 'APPLICATION_MATERIALS_INVALID'],
  'special-procedure': ['TASK_NOT_FOUND', 'TASK_NOT_CLAIMED', 'TASK_STATE_CONFLICT'],
  resume: ['TASK_NOT_FOUND', 'TASK_NOT_CLAIMED', 'TASK_STATE_CONFLICT'],
  extend: ['TASK_NOT_FOUND', 'TASK_STATE_CONFLICT', 'TASK_ALREADY_EXTENDED'],
} as const;
const IDEMPOTENCY_CODES = ['IDEMPOTENCY_KEY_INVALID', 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_IN_PROGRESS'];
const describe = (codes: readonly string[], idempotent = false) =>
  `问题代码 (problem codes): ${[...codes, ...(idempotent ? IDEMPOTENCY_CODES : [])].join(', ')}`;

export function casesRoutes(cases: CasesService): RouteTable {
  return (app) => {
    // Material files arrive as their bytes; the type is decided by their content, not this header.
    const tags = ['cases'];
    const taskTags = ['tasks'];

    app.post(
      '/api/applications/prepare',
      {
        config: { permission: 'case:prepare' },
        schema: {
          operationId: 'prepareApplication',
          tags,
          summary: '申请准备：合并申请表、预填信息、按情形的材料清单、可复用的电子证照',
          description: describe(CODES.prepare),
          body: PrepareApplicationSchema,
          response: { 200: PreparedApplicationSchema, ...problems },
        },
      },
      async (request) => cases.prepare(request.ctx, request.body),
    );

    // Uploads get every body as bytes, whatever its declared type, so that the content decides
    // (a ZIP sent as application/zip gets the same clear answer as one sent as a PDF).
    void app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
      (scope as typeof app).post(
        '/api/uploads',
        {
          config: { permission: 'upload:create' },
          // Up to twice the cap the domain answers UPLOAD_TOO_LARGE naming the file; beyond, the edge refuses (413).
          bodyLimit: 2 * MAX_UPLOAD_BYTES,
          schema: {
            operationId: 'uploadMaterialFile',
            tags,
            summary: '上传申请材料文件（PDF、JPEG、PNG；按内容判定类型；按 SHA-256 存储）',
            description: describe(CODES.upload),
            consumes: [...UPLOAD_MEDIA_TYPES],
            response: { 201: UploadResultSchema, ...problems, 413: ProblemSchema },
          },
        },
        async (request, reply) => {
          const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const declared = request.headers['content-type']?.split(';')[0]?.trim();
          return reply.status(201).send(await cases.upload(request.ctx, { bytes, declaredType: declared }));
        },
      );
    });

    const createRoute = (url: string, intake: boolean) =>
      app.post(
        url,
        {
          config: {
            permission: intake ? 'case:intake' : 'case:apply',
            idempotency: 'own',
            rateLimit: { name: 'submit' },
          },
          schema: {
            operationId: intake ? 'intakeCase' : 'submitApplication',
            tags,
            summary: intake ? '一窗受理：窗口代申请人提交（记一次到场）' : '提交申请（或保存草稿）',
            description: describe(CODES.create),
            headers: IdempotencyHeader,
            body: CreateApplicationSchema,
            response: { 200: CaseSchema, 201: CaseSchema, ...problems, 429: ProblemSchema },
          },
        },
        async (request, reply) => {
          const result = await cases.create(request.ctx, request.body, {
            intake,
            idempotencyKey: request.headers['idempotency-key'],
          });
          if (!result.created) reply.header('idempotent-replayed', 'true');
          return reply.status(result.created ? 201 : 200).send(result.case);
        },
      );
    createRoute('/api/applications', false);
    createRoute('/api/cases', true);

    app.get(
      '/api/applications',
      {
        config: { permission: 'case:read_own' },
        schema: {
          operationId: 'listMyApplications',
          tags,
          summary: '我的办件（按游标翻页）',
          querystring: OwnQuery,
          response: { 200: OwnCasePageSchema, ...problems },
        },
      },
      async (request) => cases.listOwn(request.ctx, request.query),
    );

    for (const [url, operationId] of [
      ['/api/applications/:id', 'getApplication'],
      ['/api/cases/:id', 'getCase'],
    ] as const)
      app.get(
        url,
        {
          config: { permission: 'case:view' },
          schema: {
            operationId,
            tags,
            summary: '一件办件：材料、任务、时限、文书、送达',
            description: describe(CODES.read),
            params: Id,
            response: { 200: CaseSchema, ...problems },
          },
        },
        async (request) => cases.getCase(request.ctx, request.params.id),
      );

    app.post(
      '/api/applications/:id/materials',
      {
        config: { permission: 'case:view' },
        schema: {
          operationId: 'supplyMaterials',
          tags,
          summary: '补充或补正材料（submit: 提交草稿或补正）',
          description: describe(CODES.supply, true),
          params: Id,
          headers: IdempotencyHeader,
          body: SupplyMaterialsSchema,
          response: { 200: CaseSchema, ...problems },
        },
      },
      async (request) => cases.supplyMaterials(request.ctx, request.params.id, request.body),
    );

    app.get(
      '/api/cases',
      {
        config: { permission: 'case:read' },
        schema: {
          operationId: 'listCases',
          tags,
          summary: '辖区办件：默认为待办（待受理、补正中），历史按期间查询；可搜索编号、证件号、申请人、事项',
          description: describe(CODES.list),
          querystring: CaseQuerySchema,
          response: { 200: StaffCasePageSchema, ...problems },
        },
      },
      async (request) => cases.listCases(request.ctx, request.query),
    );

    app.get(
      '/api/cases/:id/timeline',
      {
        config: { permission: 'case:view' },
        schema: {
          operationId: 'getCaseTimeline',
          tags,
          summary: '办件时间线（对公众隐去工作人员姓名）',
          params: Id,
          response: { 200: z.array(TimelineEventSchema), ...problems },
        },
      },
      async (request) => cases.timeline(request.ctx, request.params.id),
    );

    app.get(
      '/api/cases/:id/notices/:noticeId/pdf',
      {
        config: { permission: 'case:view' },
        schema: {
          operationId: 'downloadNoticePdf',
          tags,
          summary: '文书 PDF（一次性告知书、不予受理决定书、容缺受理通知书）',
          description: describe(CODES.notice),
          params: Id.extend({ noticeId: z.string().min(1).max(64) }),
          produces: ['application/pdf'],
          response: { 200: z.any(), ...problems },
        },
      },
      async (request, reply) => {
        const pdf = await cases.noticePdf(request.ctx, request.params.id, request.params.noticeId);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="notice-${request.params.noticeId}.pdf"`)
          .send(pdf);
      },
    );

    // The file behind a material, streamed inline (the workbench previews PDFs and images); a
    // staff view is logged in the applicant's data-use log.
    const MaterialParams = Id.extend({ materialKey: z.string().min(1).max(100) });
    const materialFile = (url: string, permission: 'case:view' | 'task:read', tag: string[], operationId: string) =>
      app.get(
        url,
        {
          // The workbench previews the file in a frame of its own page.
          config: { permission, framing: 'same-origin' },
          schema: {
            operationId,
            tags: tag,
            summary: '申请材料文件（在线预览；工作人员每次查看记入申请人的数据使用记录）',
            description: describe(CODES['material-file']),
            params: MaterialParams,
            produces: [...UPLOAD_MEDIA_TYPES],
            response: { 200: z.any(), ...problems },
          },
        },
        async (request, reply) => {
          const { id, materialKey } = request.params;
          const file =
            permission === 'case:view'
              ? await cases.caseMaterialFile(request.ctx, id, materialKey)
              : await cases.taskMaterialFile(request.ctx, id, materialKey);
          return reply
            .type(file.mediaType)
            .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
            .header('cache-control', 'private, no-store')
            .send(file.content);
        },
      );
    materialFile('/api/cases/:id/materials/:materialKey/file', 'case:view', tags, 'downloadCaseMaterialFile');
    materialFile('/api/tasks/:id/materials/:materialKey/file', 'task:read', taskTags, 'downloadTaskMaterialFile');

    const caseAction = <B extends z.ZodType>(
      path: string,
      summary: string | { summary: string; codes: readonly string[] },
      permission: 'case:accept' | 'case:deliver' | 'case:co_apply' | 'case:intake' | 'case:withdraw',
      body: B,
      run: (ctx: Parameters<CasesService['accept']>[0], id: string, input: z.infer<B>) => Promise<unknown>,
    ) =>
      app.post(
        `/api/cases/:id/${path}`,
        {
          config: { permission },
          schema: {
            // co-application/at-window → coApplicationAtWindowCase: stable as long as the path is.
            operationId: `${operationIdOf(path)}Case`,
            tags,
            summary: typeof summary === 'string' ? summary : summary.summary,
            ...(typeof summary === 'string' ? {} : { description: describe(summary.codes, true) }),
            params: Id,
            headers: IdempotencyHeader,
            body,
            response: { 200: CaseSchema, ...problems },
          },
        },
        async (request) => (await run(request.ctx, request.params.id, request.body as z.infer<B>)) as never,
      );
    caseAction('accept', '受理', 'case:accept', AcceptSchema, (ctx, id, input) => cases.accept(ctx, id, input));
    caseAction(
      'request-correction',
      '一次性告知补正（列明全部缺失或有误的材料）',
      'case:accept',
      RequestCorrectionSchema,
      (ctx, id, input) => cases.requestCorrection(ctx, id, input),
    );
    caseAction('refuse', '不予受理（附理由，出具决定书）', 'case:accept', RefuseSchema, (ctx, id, input) =>
      cases.refuse(ctx, id, input),
    );
    caseAction(
      'accept-deferred',
      '容缺受理（仅可容缺材料，失信申请人除外）',
      'case:accept',
      AcceptDeferredSchema,
      (ctx, id, input) => cases.acceptDeferred(ctx, id, input),
    );
    caseAction(
      'deliver',
      '送达：窗口领取（记一次到场）或邮寄（运单号）',
      'case:deliver',
      DeliverSchema,
      (ctx, id, input) => cases.deliver(ctx, id, input),
    );
    // 《不动产登记暂行条例》第十四条: both parties of a sale apply; the buyer joins online or at the window.
    caseAction(
      'co-application/confirm',
      { summary: '买受人确认共同申请（本人实名账号）', codes: CODES['co-application'] },
      'case:co_apply',
      z.object({}).strict(),
      (ctx, id) => cases.confirmCoApplication(ctx, id),
    );
    caseAction(
      'co-application/at-window',
      { summary: '窗口记录买受人当面核验身份后确认共同申请', codes: CODES['co-application-at-window'] },
      'case:intake',
      CoApplicantAtWindowSchema,
      (ctx, id, input) => cases.confirmCoApplicantAtWindow(ctx, id, input),
    );
    caseAction(
      'withdraw',
      { summary: '撤回尚未受理的申请（含等待买受人确认的）', codes: CODES.withdraw },
      'case:withdraw',
      WithdrawCaseSchema,
      (ctx, id, input) => cases.withdraw(ctx, id, input),
    );

    app.get(
      '/api/me/co-applications',
      {
        config: { permission: 'case:co_apply' },
        schema: {
          operationId: 'listPendingCoApplications',
          tags,
          summary: '等待本人作为买受人确认的共同申请',
          response: { 200: z.array(CoApplicationSchema), ...problems },
        },
      },
      async (request) => cases.pendingCoApplications(request.ctx),
    );

    app.get(
      '/api/tasks',
      {
        config: { permission: 'task:read' },
        schema: {
          operationId: 'listTasks',
          tags: taskTags,
          summary: '部门待办（按角色与辖区；可筛选我的、即将到期、已超期）',
          description: describe(CODES.listTasks),
          querystring: TaskQuerySchema,
          response: { 200: TaskPageSchema, ...problems },
        },
      },
      async (request) => cases.listTasks(request.ctx, request.query),
    );

    app.get(
      '/api/tasks/elsewhere',
      {
        config: { permission: 'task:read' },
        schema: {
          operationId: 'countTasksElsewhere',
          tags: taskTags,
          summary: '本辖区由其他部门办理的在办任务数（按部门计数，不含办件信息）：说明待办为何为空',
          response: { 200: TasksElsewhereSchema, ...problems },
        },
      },
      async (request) => cases.tasksElsewhere(request.ctx),
    );

    app.get(
      '/api/tasks/:id',
      {
        config: { permission: 'task:read' },
        schema: {
          operationId: 'getTask',
          tags: taskTags,
          summary: '一项审批任务',
          description: describe(CODES.task),
          params: Id,
          response: { 200: TaskSchema, ...problems },
        },
      },
      async (request) => cases.getTask(request.ctx, request.params.id),
    );

    const taskAction = <B extends z.ZodType>(
      path: string,
      summary: string,
      permission: 'task:work' | 'task:decide' | 'task:extend',
      body: B,
      response: z.ZodType,
      run: (ctx: Parameters<CasesService['claim']>[0], id: string, input: z.infer<B>) => Promise<unknown>,
    ) =>
      app.post(
        `/api/tasks/:id/${path}`,
        {
          config: { permission },
          schema: {
            operationId: `${operationIdOf(path)}Task`,
            tags: taskTags,
            summary,
            params: Id,
            headers: IdempotencyHeader,
            body,
            response: { 200: response, ...problems },
          },
        },
        async (request) => (await run(request.ctx, request.params.id, request.body as z.infer<B>)) as never,
      );
    taskAction(
      'claim',
      '认领（两人同时认领：一人成功，另一人 409）',
      'task:work',
      TaskVersionSchema,
      TaskSchema,
      (ctx, id, input) => cases.claim(ctx, id, input),
    );
    taskAction(
      'opinion',
      '审查意见（联合审查各部门分别出具）',
      'task:work',
      OpinionSchema,
      TaskSchema,
      (ctx, id, input) => cases.opinion(ctx, id, input),
    );
    taskAction(
      'decide',
      '决定：准予（签发证照、开启后续事项）或不予许可',
      'task:decide',
      DecideSchema,
      CaseSchema,
      (ctx, id, input) => cases.decide(ctx, id, input),
    );
    taskAction(
      'request-correction',
      '要求申请人补正（暂停任务与办件计时）',
      'task:work',
      TaskCorrectionSchema,
      TaskSchema,
      (ctx, id, input) => cases.requestTaskCorrection(ctx, id, input),
    );
    taskAction(
      'special-procedure',
      '进入特别程序（听证、检验检测、专家评审等，暂停计时）',
      'task:work',
      SpecialProcedureSchema,
      TaskSchema,
      (ctx, id, input) => cases.specialProcedure(ctx, id, input),
    );
    taskAction('resume', '结束特别程序，恢复计时', 'task:work', z.object({}).strict(), TaskSchema, (ctx, id) =>
      cases.resume(ctx, id),
    );
    taskAction(
      'extend',
      '批准延期（每项任务一次；不计为超期）',
      'task:extend',
      ExtendSchema,
      TaskSchema,
      (ctx, id, input) => cases.extend(ctx, id, input),
    );
  };
}
