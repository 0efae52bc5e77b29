import { z } from 'zod';
import { IdNumberSchema, PersonFieldSchema } from './registries';
import { IsoDateSchema } from './common';
import { cursorPageOf, CursorQuerySchema, ListCountSchema } from './keyset';

/**
 * Data sharing (数据共享交换) with department systems and partners: service accounts that
 * authenticate with OAuth 2.0 client credentials, and what they may ask.
 */

/** A department's own system, or a partner: a bank, a utility, another province's platform, another body. */
export const ServiceAccountKindSchema = z.enum(['department', 'bank', 'utility', 'province', 'partner']);
export type ServiceAccountKind = z.infer<typeof ServiceAccountKindSchema>;

export const ServiceAccountStatusSchema = z.enum(['active', 'revoked']);

export const CreateServiceAccountSchema = z
  .object({
    name: z.string().trim().min(2).max(100),
    kind: ServiceAccountKindSchema,
    scopes: z.array(z.string().min(1).max(60)).min(1).max(30),
    personFields: z.array(PersonFieldSchema).max(10).default([]),
    regionCode: z.string().regex(/^\d{2,12}$/, { message: '区划代码应为 2 至 12 位数字' }),
    departmentId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict()
  .meta({
    id: 'CreateServiceAccount',
    examples: [
      {
        name: '济南市市场监督管理局业务系统',
        kind: 'department',
        scopes: ['sharing:identity_check', 'sharing:events'],
        personFields: ['name'],
        regionCode: '3701',
        departmentId: null,
      },
    ],
  });
export type CreateServiceAccount = z.infer<typeof CreateServiceAccountSchema>;

export const ServiceAccountSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    kind: ServiceAccountKindSchema,
    scopes: z.array(z.string()),
    personFields: z.array(PersonFieldSchema),
    regionCode: z.string(),
    departmentId: z.string().nullable(),
    status: ServiceAccountStatusSchema,
    flaggedAt: z.string().nullable(),
    flagReason: z.string().nullable(),
    createdAt: z.string(),
    secrets: z.array(
      z.object({
        id: z.string(),
        createdAt: z.string(),
        expiresAt: z.string().nullable(),
        revokedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ServiceAccount' });
export type ServiceAccount = z.infer<typeof ServiceAccountSchema>;

/** The client secret is shown once, when it is made; the platform keeps only its argon2 hash. */
export const IssuedSecretSchema = z
  .object({
    account: ServiceAccountSchema,
    clientId: z.string(),
    clientSecret: z.string(),
    secretId: z.string(),
  })
  .meta({ id: 'IssuedSecret' });
export type IssuedSecret = z.infer<typeof IssuedSecretSchema>;

export const RotateSecretSchema = z
  .object({
    overlapHours: z.number().int().min(0).max(168).default(24),
  })
  .strict()
  .meta({ examples: [{ overlapHours: 24 }] });

/** RFC 6749 §4.4.2: form-encoded; the client may authenticate with HTTP Basic instead. */
export const TokenRequestSchema = z
  .object({
    grant_type: z.string().max(40),
    scope: z.string().max(2000).optional(),
    client_id: z.string().max(100).optional(),
    client_secret: z.string().max(200).optional(),
  })
  .meta({ examples: [{ grant_type: 'client_credentials', scope: 'sharing:identity_check' }] });

export const TokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string(),
  })
  .meta({ id: 'TokenResponse' });

/** RFC 6749 §5.2. */
export const OAuthErrorSchema = z
  .object({ error: z.string(), error_description: z.string().optional() })
  .meta({ id: 'OAuthError' });

/** Why a machine reads a person's data: the data-use log shows it to the person (个人信息保护法 第十四条). */
export const SharingPurposeSchema = z
  .object({
    purpose: z.string().trim().min(2, { message: '请说明用途' }).max(100),
    caseId: z.string().min(1).max(64).optional(),
    consentReference: z.string().min(1).max(64).optional(),
  })
  .strict();

export const IdentityCheckSchema = z
  .object({ idNumber: IdNumberSchema, name: z.string().trim().min(1).max(50) })
  .extend(SharingPurposeSchema.shape)
  .strict()
  .meta({
    id: 'IdentityCheckRequest',
    examples: [{ idNumber: '370102199001011234', name: '张三', purpose: '开立账户核验身份' }],
  });

export const IdentityCheckResultSchema = z.object({ matches: z.boolean() }).meta({ id: 'IdentityCheckResult' });

/** Only the fields the account is allowed; the others are absent, not empty. */
export const SharedPersonSchema = z
  .object({
    idNumber: z.string(),
    name: z.string().optional(),
    sex: z.string().optional(),
    birthDate: z.string().optional(),
    householdRegionCode: z.string().optional(),
    householdAddress: z.string().optional(),
    phone: z.string().optional(),
  })
  .meta({ id: 'SharedPerson' });

/** Events department systems may subscribe to; each is delivered with a stable event id. */
export const SharedEventTypeSchema = z.enum([
  'case.accepted',
  'case.task_opened',
  'case.task_decided',
  'case.completed',
  'certificate.issued',
  'certificate.replaced',
  'certificate.revoked',
]);
export type SharedEventType = z.infer<typeof SharedEventTypeSchema>;

export const SubscribeSchema = z
  .object({
    url: z.string().min(8).max(500),
    eventTypes: z.array(SharedEventTypeSchema).min(1).max(10),
  })
  .strict()
  .meta({
    id: 'SubscribeRequest',
    examples: [{ url: 'https://zwfw.example.gov.cn/yici/events', eventTypes: ['case.task_opened', 'case.completed'] }],
  });

export const SubscriptionSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    eventTypes: z.array(z.string()),
    status: z.enum(['active', 'suspended', 'cancelled']),
    createdAt: z.string(),
  })
  .meta({ id: 'Subscription' });

/** A subscription as the account's administrator sees it: with how its deliveries stand. */
export const AccountSubscriptionSchema = SubscriptionSchema.extend({
  /** Each counted up to the lists' bound ("10,000+"): a subscription gets a delivery per event, without end. */
  deliveries: z.object({ pending: ListCountSchema, delivered: ListCountSchema, failed: ListCountSchema }),
}).meta({ id: 'AccountSubscription' });
export type AccountSubscription = z.infer<typeof AccountSubscriptionSchema>;

/** The HMAC-SM3 key is shown once, at subscription; the platform keeps it wrapped with SM4. */
export const NewSubscriptionSchema = z
  .object({ subscription: SubscriptionSchema, signingKey: z.string() })
  .meta({ id: 'NewSubscription' });

export const WebhookDeliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });

