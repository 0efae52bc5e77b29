import { z } from 'zod';
import { IsoDateSchema } from './common';
import { UsccSchema } from './registries';

/**
 * Electronic certificates (电子证照), their types and their verification (docs/DOMAIN.md §3, §4;
 * the signed format in docs/certificate-format.md).
 * A certificate's data is checked against its type's schema on the server; here it is an open
 * record so that every type travels through the same shape.
 */

/** 电子证照类型代码: the defining agency's USCC (18) + a three-digit number. */
export const CertificateTypeCodeSchema = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}\d{3}$/, { message: '证照类型代码应为 18 位统一社会信用代码加 3 位数字' })
  .meta({ description: "defining agency's USCC + 3 digits (21 characters)" });

export const CertificateHolderKindSchema = z.enum(['person', 'legal_person']).meta({
  description: 'person 自然人; legal_person 法人及其他组织',
});
export type CertificateHolderKind = z.infer<typeof CertificateHolderKindSchema>;

/** A issued by the body itself (reuse directly) … D self-made with a promise; only A and B replace a material unchecked. */
export const CredibilitySchema = z.enum(['A', 'B', 'C', 'D']).meta({ description: 'credibility level A–D' });
export type Credibility = z.infer<typeof CredibilitySchema>;

export const CertificateFieldTypeSchema = z.enum(['string', 'date', 'number', 'enum']);
export type CertificateFieldType = z.infer<typeof CertificateFieldTypeSchema>;

/** One field of a type's data, as forms and certificate views show it. */
export const CertificateFieldSchema = z
  .object({
    key: z.string(),
    label: z.string().meta({ description: 'Chinese label' }),
    type: CertificateFieldTypeSchema,
    required: z.boolean(),
    options: z
      .array(z.object({ value: z.string(), label: z.string() }))
      .optional()
      .meta({ description: 'the allowed values of an enum field' }),
  })
  .meta({ id: 'CertificateField' });
export type CertificateField = z.infer<typeof CertificateFieldSchema>;

export const CertificateTypeSummarySchema = z
  .object({
    slug: z.string(),
    code: CertificateTypeCodeSchema,
    name: z.string(),
    definingAgency: z.object({ name: z.string(), uscc: UsccSchema }),
    holderKind: CertificateHolderKindSchema.meta({ description: 'who usually holds a certificate of this type' }),
    credibility: CredibilitySchema.meta({
      description: 'what a certificate of this type issued by the platform counts as',
    }),
    validity: z.string().meta({ description: 'the validity rule, in Chinese' }),
    issuedByItems: z.array(z.string()).meta({ description: 'basic codes of the items whose result it is' }),
    consumedByItems: z.array(z.string()).meta({ description: 'basic codes of the items that take it as a material' }),
    fields: z.array(CertificateFieldSchema),
  })
  .meta({ id: 'CertificateTypeSummary' });
export type CertificateTypeSummary = z.infer<typeof CertificateTypeSummarySchema>;

export const CertificateTypeListSchema = z.array(CertificateTypeSummarySchema).meta({ id: 'CertificateTypeList' });
export type CertificateTypeList = z.infer<typeof CertificateTypeListSchema>;

export const CertificateStatusSchema = z.enum(['valid', 'revoked', 'expired', 'replaced']);
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;

export const CertificateSchema = z
  .object({
    identifier: z
      .string()
      .meta({ description: 'GB/T 36904: 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check>' }),
    type: z.object({ slug: z.string(), code: CertificateTypeCodeSchema, name: z.string() }),
    holder: z.object({
      kind: CertificateHolderKindSchema,
      id: z.string().meta({ description: 'ID number or USCC' }),
      name: z.string(),
    }),
    issuer: z.object({ uscc: z.string(), name: z.string() }),
    data: z.record(z.string(), z.unknown()).meta({ description: "fields per the type's schema" }),
    issuedAt: z.iso.datetime(),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullable().meta({ description: 'null = long-term (长期)' }),
    status: CertificateStatusSchema,
    seal: z.object({ id: z.string(), ownerName: z.string() }),
    contentHash: z.string().meta({
      description: 'SM3 digest (hex) of the canonical content (RFC 8785 JCS, UTF-8); a checksum, not what is signed',
    }),
    signature: z.string().meta({
      description:
        "SM2 signature over the canonical content's UTF-8 bytes (e = SM3(Z ‖ M), user id 1234567812345678), r ‖ s as 128 hex characters; see docs/certificate-format.md",
    }),
    credibility: CredibilitySchema,
    replacedBy: z.string().nullable().meta({ description: 'identifier of the certificate that replaced it' }),
    revokedReason: z.string().nullable(),
  })
  .meta({ id: 'Certificate' });
export type Certificate = z.infer<typeof CertificateSchema>;

export const SealStatusSchema = z.enum(['active', 'rotated', 'revoked']);
export type SealStatus = z.infer<typeof SealStatusSchema>;

