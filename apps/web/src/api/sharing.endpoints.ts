import { ConsentSchema, GrantConsentSchema } from '@yici/contracts';
import { segment, type Infer, type Transport } from './transport';

export type SharingConsent = Infer<typeof ConsentSchema>;
export type GrantConsentInput = Infer<typeof GrantConsentSchema>;

const ConsentListSchema = ConsentSchema.array();

/** 本人授权: the consents the signed-in person (or the entity they act for) gave department systems. */
export function sharingEndpoints(http: Transport) {
  return {
    listMySharingConsents: (signal?: AbortSignal) =>
      http.get({ path: '/api/me/sharing-consents', schema: ConsentListSchema, signal }),
    grantSharingConsent: (body: GrantConsentInput) =>
      http.write({ path: '/api/me/sharing-consents', body, schema: ConsentSchema }),
    withdrawSharingConsent: (reference: string) =>
      http.write({ path: `/api/me/sharing-consents/${segment(reference)}/withdraw`, schema: ConsentSchema }),
  };
}
