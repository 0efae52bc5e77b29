import type { CertificateField } from '@yici/contracts';
import type { ReplaceCertificateInput } from '../../api/certificates.endpoints';
import { toCertificateData, type FieldValue } from './issue-request';

export type CertificateAction = 'revoke' | 'renew' | 'replace';
export type CertificateActionValues = { reason: string; data?: Record<string, FieldValue> };

/**
 * The correction form starts from the certificate's data for the type's fields; dates stay
 * YYYY-MM-DD text, which is how the certificate stores them.
 */
export function correctionFormData(
  data: Record<string, unknown>,
  fields: readonly CertificateField[],
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const field of fields) {
    const value = data[field.key];
    if (typeof value === 'string' || typeof value === 'number') values[field.key] = value;
  }
  return values;
}

/** 续期 sends the reason alone, so the server keeps the data; 换发 sends the corrected data too. */
export function toReplaceRequest(
  action: Exclude<CertificateAction, 'revoke'>,
  values: CertificateActionValues,
  fields: readonly CertificateField[],
): ReplaceCertificateInput {
  const reason = values.reason.trim();
  if (action === 'renew') return { reason };
  return { reason, data: toCertificateData(values.data, fields) };
}