/** 电子印章 (GB/T 38540): an SM2 key with its picture and owner. */
export const SealSchema = z
  .object({
    id: z.string(),
    ownerUscc: z.string(),
    ownerName: z.string(),
    algorithm: z.literal('SM2'),
    publicKey: z.string().meta({ description: 'SM2 public key, uncompressed point 04 ‖ x ‖ y as 130 hex characters' }),
    publicKeyPem: z.string().meta({
      description: 'the same key as PEM SubjectPublicKeyInfo (id-ecPublicKey, curve 1.2.156.10197.1.301), for OpenSSL',
    }),
    validFrom: IsoDateSchema.meta({ description: 'China date (UTC+8) from which it signs' }),
    validTo: IsoDateSchema.nullable().meta({ description: 'China date (UTC+8) of its last day; null = open-ended' }),
    status: SealStatusSchema.meta({
      description: 'active; rotated = retired, what it signed stays valid; revoked = compromised, see revokedAt',
    }),
    retiredAt: z.iso.datetime().nullable().meta({
      description: 'the instant it stopped signing (rotated or revoked); signatures dated before it stay valid',
    }),
    revokedAt: z.iso.datetime().nullable().meta({
      description: 'revoked seals only: the instant from which everything it signed is invalid',
    }),
    pictureUrl: z.string(),
  })
  .meta({ id: 'Seal' });
export type Seal = z.infer<typeof SealSchema>;

/**
 * What anyone who knows only an identifier may learn: whether the certificate holds, of which
 * type, from which body, issued when. Nothing about its holder.
 */
export const CertificateValiditySchema = z
  .object({
    identifier: z.string(),
    type: z.object({ slug: z.string(), code: CertificateTypeCodeSchema, name: z.string() }),
    issuer: z.object({ uscc: z.string(), name: z.string() }),
    issuedOn: IsoDateSchema,
    status: CertificateStatusSchema,
  })
  .meta({ id: 'CertificateValidity' });
export type CertificateValidity = z.infer<typeof CertificateValiditySchema>;

export const DisclosureSchema = z.enum(['validity', 'content']).meta({
  description:
    'validity: an identifier alone (or a QR link whose hash does not match) shows only whether the certificate holds; ' +
    'content: the document itself or a share code the holder made was presented',
});
export type Disclosure = z.infer<typeof DisclosureSchema>;

export const VerificationResultSchema = z
  .object({
    valid: z.boolean(),
    reasons: z.array(z.object({ code: z.string(), message: z.string() })).meta({
      description: 'why it is not valid (empty when valid), messages in Chinese',
    }),
    identifier: z.string().nullable(),
    disclosure: DisclosureSchema,
    validity: CertificateValiditySchema.nullable().meta({ description: 'null when the platform never issued it' }),
    certificate: CertificateSchema.nullable().meta({
      description: 'the registered certificate with its fields: only when the disclosure is content',
    }),
    sharedUntil: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'when verified with a share code (亮证码): the instant the code stops working' }),
    seal: SealSchema.nullable(),
    signatureValid: z.boolean(),
    revoked: z.boolean(),
    expired: z.boolean(),
    annotation: z
      .object({
        purpose: z.string(),
        caseId: z.string().nullable(),
        expiresAt: IsoDateSchema.meta({ description: 'the date the annotated copy stops being usable' }),
      })
      .nullable()
      .meta({ description: 'the purpose a shared copy was annotated with (用途标注)' }),
  })
  .meta({ id: 'VerificationResult' });
export type VerificationResult = z.infer<typeof VerificationResultSchema>;

/**
 * Verify by identifier, by the scanned QR payload, by the downloaded certificate JSON, or by a
 * share code (亮证码) the holder showed.
 */
export const VerifyRequestSchema = z
  .union([
    z.object({ identifier: z.string().min(1) }).strict(),
    z.object({ qr: z.string().min(1) }).strict(),
    z.object({ certificate: z.record(z.string(), z.unknown()) }).strict(),
    z.object({ shareCode: z.string().trim().min(1).max(40) }).strict(),
  ])
  .meta({ id: 'VerifyRequest' });
export type VerifyRequest = z.infer<typeof VerifyRequestSchema>;

/** 亮证码: how long the code works, in minutes (the holder shows it to someone in front of them). */
export const CreateShareCodeSchema = z
  .object({ minutes: z.int().min(1).max(10).default(5) })
  .strict()
  .meta({ id: 'CreateShareCode' });
export type CreateShareCode = z.infer<typeof CreateShareCodeSchema>;

export const ShareCodeSchema = z
  .object({
    code: z.string().meta({ description: '12 characters in groups of four (XXXX-XXXX-XXXX)' }),
    link: z.string().meta({ description: 'the verification link the QR code carries' }),
    identifier: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'ShareCode' });
export type ShareCode = z.infer<typeof ShareCodeSchema>;

/** 停止亮证: how many live share codes of the certificate were ended. */
export const ShareCodesEndedSchema = z.object({ ended: z.number().int() }).meta({ id: 'ShareCodesEnded' });
