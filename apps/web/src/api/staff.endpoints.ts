import {
  CalendarStatusSchema,
  PlatformClockSchema,
  CreateStaffSchema,
  EntityBindingSchema,
  OutboxMessageSchema,
  OverrideBindingSchema,
  StaffAccountSchema,
  StaffPageSchema,
  UpdateStaffSchema,
} from '@yici/contracts';
import { AuditEntryPageSchema, AuditVerificationSchema, type AuditEntriesQuery } from './audit.shapes';
import { OkSchema } from './local-schemas';
import { segment, type Infer, type Transport } from './transport';

export type StaffAccount = Infer<typeof StaffAccountSchema>;
export type CreateStaffInput = Infer<typeof CreateStaffSchema>;
export type UpdateStaffInput = Infer<typeof UpdateStaffSchema>;
export type OutboxMessage = Infer<typeof OutboxMessageSchema>;
export type OverrideBindingInput = Infer<typeof OverrideBindingSchema>;
export type OutboxQuery = { recipient?: string; limit?: number };
/** A page of the staff list: the `next` or `prev` of the page before (none: the first page). */
export type StaffListQuery = { cursor?: string; limit?: number };
export type StaffPage = Infer<typeof StaffPageSchema>;
const OutboxListSchema = OutboxMessageSchema.array();

/** The workbench: window tasks, staff administration, the development outbox and the audit log. */
export function staffEndpoints(http: Transport) {
  return {
    verifyInPerson: (body: { accountId: string }) =>
      http.write({ path: '/api/staff/identity/verify-in-person', body, schema: OkSchema }),
    overrideEntityBinding: (body: OverrideBindingInput) =>
      http.write({ path: '/api/staff/entity-bindings', body, schema: EntityBindingSchema }),

    /** Real or simulated time (模拟环境): the banner reads it. */
    platformClock: (signal?: AbortSignal) => http.get({ path: '/api/clock', schema: PlatformClockSchema, signal }),

    calendarStatus: (signal?: AbortSignal) =>
      http.get({ path: '/api/calendar/status', schema: CalendarStatusSchema, signal }),

    listStaff: (query: StaffListQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/admin/staff', query, schema: StaffPageSchema, signal }),
    createStaff: (body: CreateStaffInput) => http.write({ path: '/api/admin/staff', body, schema: StaffAccountSchema }),
    updateStaff: (id: string, body: UpdateStaffInput) =>
      http.write({ method: 'PATCH', path: `/api/admin/staff/${segment(id)}`, body, schema: StaffAccountSchema }),

    listOutbox: (query: OutboxQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/admin/outbox', query, schema: OutboxListSchema, signal }),

    verifyAuditChain: () => http.write({ path: '/api/admin/audit/verify', schema: AuditVerificationSchema }),
    listAuditEntries: (query: AuditEntriesQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/admin/audit/entries', query, schema: AuditEntryPageSchema, signal }),
  };
}
