import { z } from 'zod';
import {
  BulletinDraftInputSchema,
  BulletinEditSchema,
  BulletinPageSchema,
  BulletinQuerySchema,
  BulletinSchema,
  BulletinVersionSchema,
  EvidenceFileSchema,
  InspectionInputSchema,
  InspectionPageSchema,
  InspectionQuerySchema,
  InspectionSchema,
  LedgerRecordInputSchema,
  LedgerRecordPageSchema,
  LedgerRecordQuerySchema,
  LedgerRecordSchema,
  LedgerTaskQuerySchema,
  LedgerTaskSchema,
  ProblemSchema,
  ProgressReportInputSchema,
  ProgressReportPageSchema,
  ProgressReportSchema,
  PublicBulletinPageSchema,
  PublicBulletinQuerySchema,
  PublicBulletinSchema,
  ReportQuerySchema,
  ReportReviewSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import { MAX_UPLOAD_BYTES, UPLOAD_MEDIA_TYPES } from '../cases/cases.uploads';
import type { BulletinService } from './ledger.bulletins';
import type { LedgerOversight } from './ledger.oversight';
import type { LedgerService } from './ledger.service';

const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const Id = z.object({ id: z.string().min(1).max(64) });
const Sha = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const tags = ['ledger'];
const bulletinTags = ['bulletins'];

export function ledgerRoutes(services: {
  ledger: LedgerService;
  oversight: LedgerOversight;
  bulletins: BulletinService;
}): RouteTable {
  const { ledger, oversight, bulletins } = services;
  return (app) => {
    app.get(
      '/api/ledger/tasks',
      {
        config: { permission: 'ledger:read' },
        schema: {
          tags,
          operationId: 'listLedgerTasks',
          summary: '改革任务台账（措施、专项行动、重点、成果、整改任务及其节点）',
          querystring: LedgerTaskQuerySchema,
          response: { 200: z.object({ items: z.array(LedgerTaskSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await ledger.listTasks(request.ctx, request.query) }),
    );

    app.get(
      '/api/ledger/tasks/:id',
      {
        config: { permission: 'ledger:read' },
        schema: {
          tags,
          operationId: 'getLedgerTask',
          summary: '一项改革任务及其节点',
          params: Id,
          response: { 200: LedgerTaskSchema, ...problems },
        },
      },
      async (request) => ledger.getTask(request.ctx, request.params.id),
    );

    app.post(
      '/api/ledger/tasks/:id/reports',
      {
        config: { permission: 'ledger:report' },
        schema: {
          tags,
          operationId: 'reportLedgerProgress',
          summary: '责任单位报送任务节点进展（附佐证材料）',
          params: Id,
          body: ProgressReportInputSchema,
          response: { 201: ProgressReportSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await ledger.reportProgress(request.ctx, request.params.id, request.body)),
    );

    app.get(
      '/api/ledger/reports',
      {
        config: { permission: 'ledger:read' },
        schema: {
          tags,
          operationId: 'listLedgerReports',
          summary: '进展报告（部门人员只见本部门的；游标分页）',
          querystring: ReportQuerySchema,
          response: { 200: ProgressReportPageSchema, ...problems },
        },
      },
      async (request) => ledger.listReports(request.ctx, request.query),
    );

    app.post(
      '/api/ledger/reports/:id/review',
      {
        config: { permission: 'ledger:review' },
        schema: {
          tags,
          operationId: 'reviewLedgerReport',
          summary: '审核进展报告：通过或退回（须说明理由），每份报告只审核一次',
          params: Id,
          body: ReportReviewSchema,
          response: { 200: ProgressReportSchema, ...problems },
        },
      },
      async (request) => ledger.reviewReport(request.ctx, request.params.id, request.body),
    );

    void app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
      (scope as typeof app).post(
        '/api/ledger/evidence',
        {
          config: { permission: 'ledger:report' },
          bodyLimit: 2 * MAX_UPLOAD_BYTES,
          schema: {
            tags,
            operationId: 'uploadLedgerEvidence',
            summary: '上传进展佐证材料（PDF、JPEG、PNG；按内容判定类型）',
            consumes: [...UPLOAD_MEDIA_TYPES],
            response: { 201: EvidenceFileSchema, ...problems, 413: ProblemSchema },
          },
        },
        async (request, reply) => {
          const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const declared = request.headers['content-type']?.split(';')[0]?.trim();
          return reply.status(201).send(await ledger.uploadEvidence(request.ctx, { bytes, declaredType: declared }));
        },
      );
    });

    app.get(
      '/api/ledger/evidence/:sha256',
      {
        config: { permission: 'ledger:read', framing: 'same-origin' },
        schema: {
          tags,
          operationId: 'downloadLedgerEvidence',
          summary: '查看进展佐证材料',
          params: Sha,
          produces: [...UPLOAD_MEDIA_TYPES],
          response: { 200: z.any(), ...problems },
        },
      },
      async (request, reply) => {
        const file = await ledger.evidenceFile(request.ctx, request.params.sha256);
        return reply
          .type(file.mediaType)
          .header('content-disposition', 'inline')
          .header('cache-control', 'private, no-store')
          .send(file.content);
      },
    );

    app.get(
      '/api/ledger/records',
      {
        config: { permission: 'ledger:read' },
        schema: {
          tags,
          operationId: 'listLedgerRecords',
          summary: '通报表扬与问责记录（游标分页）',
          querystring: LedgerRecordQuerySchema,
          response: { 200: LedgerRecordPageSchema, ...problems },
        },
      },
      async (request) => oversight.listRecords(request.ctx, request.query),
    );

    app.post(
      '/api/ledger/records',
      {
        config: { permission: 'ledger:oversee' },
        schema: {
          tags,
          operationId: 'addLedgerRecord',
          summary: '记录通报表扬或问责（须说明理由）',
          body: LedgerRecordInputSchema,
          response: { 201: LedgerRecordSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await oversight.addRecord(request.ctx, request.body)),
    );

    app.get(
      '/api/ledger/inspections',
      {
        config: { permission: 'ledger:read' },
        schema: {
          tags,
          operationId: 'listInspections',
          summary: '明察暗访记录（游标分页）',
          querystring: InspectionQuerySchema,
          response: { 200: InspectionPageSchema, ...problems },
        },
      },
      async (request) => oversight.listInspections(request.ctx, request.query),
    );

    app.post(
      '/api/ledger/inspections',
      {
        config: { permission: 'ledger:oversee' },
        schema: {
          tags,
          operationId: 'recordInspection',
          summary: '记录明察暗访发现的问题，可同时下达限期整改任务',
          body: InspectionInputSchema,
          response: { 201: InspectionSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await oversight.recordInspection(request.ctx, request.body)),
    );

    // ------------------------------------------------------------------ bulletins

    app.get(
      '/api/bulletins',
      {
        config: { permission: 'bulletin:read' },
        schema: {
          tags: bulletinTags,
          operationId: 'listBulletins',
          summary: '通报（草稿、已发布、已归档；游标分页）',
          querystring: BulletinQuerySchema,
          response: { 200: BulletinPageSchema, ...problems },
        },
      },
      async (request) => bulletins.listBulletins(request.ctx, request.query),
    );

    app.post(
      '/api/bulletins',
      {
        config: { permission: 'bulletin:edit' },
        schema: {
          tags: bulletinTags,
          operationId: 'draftBulletin',
          summary: '按日期或期间生成通报草稿（更正通报须指明所更正的通报）',
          body: BulletinDraftInputSchema,
          response: { 201: BulletinSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await bulletins.draftBulletin(request.ctx, request.body)),
    );

    app.get(
      '/api/bulletins/:id',
      {
        config: { permission: 'bulletin:read' },
        schema: {
          tags: bulletinTags,
          operationId: 'getBulletin',
          summary: '一份通报',
          params: Id,
          response: { 200: BulletinSchema, ...problems },
        },
      },
      async (request) => bulletins.getBulletin(request.ctx, request.params.id),
    );

    app.patch(
      '/api/bulletins/:id',
      {
        config: { permission: 'bulletin:edit' },
        schema: {
          tags: bulletinTags,
          operationId: 'editBulletin',
          summary: '修改通报草稿（标题、导语，或按当前数据重新生成）',
          params: Id,
          body: BulletinEditSchema,
          response: { 200: BulletinSchema, ...problems },
        },
      },
      async (request) => bulletins.editBulletin(request.ctx, request.params.id, request.body),
    );

    app.post(
      '/api/bulletins/:id/publish',
      {
        config: { permission: 'bulletin:edit' },
        schema: {
          tags: bulletinTags,
          operationId: 'publishBulletin',
          summary: '发布通报（编号、加盖平台印章生成 PDF；发布后不再修改）',
          params: Id,
          body: BulletinVersionSchema,
          response: { 200: BulletinSchema, ...problems },
        },
      },
      async (request) => bulletins.publishBulletin(request.ctx, request.params.id, request.body),
    );

    app.post(
      '/api/bulletins/:id/archive',
      {
        config: { permission: 'bulletin:edit' },
        schema: {
          tags: bulletinTags,
          operationId: 'archiveBulletin',
          summary: '归档已发布的通报',
          params: Id,
          response: { 200: BulletinSchema, ...problems },
        },
      },
      async (request) => bulletins.archiveBulletin(request.ctx, request.params.id),
    );

    app.get(
      '/api/public/bulletins',
      {
        config: { permission: 'public:read' },
        schema: {
          tags: bulletinTags,
          operationId: 'listPublicBulletins',
          summary: '已发布的通报（公开；游标分页）',
          querystring: PublicBulletinQuerySchema,
          response: { 200: PublicBulletinPageSchema, ...problems },
        },
      },
      async (request) => bulletins.listPublished(request.ctx, request.query),
    );

    app.get(
      '/api/public/bulletins/:id',
      {
        config: { permission: 'public:read' },
        schema: {
          tags: bulletinTags,
          operationId: 'getPublicBulletin',
          summary: '一份已发布的通报（公开）',
          params: Id,
          response: { 200: PublicBulletinSchema, ...problems },
        },
      },
      async (request) => bulletins.getPublished(request.ctx, request.params.id),
    );

    app.get(
      '/api/public/bulletins/:id/pdf',
      {
        config: { permission: 'public:read' },
        schema: {
          tags: bulletinTags,
          operationId: 'downloadBulletinPdf',
          summary: '下载已发布通报的 PDF（加盖平台电子印章）',
          params: Id,
          produces: ['application/pdf'],
          response: { 200: z.any(), ...problems },
        },
      },
      async (request, reply) => {
        const { pdf } = await bulletins.publishedPdf(request.ctx, request.params.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="bulletin-${request.params.id}.pdf"`)
          .send(pdf);
      },
    );
  };
}
