import {
  AccountSubscriptionSchema,
  ConsentSchema,
  CreateServiceAccountSchema,
  GrantConsentSchema,
  IssuedSecretSchema,
  DeliveryPageSchema,
  ServiceAccountSchema,
  WebhookDeliverySchema,
} from '@yici/contracts';
import { z } from 'zod';
import { segment, type Infer, type Transport } from './transport';

export type SharingConsent = Infer<typeof ConsentSchema>;
export type GrantConsentInput = Infer<typeof GrantConsentSchema>;
export type ServiceAccount = Infer<typeof ServiceAccountSchema>;
export type IssuedSecret = Infer<typeof IssuedSecretSchema>;
export type CreateServiceAccountInput = z.input<typeof CreateServiceAccountSchema>;
export type AccountSubscription = Infer<typeof AccountSubscriptionSchema>;
export type WebhookDelivery = Infer<typeof WebhookDeliverySchema>;
export type DeliveryPage = Infer<typeof DeliveryPageSchema>;
/** A page of a delivery log: the `next` or `prev` of the page before (none: the first page). */
export type DeliveryListQuery = { cursor?: string; limit?: number };

const ConsentListSchema = ConsentSchema.array();
const ServiceAccountListSchema = ServiceAccountSchema.array();
const AccountSubscriptionListSchema = AccountSubscriptionSchema.array();
const RequeuedSchema = z.object({ requeued: z.number().int() });

const accountPath = (id: string) => `/api/admin/service-accounts/${segment(id)}`;
const subscriptionPath = (id: string, subscriptionId: string) =>
  `${accountPath(id)}/subscriptions/${segment(subscriptionId)}`;

/**
 * 本人授权: the consents the signed-in person (or the entity they act for) gave department systems;
 * and, for administrators, the service accounts themselves.
 */
export function sharingEndpoints(http: Transport) {
  return {
    listMySharingConsents: (signal?: AbortSignal) =>
      http.get({ path: '/api/me/sharing-consents', schema: ConsentListSchema, signal }),
    grantSharingConsent: (body: GrantConsentInput) =>
      http.write({ path: '/api/me/sharing-consents', body, schema: ConsentSchema }),
    withdrawSharingConsent: (reference: string) =>
      http.write({ path: `/api/me/sharing-consents/${segment(reference)}/withdraw`, schema: ConsentSchema }),

    listServiceAccounts: (signal?: AbortSignal) =>
      http.get({ path: '/api/admin/service-accounts', schema: ServiceAccountListSchema, signal }),
    registerServiceAccount: (body: CreateServiceAccountInput) =>
      http.write({ path: '/api/admin/service-accounts', body, schema: IssuedSecretSchema }),
    rotateClientSecret: (id: string, overlapHours: number) =>
      http.write({ path: `${accountPath(id)}/secrets`, body: { overlapHours }, schema: IssuedSecretSchema }),
    revokeClientSecret: (id: string, secretId: string) =>
      http.write({ path: `${accountPath(id)}/secrets/${segment(secretId)}/revoke`, schema: ServiceAccountSchema }),
    revokeServiceAccount: (id: string) =>
      http.write({ path: `${accountPath(id)}/revoke`, schema: ServiceAccountSchema }),
    listServiceAccountSubscriptions: (id: string, signal?: AbortSignal) =>
      http.get({ path: `${accountPath(id)}/subscriptions`, schema: AccountSubscriptionListSchema, signal }),
    listServiceAccountDeliveries: (
      id: string,
      subscriptionId: string,
      query: DeliveryListQuery,
      signal?: AbortSignal,
    ) =>
      http.get({
        path: `${subscriptionPath(id, subscriptionId)}/deliveries`,
        query,
        schema: DeliveryPageSchema,
        signal,
      }),
    replayServiceAccountEvents: (id: string, subscriptionId: string, since: string) =>
      http.write({ path: `${subscriptionPath(id, subscriptionId)}/replay`, body: { since }, schema: RequeuedSchema }),
  };
}
