import { z } from 'zod';
import { cursorPageOf, CursorQuerySchema } from './keyset';

const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, { message: '身份证号应为 18 位（末位可为 X）' });
const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: '手机号应为 11 位中国大陆手机号' });
const password = z.string().min(8, { message: '密码至少 8 位' }).max(128, { message: '密码最多 128 位' });
const code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: '验证码为 6 位数字' });

export const RealNameLevelSchema = z.enum(['phone', 'registry', 'in_person']).meta({
  description: 'phone 手机验证 · registry 人口库比对 · in_person 窗口当面核验',
});
export const StaffRoleSchema = z.enum([
  'window_clerk',
  'reviewer',
  'approver',
  'agent',
  'hotline_operator',
  'supervisor',
  'evaluator',
  'administrator',
]);

export const RegisterSchema = z
  .object({ name: z.string().trim().min(2).max(30), idNumber, phone, password })
  .strict()
  .meta({ id: 'RegisterRequest' });

export const VerifyPhoneSchema = z.object({ code }).strict();

export const LoginSchema = z
  .object({ login: z.string().trim().min(1).max(64), password: z.string().min(1).max(128) })
  .strict()
  .meta({ id: 'LoginRequest' });

export const SecondFactorSchema = z.object({ challengeId: z.string().min(1).max(64), code }).strict();

export const LoginResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('logged_in'), csrfToken: z.string() }),
  z.object({ status: z.literal('second_factor_required'), challengeId: z.string(), sentTo: z.string() }),
]);

export const MeSchema = z
  .object({
    kind: z.enum(['anonymous', 'person', 'staff']),
    accountId: z.string().nullable(),
    name: z.string().nullable(),
    idNumberMasked: z.string().nullable(),
    phoneMasked: z.string().nullable(),
    realNameLevel: RealNameLevelSchema.nullable(),
    roles: z.array(StaffRoleSchema),
    regionCode: z.string().nullable(),
    departmentId: z.string().nullable(),
    actingFor: z
      .object({ uscc: z.string(), name: z.string(), capacity: z.enum(['legal_representative', 'handler']) })
      .nullable(),
    entities: z.array(
      z.object({ uscc: z.string(), name: z.string(), capacity: z.enum(['legal_representative', 'handler']) }),
    ),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const BindEntitySchema = z
  .object({ uscc: z.string().trim().toUpperCase().length(18, { message: '统一社会信用代码应为 18 位' }) })
  .strict();

export const OverrideBindingSchema = z
  .object({
    uscc: z.string().trim().toUpperCase().length(18),
    accountId: z.string().min(1),
    reason: z.string().trim().min(4, { message: '请写明人工核验的理由' }).max(200),
  })
  .strict();

export const AuthoriseHandlerSchema = z.object({ idNumber, name: z.string().trim().min(2).max(30) }).strict();

export const ActAsSchema = z
  .object({
    uscc: z.string().trim().toUpperCase().length(18).nullable().meta({ description: 'null: act for oneself' }),
  })
  .strict();

export const EntityBindingSchema = z
  .object({
    id: z.string(),
    uscc: z.string(),
    entityName: z.string(),
    accountId: z.string(),
    holderName: z.string(),
    capacity: z.enum(['legal_representative', 'handler']),
    createdAt: z.string(),
    overrideReason: z.string().nullable(),
  })
  .meta({ id: 'EntityBinding' });

export const MandateActionSchema = z.enum(['apply', 'supply_materials', 'view', 'receive_results']);

export const CreateMandateSchema = z
  .object({
    agentLogin: z.string().trim().min(1).max(64).meta({ description: 'the agent staff login or the handler phone' }),
    scopeKind: z.enum(['case', 'bundle', 'period']),
    caseId: z.string().max(64).optional(),
    bundleId: z.string().max(64).optional(),
    actions: z.array(MandateActionSchema).min(1),
    validTo: z.iso.datetime({ offset: true }),
  })
  .strict()
  .meta({ id: 'CreateMandateRequest' });

export const MandateSchema = z
  .object({
    id: z.string(),
    grantorKind: z.enum(['person', 'legal_person']),
    grantorName: z.string(),
    agentAccountId: z.string(),
    agentName: z.string(),
    scopeKind: z.enum(['case', 'bundle', 'period']),
    caseId: z.string().nullable(),
    bundleId: z.string().nullable(),
    actions: z.array(MandateActionSchema),
    validFrom: z.string(),
    validTo: z.string(),
    revokedAt: z.string().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'Mandate' });

export const StaffAccountSchema = z
  .object({
    id: z.string(),
    login: z.string(),
    name: z.string(),
    phoneMasked: z.string(),
    roles: z.array(StaffRoleSchema),
    regionCode: z.string(),
    departmentId: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
  })
  .meta({ id: 'StaffAccount' });

/**
 * The staff accounts an administrator manages (their region and below), by login, a page at a
 * time along signed cursors (`next`, `prev`): a province has tens of thousands.
 */
export const StaffListQuerySchema = CursorQuerySchema.strict();
export type StaffListQuery = z.input<typeof StaffListQuerySchema>;

export const StaffPageSchema = cursorPageOf(StaffAccountSchema).meta({ id: 'StaffPage' });
export type StaffPage = z.infer<typeof StaffPageSchema>;

export const CreateStaffSchema = z
  .object({
    login: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_.-]{2,31}$/, { message: '登录名为 3–32 位小写字母、数字或 _ . -' }),
    name: z.string().trim().min(2).max(30),
    phone,
    password,
    roles: z.array(StaffRoleSchema).min(1),
    regionCode: z.string().regex(/^\d{2,12}$/),
    departmentId: z.string().max(64).nullable(),
  })
  .strict()
  .meta({ id: 'CreateStaffRequest' });

export const UpdateStaffSchema = z
  .object({
    roles: z.array(StaffRoleSchema).min(1).optional(),
    regionCode: z
      .string()
      .regex(/^\d{2,12}$/)
      .optional(),
    departmentId: z.string().max(64).nullable().optional(),
    status: z.enum(['active', 'disabled']).optional(),
  })
  .strict();

export const OutboxMessageSchema = z
  .object({
    id: z.number(),
    channel: z.string(),
    recipient: z.string(),
    template: z.string(),
    body: z.string(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
    attempts: z.number(),
  })
  .meta({ id: 'OutboxMessage' });
