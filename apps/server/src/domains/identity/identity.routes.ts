import { z } from 'zod';
import {
  ActAsSchema,
  AuthoriseHandlerSchema,
  BindEntitySchema,
  CreateMandateSchema,
  CreateStaffSchema,
  EntityBindingSchema,
  LoginResultSchema,
  LoginSchema,
  MandateSchema,
  MeSchema,
  OverrideBindingSchema,
  ProblemSchema,
  RegisterSchema,
  SecondFactorSchema,
  StaffAccountSchema,
  StaffListQuerySchema,
  StaffPageSchema,
  UpdateStaffSchema,
  VerifyPhoneSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import { clearSessionCookies, setSessionCookies } from '../../platform/http/auth';
import type { IdentityService } from './identity.service';

const tags = ['identity'];
const problems = {
  ...commonProblems,
  401: ProblemSchema,
  403: ProblemSchema,
  409: ProblemSchema,
  422: ProblemSchema,
  429: ProblemSchema,
};
const Ok = z.object({ ok: z.literal(true) });
const ok = { ok: true as const };
const iso = (d: Date | null) => (d ? d.toISOString() : null);

type BindingLike = {
  id: string;
  uscc: string;
  entityName: string;
  accountId: string;
  holderName: string;
  capacity: 'legal_representative' | 'handler';
  createdAt: Date;
  overrideReason: string | null;
};
const bindingView = (b: BindingLike) => ({ ...b, createdAt: b.createdAt.toISOString() });
function mandateView(m: {
  id: string;
  grantorKind: 'person' | 'legal_person';
  grantorName: string;
  agentAccountId: string;
  agentName: string;
  scopeKind: 'case' | 'bundle' | 'period';
  caseId: string | null;
  bundleId: string | null;
  actions: string[];
  validFrom: Date;
  validTo: Date;
  revokedAt: Date | null;
  status: 'active' | 'expired' | 'revoked';
}) {
  return {
    id: m.id,
    grantorKind: m.grantorKind,
    grantorName: m.grantorName,
    agentAccountId: m.agentAccountId,
    agentName: m.agentName,
    scopeKind: m.scopeKind,
    caseId: m.caseId,
    bundleId: m.bundleId,
    actions: m.actions as ('apply' | 'supply_materials' | 'view' | 'receive_results')[],
    validFrom: m.validFrom.toISOString(),
    validTo: m.validTo.toISOString(),
    revokedAt: iso(m.revokedAt),
    status: m.status,
  };
}

export function identityRoutes(identity: IdentityService, options: { secureCookies: boolean }): RouteTable {
  return (app) => {
    app.post(
      '/api/identity/register',
      {
        config: { permission: 'public:read', rateLimit: { name: 'register', accountField: 'phone' } },
        schema: {
          operationId: 'register',
          tags,
          summary: '自然人注册（姓名、身份证号、手机号）',
          body: RegisterSchema,
          response: { 201: z.object({ accountId: z.string() }), ...problems },
        },
      },
      async (request, reply) => {
        const created = await identity.register(request.ctx, request.body);
        // Registration logs the person in so they can confirm the code sent to their phone.
        const outcome = await identity.login(request.ctx, {
          login: request.body.phone,
          password: request.body.password,
        });
        if (outcome.status === 'logged_in') setSessionCookies(reply, outcome.session, options.secureCookies);
        return reply.status(201).send(created);
      },
    );

    app.post(
      '/api/identity/login',
      {
        config: { permission: 'public:read', rateLimit: { name: 'login', accountField: 'login' } },
        schema: {
          operationId: 'login',
          tags,
          summary: '登录（工作人员需短信验证码二次验证）',
          body: LoginSchema,
          response: { 200: LoginResultSchema, ...problems },
        },
      },
      async (request, reply) => {
        const outcome = await identity.login(request.ctx, request.body);
        if (outcome.status === 'second_factor_required') return outcome;
        setSessionCookies(reply, outcome.session, options.secureCookies);
        return { status: 'logged_in' as const, csrfToken: outcome.session.csrfToken };
      },
    );

    app.post(
      '/api/identity/login/second-factor',
      {
        config: { permission: 'public:read', rateLimit: { name: 'login' } },
        schema: {
          operationId: 'completeSecondFactor',
          tags,
          summary: '工作人员登录第二因素',
          body: SecondFactorSchema,
          response: { 200: LoginResultSchema, ...problems },
        },
      },
      async (request, reply) => {
        const session = await identity.completeSecondFactor(request.ctx, request.body);
        setSessionCookies(reply, session, options.secureCookies);
        return { status: 'logged_in' as const, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/api/identity/logout',
      {
        config: { permission: 'account:self' },
        schema: {
          operationId: 'logout',
          tags,
          summary: '退出登录',
          response: { 200: Ok, ...problems },
        },
      },
      async (request, reply) => {
        await identity.logout(request.ctx, request.sessionTokenHash!);
        clearSessionCookies(reply);
        return ok;
      },
    );

    app.post(
      '/api/identity/logout-everywhere',
      {
        config: { permission: 'account:self' },
        schema: {
          operationId: 'logoutEverywhere',
          tags,
          summary: '在所有设备上退出',
          response: { 200: z.object({ ended: z.number() }), ...problems },
        },
      },
      async (request, reply) => {
        const result = await identity.logoutEverywhere(request.ctx);
        clearSessionCookies(reply);
        return result;
      },
    );

    app.get(
      '/api/me',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'getMe',
          tags,
          summary: '当前身份',
          response: { 200: MeSchema },
        },
      },
      async (request) => identity.me(request.ctx, request.cookies.yici_csrf ?? null),
    );

    app.post(
      '/api/me/phone/code',
      {
        config: { permission: 'account:real_name', rateLimit: { name: 'code' } },
        schema: {
          operationId: 'resendPhoneCode',
          tags,
          summary: '重新发送手机验证码',
          response: { 200: Ok, ...problems },
        },
      },
      async (request) => {
        await identity.resendPhoneCode(request.ctx);
        return ok;
      },
    );

    app.post(
      '/api/me/phone/verify',
      {
        config: { permission: 'account:real_name' },
        schema: {
          operationId: 'verifyPhone',
          tags,
          summary: '验证手机号（实名等级：手机验证）',
          body: VerifyPhoneSchema,
          response: { 200: Ok, ...problems },
        },
      },
      async (request) => {
        await identity.verifyPhone(request.ctx, request.body);
        return ok;
      },
    );

    app.post(
      '/api/me/real-name/registry',
      {
        config: { permission: 'account:real_name' },
        schema: {
          operationId: 'verifyRealNameByRegistry',
          tags,
          summary: '与人口库比对（实名等级：人口库核验）',
          response: { 200: Ok, ...problems },
        },
      },
      async (request) => {
        await identity.verifyRealNameByRegistry(request.ctx);
        return ok;
      },
    );

    app.post(
      '/api/me/acting-as',
      {
        config: { permission: 'entity:act_for' },
        schema: {
          operationId: 'actAs',
          tags,
          summary: '切换身份：本人或所代表的单位',
          body: ActAsSchema,
          response: { 200: Ok, ...problems },
        },
      },
      async (request) => {
        await identity.actAs(request.ctx, { sessionTokenHash: request.sessionTokenHash!, uscc: request.body.uscc });
        return ok;
      },
    );

    app.post(
      '/api/me/entities',
      {
        config: { permission: 'entity:bind' },
        schema: {
          operationId: 'bindEntity',
          tags,
          summary: '法定代表人绑定单位',
          body: BindEntitySchema,
          response: { 201: EntityBindingSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(bindingView(await identity.bindEntity(request.ctx, request.body))),
    );

    app.get(
      '/api/me/entities/:uscc/bindings',
      {
        config: { permission: 'entity:manage_handlers' },
        schema: {
          operationId: 'listEntityBindings',
          tags,
          summary: '单位的法定代表人与经办人',
          params: z.object({ uscc: z.string().length(18) }),
          response: { 200: z.array(EntityBindingSchema), ...problems },
        },
      },
      async (request) => (await identity.listEntityBindings(request.ctx, request.params)).map(bindingView),
    );

    app.post(
      '/api/me/entities/:uscc/handlers',
      {
        config: { permission: 'entity:manage_handlers' },
        schema: {
          operationId: 'addEntityHandler',
          tags,
          summary: '授权经办人',
          params: z.object({ uscc: z.string().length(18) }),
          body: AuthoriseHandlerSchema,
          response: { 201: EntityBindingSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            bindingView(await identity.authoriseHandler(request.ctx, { uscc: request.params.uscc, ...request.body })),
          ),
    );

    app.delete(
      '/api/me/entities/:uscc/handlers/:bindingId',
      {
        config: { permission: 'entity:manage_handlers' },
        schema: {
          operationId: 'revokeEntityHandler',
          tags,
          summary: '取消经办人授权',
          params: z.object({ uscc: z.string().length(18), bindingId: z.string().max(64) }),
          response: { 200: Ok, ...problems },
        },
      },
      async (request) => {
        await identity.revokeHandler(request.ctx, request.params);
        return ok;
      },
    );

    app.get(
      '/api/mandates',
      {
        config: { permission: 'mandate:manage_own' },
        schema: {
          operationId: 'listMyMandates',
          tags,
          summary: '我发出的委托',
          response: { 200: z.array(MandateSchema), ...problems },
        },
      },
      async (request) => (await identity.listMyMandates(request.ctx)).map(mandateView),
    );

    app.get(
      '/api/mandates/received',
      {
        config: { permission: 'mandate:read_received' },
        schema: {
          operationId: 'listReceivedMandates',
          tags,
          summary: '我收到的委托（代办员、经办人）',
          response: { 200: z.array(MandateSchema), ...problems },
        },
      },
      async (request) => (await identity.listMandatesAsAgent(request.ctx)).map(mandateView),
    );

    app.post(
      '/api/mandates',
      {
        config: { permission: 'mandate:manage_own' },
        schema: {
          operationId: 'grantMandate',
          tags,
          summary: '委托代办员或经办人',
          body: CreateMandateSchema,
          response: { 201: MandateSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(mandateView(await identity.createMandate(request.ctx, request.body))),
    );

    app.post(
      '/api/mandates/:id/revoke',
      {
        config: { permission: 'mandate:manage_own' },
        schema: {
          operationId: 'revokeMandate',
          tags,
          summary: '撤销委托',
          params: z.object({ id: z.string().max(64) }),
          response: { 200: MandateSchema, ...problems },
        },
      },
      async (request) => mandateView(await identity.revokeMandate(request.ctx, request.params)),
    );

    app.post(
      '/api/staff/identity/verify-in-person',
      {
        config: { permission: 'identity:verify_in_person' },
        schema: {
          operationId: 'verifyInPerson',
          tags,
          summary: '窗口当面实名核验',
          body: z.object({ accountId: z.string().min(1).max(64) }).strict(),
          response: { 200: Ok, ...problems },
        },
      },
      async (request) => {
        await identity.verifyInPerson(request.ctx, request.body);
        return ok;
      },
    );

    app.post(
      '/api/staff/entity-bindings',
      {
        config: { permission: 'identity:override_uscc' },
        schema: {
          operationId: 'bindEntityAtWindow',
          tags,
          summary: '统一社会信用代码校验未通过时人工核验绑定',
          body: OverrideBindingSchema,
          response: { 201: EntityBindingSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(bindingView(await identity.overrideBinding(request.ctx, request.body))),
    );

    app.get(
      '/api/admin/staff',
      {
        config: { permission: 'staff:manage' },
        schema: {
          operationId: 'listStaff',
          tags,
          summary: '工作人员账号（按登录名，游标分页）',
          querystring: StaffListQuerySchema,
          response: { 200: StaffPageSchema, ...problems },
        },
      },
      async (request) => identity.listStaff(request.ctx, request.query),
    );

    app.post(
      '/api/admin/staff',
      {
        config: { permission: 'staff:manage' },
        schema: {
          operationId: 'createStaff',
          tags,
          summary: '新建工作人员账号',
          body: CreateStaffSchema,
          response: { 201: StaffAccountSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await identity.createStaff(request.ctx, request.body)),
    );

    app.patch(
      '/api/admin/staff/:id',
      {
        config: { permission: 'staff:manage' },
        schema: {
          operationId: 'updateStaff',
          tags,
          summary: '调整角色、数据范围或停用',
          params: z.object({ id: z.string().max(64) }),
          body: UpdateStaffSchema,
          response: { 200: StaffAccountSchema, ...problems },
        },
      },
      async (request) => identity.updateStaff(request.ctx, { id: request.params.id, ...request.body }),
    );
  };
}
