import { ProblemSchema } from '@yici/contracts';
import { commonProblems, type RouteTable } from '../http/app';
import { AuditEntriesQuerySchema, AuditEntryPageSchema, AuditVerificationSchema } from './audit.contracts';
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
          tags,
          summary: '核验审计日志链（管理员、督查人员）',
          description:
            '重新计算每条审计记录的 SM3 内容摘要和链接摘要，指出第一条被篡改、断链或缺失的记录；链完整时返回链头，可另行留存以发现尾部被删除。',
          response: { 200: AuditVerificationSchema, ...guardedProblems },
        },
      },
      async (request) => audit.verify(request.ctx),
    );

    app.get(
      '/api/admin/audit/entries',
      {
        config: { permission: 'audit:read' },
        schema: {
          tags,
          summary: '查询审计记录，最新的在前（管理员、督查人员）',
          description: '可按对象（类型与编号）或操作人筛选。查询本身也记入审计日志。',
          querystring: AuditEntriesQuerySchema,
          response: { 200: AuditEntryPageSchema, ...guardedProblems },
        },
      },
      async (request) => audit.listEntries(request.ctx, request.query),
    );
  };
}
