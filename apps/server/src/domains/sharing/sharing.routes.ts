import { z } from 'zod';
import {
  AccountSubscriptionSchema,
  CreateServiceAccountSchema,
  IdentityCheckResultSchema,
  IdentityCheckSchema,
  IdNumberSchema,
  IssuedSecretSchema,
  OAuthErrorSchema,
  PersonFieldSchema,
  ProblemSchema,
  NewSubscriptionSchema,
  ReplaySchema,
  RotateSecretSchema,
  SubscribeSchema,
  SubscriptionSchema,
  DeliveryListQuerySchema,
  DeliveryPageSchema,
  ServiceAccountSchema,
  SharedPersonSchema,
  SharingPurposeSchema,
  TokenRequestSchema,
  TokenResponseSchema,
  UsccSchema,
  CreditStatusSchema,
  CertificateLookupSchema,
  CertificateLookupResultSchema,
  ConsentSchema,
  GrantConsentSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import { TOKEN_PATH } from '../../platform/http/openapi';
import type { ServiceAccounts } from './sharing.accounts';
import type { Consents } from './sharing.consents';
import type { SharingLookups } from './sharing.lookups';
import type { Webhooks } from './sharing.webhooks';
import type { createTokenEndpoint } from './sharing.oauth';

const adminTags = ['service-accounts'];
const sharingTags = ['sharing'];
const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema };
const Id = z.object({ id: z.string().min(1).max(64) }).strict();

