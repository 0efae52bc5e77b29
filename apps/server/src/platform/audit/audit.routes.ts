import { ProblemSchema } from '@yici/contracts';
import { commonProblems, type RouteTable } from '../http/app';
import {
  AuditEntriesQuerySchema,
  AuditEntryPageSchema,
  AuditVerificationSchema,
  AuditVerifyRequestSchema,
} from './audit.contracts';
import type { AuditLog } from './audit.service';

const tags = ['audit'];
const guardedProblems = { 401: ProblemSchema, 403: ProblemSchema, ...commonProblems } as const;

export function auditRoutes(audit: AuditLog): RouteTable {
  return (app) => {
    app.post(
      '/api/admin/audit/verify',
      {
        config: { permission: 'audit:verify' },
        schema: {
          operationId: 'verifyAuditLog',
          tags,
          summary: '核验审计日志链（管理员、督查人员）',
          description:
            '重新计算每条审计记录的 SM3 内容摘要和链接摘要，用审计签名公钥核验每个封存批次的 SM2 签名（发现整链改写），并与检查点比对（平台数据目录中的检查点，以及请求中附带的见证方留存的检查点，可发现尾部被删除），指出第一条异常记录。',
          body: AuditVerifyRequestSchema,
          response: { 200: AuditVerificationSchema, ...guardedProblems },
        },
      },
      async (request) => audit.verify(request.ctx, { checkpoints: request.body?.checkpoints }),
    );

    app.get(
      '/api/admin/audit/entries',
      {
        config: { permission: 'audit:read' },
        schema: {
          operationId: 'listAuditEntries',
          tags,
          summary: '查询审计记录，最新的在前（管理员、督查人员）',
          description:
            '可按对象（类型与编号）或操作人筛选，按游标翻页。查询本身也记入审计日志。问题代码 (problem codes): CURSOR_INVALID, CURSOR_OTHER_LIST, PAGE_SIZE_TOO_LARGE',
          querystring: AuditEntriesQuerySchema,
          response: { 200: AuditEntryPageSchema, ...guardedProblems },
        },
      },
      async (request) => audit.listEntries(request.ctx, request.query),
    );
  };
}
