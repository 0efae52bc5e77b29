import {
  ActAsSchema,
  AuthoriseHandlerSchema,
  BindEntitySchema,
  CreateMandateSchema,
  DataUsePageSchema,
  EntityBindingSchema,
  LoginResultSchema,
  LoginSchema,
  MandateSchema,
  MeSchema,
  RegisterSchema,
  SecondFactorSchema,
  VerifyPhoneSchema,
} from '@yici/contracts';
import { AccountCreatedSchema, OkSchema, SessionsEndedSchema } from './local-schemas';
import { segment, type Infer, type Transport } from './transport';

export type RegisterInput = Infer<typeof RegisterSchema>;
export type LoginInput = Infer<typeof LoginSchema>;
export type LoginResult = Infer<typeof LoginResultSchema>;
export type SecondFactorInput = Infer<typeof SecondFactorSchema>;
export type AuthoriseHandlerInput = Infer<typeof AuthoriseHandlerSchema>;
export type CreateMandateInput = Infer<typeof CreateMandateSchema>;
export type EntityBinding = Infer<typeof EntityBindingSchema>;
export type Mandate = Infer<typeof MandateSchema>;
export type PageRequest = { page: number; pageSize: number };
/** A page of a list read by cursor: the `next` or `prev` of the page before (none: the first). */
export type CursorRequest = { cursor?: string; limit: number };

const BindingListSchema = EntityBindingSchema.array();
const MandateListSchema = MandateSchema.array();

/** Accounts, sessions, real-name levels, legal persons and mandates: everything under /api/me and /api/identity. */
export function identityEndpoints(http: Transport) {
  return {
    getMe: (signal?: AbortSignal) => http.get({ path: '/api/me', schema: MeSchema, signal }),
    register: (body: RegisterInput) =>
      http.write({ path: '/api/identity/register', body, schema: AccountCreatedSchema }),
    login: (body: LoginInput) => http.write({ path: '/api/identity/login', body, schema: LoginResultSchema }),
    completeSecondFactor: (body: SecondFactorInput) =>
      http.write({ path: '/api/identity/login/second-factor', body, schema: LoginResultSchema }),
    logout: () => http.write({ path: '/api/identity/logout', schema: OkSchema }),
    logoutEverywhere: () => http.write({ path: '/api/identity/logout-everywhere', schema: SessionsEndedSchema }),
    resendPhoneCode: () => http.write({ path: '/api/me/phone/code', schema: OkSchema }),
    verifyPhone: (body: Infer<typeof VerifyPhoneSchema>) =>
      http.write({ path: '/api/me/phone/verify', body, schema: OkSchema }),
    verifyRealNameByRegistry: () => http.write({ path: '/api/me/real-name/registry', schema: OkSchema }),
    actAs: (body: Infer<typeof ActAsSchema>) => http.write({ path: '/api/me/acting-as', body, schema: OkSchema }),

    bindEntity: (body: Infer<typeof BindEntitySchema>) =>
      http.write({ path: '/api/me/entities', body, schema: EntityBindingSchema }),
    listEntityBindings: (uscc: string, signal?: AbortSignal) =>
      http.get({ path: `/api/me/entities/${segment(uscc)}/bindings`, schema: BindingListSchema, signal }),
    authoriseHandler: (uscc: string, body: AuthoriseHandlerInput) =>
      http.write({ path: `/api/me/entities/${segment(uscc)}/handlers`, body, schema: EntityBindingSchema }),
    revokeHandler: (options: { uscc: string; bindingId: string }) =>
      http.write({
        method: 'DELETE',
        path: `/api/me/entities/${segment(options.uscc)}/handlers/${segment(options.bindingId)}`,
        schema: OkSchema,
      }),

    listMyMandates: (signal?: AbortSignal) => http.get({ path: '/api/mandates', schema: MandateListSchema, signal }),
    listReceivedMandates: (signal?: AbortSignal) =>
      http.get({ path: '/api/mandates/received', schema: MandateListSchema, signal }),
    createMandate: (body: CreateMandateInput) => http.write({ path: '/api/mandates', body, schema: MandateSchema }),
    revokeMandate: (id: string) => http.write({ path: `/api/mandates/${segment(id)}/revoke`, schema: MandateSchema }),

    listMyDataUse: (query: CursorRequest, signal?: AbortSignal) =>
      http.get({ path: '/api/me/data-use', query, schema: DataUsePageSchema, signal }),
    listEntityDataUse: (uscc: string, query: CursorRequest, signal?: AbortSignal) =>
      http.get({ path: `/api/me/entities/${segment(uscc)}/data-use`, query, schema: DataUsePageSchema, signal }),
  };
}
