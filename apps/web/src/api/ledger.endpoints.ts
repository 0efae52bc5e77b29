import {
  BulletinPageSchema,
  BulletinSchema,
  EvidenceFileSchema,
  InspectionPageSchema,
  InspectionSchema,
  LedgerRecordPageSchema,
  LedgerRecordSchema,
  LedgerTaskSchema,
  ProgressReportPageSchema,
  ProgressReportSchema,
  PublicBulletinPageSchema,
  PublicBulletinSchema,
  type LedgerTaskKind,
} from '@yici/contracts';
import { z } from 'zod';
import { segment, type Transport } from './transport';

const items = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });

/** A page of a list read along cursors: the cursor of the page (none: the first) and its size. */
export type PageQuery = { cursor?: string; limit?: number };
export type ReportListQuery = PageQuery & { status?: 'pending' | 'accepted' | 'sent_back'; taskId?: string };

export type ProgressReportBody = {
  milestoneId: string;
  summary: string;
  completesMilestone: boolean;
  evidence: string[];
};
export type InspectionBody = {
  method: 'announced' | 'unannounced';
  regionCode: string;
  departmentId?: string;
  visitedOn: string;
  findings: string;
  rectification?: { title: string; departmentId: string; dueOn: string };
};
export type RecordBody = {
  kind: 'commendation' | 'accountability';
  departmentId?: string;
  regionCode?: string;
  reason: string;
};

/** 台账 (tasks, reports, inspections, records) and 通报 (bulletins, public and staff). */
export function ledgerEndpoints(http: Transport) {
  return {
    listLedgerTasks: (query: { kind?: LedgerTaskKind; overdue?: 'true' | 'false' }, signal?: AbortSignal) =>
      http.get({ path: '/api/ledger/tasks', query, schema: items(LedgerTaskSchema), signal }).then((r) => r.items),
    getLedgerTask: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/ledger/tasks/${segment(id)}`, schema: LedgerTaskSchema, signal }),
    uploadLedgerEvidence: (file: File) =>
      http.write({
        method: 'POST',
        path: '/api/ledger/evidence',
        raw: { data: file, contentType: file.type },
        schema: EvidenceFileSchema,
      }),
    reportLedgerProgress: (taskId: string, body: ProgressReportBody) =>
      http.write({ path: `/api/ledger/tasks/${segment(taskId)}/reports`, body, schema: ProgressReportSchema }),
    listLedgerReports: (query: ReportListQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/ledger/reports', query, schema: ProgressReportPageSchema, signal }),
    reviewLedgerReport: (id: string, body: { decision: 'accept' | 'send_back'; reason?: string }) =>
      http.write({ path: `/api/ledger/reports/${segment(id)}/review`, body, schema: ProgressReportSchema }),
    listInspections: (query: PageQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/ledger/inspections', query, schema: InspectionPageSchema, signal }),
    recordInspection: (body: InspectionBody) =>
      http.write({ path: '/api/ledger/inspections', body, schema: InspectionSchema }),
    listLedgerRecords: (query: PageQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/ledger/records', query, schema: LedgerRecordPageSchema, signal }),
    addLedgerRecord: (body: RecordBody) =>
      http.write({ path: '/api/ledger/records', body, schema: LedgerRecordSchema }),

    listBulletins: (query: PageQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/bulletins', query, schema: BulletinPageSchema, signal }),
    getBulletin: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/bulletins/${segment(id)}`, schema: BulletinSchema, signal }),
    draftBulletin: (body: { periodFrom: string; periodTo: string; correctsId?: string }) =>
      http.write({ path: '/api/bulletins', body, schema: BulletinSchema }),
    editBulletin: (id: string, body: { version: number; title?: string; introduction?: string; recompose?: boolean }) =>
      http.write({ method: 'PATCH', path: `/api/bulletins/${segment(id)}`, body, schema: BulletinSchema }),
    publishBulletin: (id: string, body: { version: number }) =>
      http.write({ path: `/api/bulletins/${segment(id)}/publish`, body, schema: BulletinSchema }),
    archiveBulletin: (id: string) =>
      http.write({ path: `/api/bulletins/${segment(id)}/archive`, body: {}, schema: BulletinSchema }),
    listPublicBulletins: (query: PageQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/public/bulletins', query, schema: PublicBulletinPageSchema, signal }),
    getPublicBulletin: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/public/bulletins/${segment(id)}`, schema: PublicBulletinSchema, signal }),
  };
}

/** Where a published bulletin's sealed PDF downloads from. */
export const bulletinPdfUrl = (id: string) => `/api/public/bulletins/${encodeURIComponent(id)}/pdf`;
/** Where a report's evidence file opens. */
export const evidenceUrl = (sha256: string) => `/api/ledger/evidence/${sha256}`;