export function sharingRoutes(deps: {
  accounts: ServiceAccounts;
  lookups: SharingLookups;
  webhooks: Webhooks;
  consents: Consents;
  token: ReturnType<typeof createTokenEndpoint>;
}): RouteTable {
  const { accounts, lookups, webhooks, token, consents } = deps;
  return (app) => {
    app.register(async (scope) => {
      // RFC 6749 §4.4.2: the token request is form-encoded.
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 8 * 1024 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
      (scope as typeof app).post(
        TOKEN_PATH,
        {
          config: { permission: 'public:read', rateLimit: { name: 'login' } },
          schema: {
            operationId: 'requestAccessToken',
            tags: sharingTags,
            summary: '服务账号以客户端凭证换取访问令牌（OAuth 2.0，有效期 10 分钟）',
            description:
              '表单编码（application/x-www-form-urlencoded）。客户端以 HTTP Basic 或表单字段 client_id、client_secret 认证；scope 以空格分隔，须为账号已获准的范围。错误按 RFC 6749 第 5.2 节返回。',
            consumes: ['application/x-www-form-urlencoded'],
            body: TokenRequestSchema,
            // RFC 6749 §5.2 errors from the grant; problems from the edge (malformed input, rate limit).
            response: {
              200: TokenResponseSchema,
              400: z.union([OAuthErrorSchema, ProblemSchema]),
              401: z.union([OAuthErrorSchema, ProblemSchema]),
              429: ProblemSchema,
              500: ProblemSchema,
            },
          },
        },
        async (request, reply) => {
          const answer = await token({
            method: request.method,
            headers: request.headers,
            body: request.body as Record<string, string>,
          });
          return reply
            .status(answer.status)
            .header('cache-control', 'no-store')
            .send(answer.body as never);
        },
      );
    });

    app.get(
      '/api/admin/service-accounts',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'listServiceAccounts',
          tags: adminTags,
          summary: '服务账号（部门系统与合作方）',
          response: { 200: z.array(ServiceAccountSchema), ...problems },
        },
      },
      async (request) => accounts.list(request.ctx),
    );
    app.post(
      '/api/admin/service-accounts',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'registerServiceAccount',
          tags: adminTags,
          summary: '登记服务账号（返回一次客户端密钥，平台只保存其哈希）',
          body: CreateServiceAccountSchema,
          response: { 201: IssuedSecretSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await accounts.register(request.ctx, request.body)),
    );
    app.get(
      '/api/admin/service-accounts/:id',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'getServiceAccount',
          tags: adminTags,
          summary: '一个服务账号及其密钥状态',
          params: Id,
          response: { 200: ServiceAccountSchema, ...problems },
        },
      },
      async (request) => accounts.get(request.ctx, request.params.id),
    );
    app.post(
      '/api/admin/service-accounts/:id/secrets',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'rotateClientSecret',
          tags: adminTags,
          summary: '轮换客户端密钥（旧密钥在过渡期内仍有效）',
          params: Id,
          body: RotateSecretSchema,
          response: { 201: IssuedSecretSchema, ...problems, 409: ProblemSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await accounts.rotateSecret(request.ctx, request.params.id, request.body)),
    );
    app.post(
      '/api/admin/service-accounts/:id/secrets/:secretId/revoke',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'revokeClientSecret',
          tags: adminTags,
          summary: '吊销客户端密钥（立即失效，已发令牌一并作废）',
          params: Id.extend({ secretId: z.string().min(1).max(64) }).strict(),
          response: { 200: ServiceAccountSchema, ...problems },
        },
      },
      async (request) => accounts.revokeSecret(request.ctx, request.params.id, request.params.secretId),
    );
    app.post(
      '/api/admin/service-accounts/:id/revoke',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'revokeServiceAccount',
          tags: adminTags,
          summary: '停用服务账号（令牌立即失效）',
          params: Id,
          response: { 200: ServiceAccountSchema, ...problems },
        },
      },
      async (request) => accounts.revokeAccount(request.ctx, request.params.id),
    );
    const AccountSubscriptionId = Id.extend({ subscriptionId: z.string().min(1).max(64) }).strict();
    app.get(
      '/api/admin/service-accounts/:id/subscriptions',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'listServiceAccountSubscriptions',
          tags: adminTags,
          summary: '服务账号的事件订阅及投递情况',
          params: Id,
          response: { 200: z.array(AccountSubscriptionSchema), ...problems },
        },
      },
      async (request) => webhooks.subscriptionsOfAccount(request.ctx, request.params.id),
    );
    app.get(
      '/api/admin/service-accounts/:id/subscriptions/:subscriptionId/deliveries',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'listServiceAccountDeliveries',
          tags: adminTags,
          summary: '服务账号一个订阅的投递记录（新的在前，游标分页）',
          params: AccountSubscriptionId,
          querystring: DeliveryListQuerySchema,
          response: { 200: DeliveryPageSchema, ...problems },
        },
      },
      async (request) =>
        webhooks.deliveriesOfAccount(request.ctx, request.params.id, request.params.subscriptionId, request.query),
    );
    app.post(
      '/api/admin/service-accounts/:id/subscriptions/:subscriptionId/replay',
      {
        config: { permission: 'service_account:manage' },
        schema: {
          operationId: 'replayServiceAccountEvents',
          tags: adminTags,
          summary: '代为重放：自某时起的事件重新推送（接收方修复后；暂停的订阅随之恢复）',
          params: AccountSubscriptionId,
          body: ReplaySchema,
          response: { 200: z.object({ requeued: z.number().int() }), ...problems },
        },
      },
      async (request) =>
        webhooks.replayForAccount(request.ctx, request.params.id, request.params.subscriptionId, request.body),
    );

    app.post(
      '/api/sharing/identity-checks',
      {
        config: { permission: 'sharing:identity_check' },
        schema: {
          operationId: 'checkIdentity',
          tags: sharingTags,
          summary: '身份核验：姓名与公民身份号码是否一致（须说明用途，记入本人的数据使用记录）',
          body: IdentityCheckSchema,
          response: { 200: IdentityCheckResultSchema, ...problems },
        },
      },
      async (request) => lookups.checkIdentity(request.ctx, request.body),
    );
    app.post(
      '/api/sharing/persons/query',
      {
        config: { permission: 'sharing:person_read' },
        schema: {
          operationId: 'readSharedPerson',
          tags: sharingTags,
          summary: '按用途读取人口库信息（须附办件编号或本人授权编号；只返回账号获准的字段）',
          body: z
            .object({ idNumber: IdNumberSchema, fields: z.array(PersonFieldSchema).max(10).optional() })
            .extend(SharingPurposeSchema.shape)
            .strict()
            .meta({
              examples: [
                { idNumber: '370102199001011234', fields: ['name'], purpose: '社保待遇资格认证', caseId: 'C-1' },
              ],
            }),
          response: { 200: SharedPersonSchema, ...problems },
        },
      },
      async (request) => lookups.readPerson(request.ctx, request.body),
    );

    app.post(
      '/api/sharing/subscriptions',
      {
        config: { permission: 'sharing:events' },
        schema: {
          operationId: 'subscribeToEvents',
          tags: sharingTags,
          summary: '订阅事件推送（https 地址；签名密钥只显示这一次）',
          description:
            '每个事件以 POST 推送 JSON，请求头 X-Yici-Event-Id（稳定，可据此去重）、X-Yici-Event-Type、X-Yici-Timestamp 与 X-Yici-Signature: hmac-sm3=<hex>，签名为以订阅密钥对 “<timestamp>.<body>” 计算的 HMAC-SM3。至少送达一次；失败按退避重试，超过次数暂停订阅并标记账号。',
          body: SubscribeSchema,
          response: { 201: NewSubscriptionSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await webhooks.subscribe(request.ctx, request.body)),
    );
    app.get(
      '/api/sharing/subscriptions',
      {
        config: { permission: 'sharing:events' },
        schema: {
          operationId: 'listSubscriptions',
          tags: sharingTags,
          summary: '本账号的事件订阅',
          response: { 200: z.array(SubscriptionSchema), ...problems },
        },
      },
      async (request) => webhooks.list(request.ctx),
    );
    app.get(
      '/api/sharing/subscriptions/:id/deliveries',
      {
        config: { permission: 'sharing:events' },
        schema: {
          operationId: 'listDeliveries',
          tags: sharingTags,
          summary: '投递记录（新的在前，游标分页：状态、次数、最后一次的结果）',
          params: Id,
          querystring: DeliveryListQuerySchema,
          response: { 200: DeliveryPageSchema, ...problems },
        },
      },
      async (request) => webhooks.deliveries(request.ctx, request.params.id, request.query),
    );
    app.post(
      '/api/sharing/subscriptions/:id/replay',
      {
        config: { permission: 'sharing:events' },
        schema: {
          operationId: 'replayEvents',
          tags: sharingTags,
          summary: '重放：自某时起的事件重新推送（事件编号不变；暂停的订阅随之恢复）',
          params: Id,
          body: ReplaySchema,
          response: { 200: z.object({ requeued: z.number().int() }), ...problems },
        },
      },
      async (request) => webhooks.replay(request.ctx, request.params.id, request.body),
    );

    const EntityQuery = z
      .object({ uscc: UsccSchema })
      .extend(SharingPurposeSchema.shape)
      .strict()
      .meta({ examples: [{ uscc: '91370102MA3C00000X', purpose: '对公开户核实企业登记信息' }] });
    app.post(
      '/api/sharing/entities/query',
      {
        config: { permission: 'sharing:entity_read' },
        schema: {
          operationId: 'readSharedEntity',
          tags: sharingTags,
          summary: '读取法人库登记信息（须说明用途；不含法定代表人身份证号）',
          body: EntityQuery,
          response: {
            200: z.object({
              uscc: z.string(),
              name: z.string(),
              entityType: z.string(),
              registeredRegionCode: z.string(),
              registeredAddress: z.string(),
              legalRepresentativeName: z.string(),
              status: z.string(),
              establishedOn: z.string(),
            }),
            ...problems,
          },
        },
      },
      async (request) => lookups.readEntity(request.ctx, request.body),
    );
    app.post(
      '/api/sharing/credit/query',
      {
        config: { permission: 'sharing:credit_read' },
        schema: {
          operationId: 'readSharedCreditStatus',
          tags: sharingTags,
          summary: '查询法人的公共信用状态（失信、守信名单；须说明用途）',
          body: EntityQuery,
          response: { 200: CreditStatusSchema, ...problems },
        },
      },
      async (request) => lookups.creditStatus(request.ctx, request.body),
    );

    app.post(
      '/api/sharing/certificates/query',
      {
        config: { permission: 'sharing:certificate_read' },
        schema: {
          operationId: 'lookUpSharedCertificates',
          tags: sharingTags,
          summary: '按持证人与证照类型查询电子证照（须附持证人授权编号或其办件编号；不含证照内容）',
          body: CertificateLookupSchema,
          response: { 200: CertificateLookupResultSchema, ...problems },
        },
      },
      async (request) => lookups.certificatesOf(request.ctx, request.body),
    );

    const consentTags = ['sharing-consents'];
    app.get(
      '/api/me/sharing-consents',
      {
        config: { permission: 'sharing_consent:manage_own' },
        schema: {
          operationId: 'listMySharingConsents',
          tags: consentTags,
          summary: '我给部门系统的授权（切换为单位时为单位的授权）',
          response: { 200: z.array(ConsentSchema), ...problems },
        },
      },
      async (request) => consents.listOwn(request.ctx),
    );
    app.post(
      '/api/me/sharing-consents',
      {
        config: { permission: 'sharing_consent:manage_own' },
        schema: {
          operationId: 'grantSharingConsent',
          tags: consentTags,
          summary: '授权一个部门系统或合作方按用途查询我的信息（至多一年，可随时撤回）',
          body: GrantConsentSchema,
          response: { 201: ConsentSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await consents.grant(request.ctx, request.body)),
    );
    app.post(
      '/api/me/sharing-consents/:reference/withdraw',
      {
        config: { permission: 'sharing_consent:manage_own' },
        schema: {
          operationId: 'withdrawSharingConsent',
          tags: consentTags,
          summary: '撤回授权（立即生效）',
          params: z.object({ reference: z.string().min(1).max(64) }).strict(),
          response: { 200: ConsentSchema, ...problems },
        },
      },
      async (request) => consents.withdraw(request.ctx, request.params.reference),
    );
  };
}