/**
 * A subscription's delivery log, newest first, a page at a time along signed cursors (`next`,
 * `prev`): a subscription gets a delivery per event, so the log grows without end.
 */
export const DeliveryListQuerySchema = CursorQuerySchema.strict();
export type DeliveryListQuery = z.input<typeof DeliveryListQuerySchema>;

export const DeliveryPageSchema = cursorPageOf(WebhookDeliverySchema).meta({ id: 'WebhookDeliveryPage' });
export type DeliveryPage = z.infer<typeof DeliveryPageSchema>;

export const ReplaySchema = z
  .object({ since: z.iso.datetime({ offset: true }) })
  .strict()
  .meta({ examples: [{ since: '2026-11-27T00:00:00+08:00' }] });

/** 按持证人与证照类型查询: who holds which certificate, for a purpose, with a case or the holder's consent. */
export const CertificateLookupSchema = z
  .object({
    holderKind: z.enum(['person', 'legal_person']),
    holderId: z.string().trim().min(15).max(18),
    type: z.string().min(1).max(60),
  })
  .extend(SharingPurposeSchema.shape)
  .strict()
  .meta({
    id: 'CertificateLookupRequest',
    examples: [
      {
        holderKind: 'legal_person',
        holderId: '91370102MA3C00000X',
        type: 'food_business_licence',
        purpose: '核实食品经营许可',
        consentReference: 'SQ-1A2B3C4D5E6F',
      },
    ],
  });

export const HeldCertificateSchema = z
  .object({
    identifier: z.string(),
    type: z.object({ slug: z.string(), name: z.string() }),
    holderName: z.string(),
    issuer: z.object({ uscc: z.string(), name: z.string() }),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    status: z.enum(['valid', 'expired', 'revoked', 'replaced']),
  })
  .meta({ id: 'HeldCertificate' });

export const CertificateLookupResultSchema = z
  .object({ certificates: z.array(HeldCertificateSchema) })
  .meta({ id: 'CertificateLookupResult' });

/** 本人授权: the person lets one service account (named by its client id) read their data until a date. */
export const GrantConsentSchema = z
  .object({
    clientId: z.string().min(1).max(64),
    purpose: z.string().trim().min(2, { message: '请说明用途' }).max(100),
    validUntil: IsoDateSchema,
    /**
     * Narrows the consent to these resident fields (the system then reads no others, even where
     * its scope lists more); left out, the consent covers the fields the system's scope lists.
     */
    personFields: z.array(PersonFieldSchema).max(10).optional(),
  })
  .strict()
  .meta({
    id: 'GrantConsentRequest',
    examples: [
      {
        clientId: 'yici-Q2xpZW50SWQx',
        purpose: '开立银行账户核验身份',
        validUntil: '2027-01-31',
        personFields: ['name'],
      },
    ],
  });

export const ConsentStatusSchema = z.enum(['active', 'expired', 'withdrawn']);
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>;

export const ConsentSchema = z
  .object({
    reference: z.string(),
    accountName: z.string(),
    purpose: z.string(),
    validUntil: z.string(),
    createdAt: z.string(),
    withdrawnAt: z.string().nullable(),
    /** In force, past its last day (China date, on the platform's clock), or withdrawn. */
    status: ConsentStatusSchema,
    /**
     * What the account may read with it: the resident's fields its scope lists (narrowed to those
     * the person chose, when they chose), and certificates.
     */
    personFields: z.array(PersonFieldSchema),
    /** Whether the person narrowed the consent to fewer fields than the account's scope lists. */
    narrowed: z.boolean(),
    certificates: z.boolean(),
  })
  .meta({ id: 'SharingConsent' });
export type SharingConsent = z.infer<typeof ConsentSchema>;
