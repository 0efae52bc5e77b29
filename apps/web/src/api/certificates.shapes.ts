import { CertificateSchema, SealSchema, type Certificate, type Seal } from '@yici/contracts';
import { isNullable, isString, shapeOf } from './local-schemas';
import type { ResponseSchema } from './transport';

/**
 * Answers of the certificate routes that packages/contracts publishes no schema for yet (the
 * server declares them beside its routes). These types mirror them; the checks cover what the
 * pages read, and the certificate itself still goes through CertificateSchema.
 */
export type CertificateEvent = { kind: string; at: string; actorLabel: string; purpose: string | null };
export type CertificateDetail = Certificate & { events: CertificateEvent[] };

/** 加注件: a copy annotated for one purpose (and case) until a date. */
export type CertificateCopy = {
  id: string;
  identifier: string;
  purpose: string;
  caseId: string | null;
  expiresOn: string;
  createdAt: string;
};

export type SealRetirement = { retired: string; successor: Seal | null };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isCertificateEvent(value: unknown): value is CertificateEvent {
  return (
    isObject(value) &&
    isString(value.kind) &&
    isString(value.at) &&
    isString(value.actorLabel) &&
    isNullable(isString)(value.purpose)
  );
}

const EventListSchema = shapeOf<{ events: CertificateEvent[] }>({
  expected: 'a list of certificate events',
  test: (value) => Array.isArray(value.events) && value.events.every(isCertificateEvent),
});

/** The certificate through its contract, then its events. */
export const CertificateDetailSchema: ResponseSchema<CertificateDetail> = {
  safeParse(data) {
    const certificate = CertificateSchema.safeParse(data);
    if (!certificate.success) return { success: false, error: certificate.error };
    const events = EventListSchema.safeParse(data);
    if (!events.success) return events;
    return { success: true, data: { ...certificate.data, events: events.data.events } };
  },
};

export const CertificateCopySchema = shapeOf<CertificateCopy>({
  expected: 'an annotated copy',
  test: (value) =>
    isString(value.id) &&
    isString(value.identifier) &&
    isString(value.purpose) &&
    isNullable(isString)(value.caseId) &&
    isString(value.expiresOn) &&
    isString(value.createdAt),
});

const retirementInvalid = {
  success: false as const,
  error: { issues: [{ path: [], message: 'expected { retired, successor }' }] },
};

export const SealRetirementSchema: ResponseSchema<SealRetirement> = {
  safeParse(data) {
    if (!isObject(data) || !isString(data.retired)) return retirementInvalid;
    if (data.successor === null) return { success: true, data: { retired: data.retired, successor: null } };
    const successor = SealSchema.safeParse(data.successor);
    if (!successor.success) return { success: false, error: successor.error };
    return { success: true, data: { retired: data.retired, successor: successor.data } };
  },
};
