import { z } from 'zod';
import {
  CertificateSchema,
  CertificateTypeListSchema,
  CreateShareCodeSchema,
  ProblemSchema,
  SealSchema,
  ShareCodeSchema,
  ShareCodesEndedSchema,
  VerificationResultSchema,
  VerifyRequestSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { CertificateService } from './certificates.service';
import type { SealService } from './certificates.seals';
import { drawSealSvg } from './certificates.seal-picture';
import { listCertificateTypes } from './certificates.types';

const tags = ['certificates'];
const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const Id = z.object({ identifier: z.string().min(1).max(200) });
const DocumentId = z.object({ documentId: z.string().min(1).max(200) });
const CertificateWithEventsSchema = CertificateSchema.extend({
  events: z.array(
    z.object({ kind: z.string(), at: z.string(), actorLabel: z.string(), purpose: z.string().nullable() }),
  ),
});
const CopySchema = z
  .object({
    id: z.string(),
    identifier: z.string(),
    purpose: z.string(),
    caseId: z.string().nullable(),
    expiresOn: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'CertificateCopy' });

export function certificatesRoutes(certificates: CertificateService, seals: SealService): RouteTable {
  return (app) => {
    // Verification files arrive as they were downloaded: PDF bytes or the JSON document.
    // No parser-level limit: each route that takes files sets its own bodyLimit (uploads take more).
    app.addContentTypeParser(
      ['application/pdf', 'application/octet-stream'],
      { parseAs: 'buffer' },
      (_request, body, done) => done(null, body),
    );

    app.get(
      '/api/certificate-types',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'listCertificateTypes',
          tags,
          summary: '证照目录：类型、定义机构、字段与有效期规则',
          response: { 200: CertificateTypeListSchema },
        },
      },
      async () => listCertificateTypes(),
    );

    app.get(
      '/api/seals',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'listSeals',
          tags,
          summary: '公布的电子印章公钥（十六进制与 PEM；含已轮换、已吊销的；格式见 docs/certificate-format.md）',
          response: { 200: z.array(SealSchema) },
        },
      },
      async () => certificates.listSeals(),
    );

    app.get(
      '/api/seals/:id',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'getSeal',
          tags,
          summary: '一枚电子印章',
          params: z.object({ id: z.string().max(64) }),
          response: { 200: SealSchema, ...problems },
        },
      },
      async (request) => certificates.getSeal(request.params.id),
    );

    app.get(
      '/api/seals/:id/picture.svg',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'getSealPicture',
          tags,
          summary: '印章图样（SVG）',
          params: z.object({ id: z.string().max(64) }),
        },
      },
      async (request, reply) => {
        const seal = await certificates.getSeal(request.params.id);
        return reply
          .type('image/svg+xml; charset=utf-8')
          .send(drawSealSvg({ ownerName: seal.ownerName, code: seal.ownerUscc }));
      },
    );

    app.post(
      '/api/admin/seals/:id/rotate',
      {
        config: { permission: 'seal:manage' },
        schema: {
          operationId: 'rotateSeal',
          tags,
          summary: '轮换印章密钥（退役：已签证照仍然有效）',
          params: z.object({ id: z.string().max(64) }),
          body: z.object({ reason: z.string().trim().min(2).max(200) }).strict(),
          response: { 200: z.object({ retired: z.string(), successor: SealSchema.nullable() }), ...problems },
        },
      },
      async (request) => {
        const result = await seals.rotateSeal(request.ctx, { id: request.params.id, reason: request.body.reason });
        return {
          retired: result.retired,
          successor: result.successor ? await certificates.getSeal(result.successor.id) : null,
        };
      },
    );

    app.post(
      '/api/admin/seals/:id/revoke',
      {
        config: { permission: 'seal:manage' },
        schema: {
          operationId: 'revokeSeal',
          tags,
          summary: '吊销印章（密钥泄露：自 revokedFrom 起所签一律无效，默认为现在；此前所签仍然有效）',
          params: z.object({ id: z.string().max(64) }),
          body: z
            .object({
              reason: z.string().trim().min(2).max(200),
              revokedFrom: z.iso
                .datetime({ offset: true })
                .optional()
                .meta({ description: 'the instant the key is known or feared to be compromised; not in the future' }),
            })
            .strict(),
          response: { 200: z.object({ retired: z.string(), successor: SealSchema.nullable() }), ...problems },
        },
      },
      async (request) => {
        const result = await seals.revokeSeal(request.ctx, {
          id: request.params.id,
          reason: request.body.reason,
          revokedFrom: request.body.revokedFrom ?? null,
        });
        return { retired: result.retired, successor: null };
      },
    );

    app.post(
      '/api/certificates',
      {
        config: { permission: 'certificate:issue' },
        schema: {
          operationId: 'issueCertificate',
          tags,
          summary: '签发电子证照（校验数据、赋码、SM3 摘要、SM2 签章，一个事务）',
          body: z
            .object({
              type: z.string().max(64),
              issuerDepartmentId: z.string().max(64),
              data: z.record(z.string(), z.unknown()),
              caseId: z.string().max(64).optional(),
            })
            .strict(),
          response: { 201: CertificateSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await certificates.issueCertificate(request.ctx, request.body)),
    );

    app.post(
      '/api/certificates/verify',
      {
        config: { permission: 'public:read', rateLimit: { name: 'verify' } },
        schema: {
          operationId: 'verifyCertificate',
          tags,
          summary: '核验电子证照：仅凭标识只答有效与否；出示证照（二维码、JSON）或亮证码方见内容',
          body: VerifyRequestSchema,
          response: { 200: VerificationResultSchema, ...problems, 429: ProblemSchema },
        },
      },
      async (request) => certificates.verify(request.body, request.ctx),
    );

    app.post(
      '/api/certificates/verify/file',
      {
        config: { permission: 'public:read', rateLimit: { name: 'verify' } },
        bodyLimit: 5 * 1024 * 1024,
        schema: {
          operationId: 'verifyCertificateFile',
          tags,
          summary: '核验上传的电子证照文件（PDF 或 JSON）',
          consumes: ['application/pdf', 'application/json', 'application/octet-stream'],
          response: { 200: VerificationResultSchema, ...problems, 429: ProblemSchema },
        },
      },
      async (request) => {
        const body = request.body;
        const file = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body ?? null));
        return certificates.verify({ file });
      },
    );

    app.get(
      '/api/me/certificates',
      {
        config: { permission: 'certificate:read_own' },
        schema: {
          operationId: 'listMyCertificates',
          tags,
          summary: '我的证照（切换为单位时为单位的证照）',
          response: { 200: z.array(CertificateSchema), ...problems },
        },
      },
      async (request) => certificates.wallet(request.ctx),
    );

    app.get(
      '/api/certificates/:identifier',
      {
        config: { permission: 'certificate:view' },
        schema: {
          operationId: 'getCertificate',
          tags,
          summary: '证照详情与事件',
          params: Id,
          response: { 200: CertificateWithEventsSchema, ...problems },
        },
      },
      async (request) => certificates.getCertificate(request.ctx, request.params.identifier),
    );

    app.get(
      '/api/documents/:documentId/pdf',
      {
        config: { permission: 'certificate:view' },
        schema: {
          operationId: 'downloadCertificatePdf',
          tags,
          summary: '下载 PDF（证照或加注件）',
          params: DocumentId,
        },
      },
      async (request, reply) => {
        const pdf = await certificates.pdf(request.ctx, request.params.documentId);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${encodeURIComponent(request.params.documentId)}.pdf"`)
          .send(pdf);
      },
    );

    app.get(
      '/api/documents/:documentId/json',
      {
        config: { permission: 'certificate:view' },
        schema: {
          operationId: 'downloadCertificateJson',
          tags,
          summary: '下载签名的 JSON（可离线核验）',
          params: DocumentId,
        },
      },
      async (request, reply) =>
        reply
          .header('content-disposition', `attachment; filename="${encodeURIComponent(request.params.documentId)}.json"`)
          .send(await certificates.signedDocument(request.ctx, request.params.documentId)),
    );

    app.post(
      '/api/certificates/:identifier/copies',
      {
        config: { permission: 'certificate:share' },
        schema: {
          operationId: 'makeCertificateCopy',
          tags,
          summary: '生成加注件（仅供某事项使用，限期有效）',
          params: Id,
          body: z
            .object({
              purpose: z.string().trim().min(2).max(60),
              caseId: z.string().max(64).optional(),
              expiresOn: z.iso.date(),
            })
            .strict(),
          response: { 201: CopySchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await certificates.createCopy(request.ctx, { identifier: request.params.identifier, ...request.body })),
    );

    app.post(
      '/api/certificates/:identifier/share-codes',
      {
        config: { permission: 'certificate:share' },
        schema: {
          operationId: 'createShareCode',
          tags,
          summary: '生成亮证码（数分钟内有效；对方凭码查看证照内容，每次查看记入数据使用记录）',
          params: Id,
          body: CreateShareCodeSchema,
          response: { 201: ShareCodeSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await certificates.createShareCode(request.ctx, {
            identifier: request.params.identifier,
            minutes: request.body.minutes,
          }),
        ),
    );

    app.delete(
      '/api/certificates/:identifier/share-codes',
      {
        config: { permission: 'certificate:share' },
        schema: {
          operationId: 'endShareCodes',
          tags,
          summary: '停止亮证：该证照的亮证码立即失效',
          params: Id,
          response: { 200: ShareCodesEndedSchema, ...problems },
        },
      },
      async (request) => certificates.endShareCodes(request.ctx, request.params.identifier),
    );

    app.post(
      '/api/certificates/:identifier/revoke',
      {
        config: { permission: 'certificate:revoke' },
        schema: {
          operationId: 'revokeCertificate',
          tags,
          summary: '注销证照',
          params: Id,
          body: z.object({ reason: z.string().trim().min(2).max(200) }).strict(),
          response: { 200: CertificateSchema, ...problems },
        },
      },
      async (request) =>
        certificates.revokeCertificate(request.ctx, {
          identifier: request.params.identifier,
          reason: request.body.reason,
        }),
    );

    app.post(
      '/api/certificates/:identifier/replace',
      {
        config: { permission: 'certificate:issue' },
        schema: {
          operationId: 'replaceCertificate',
          tags,
          summary: '换发（更正数据）或续期（不带数据）',
          params: Id,
          body: z
            .object({ reason: z.string().trim().min(2).max(200), data: z.record(z.string(), z.unknown()).optional() })
            .strict(),
          response: { 200: CertificateSchema, ...problems },
        },
      },
      async (request) =>
        certificates.replaceCertificate(request.ctx, { identifier: request.params.identifier, ...request.body }),
    );
  };
}
