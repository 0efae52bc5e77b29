import type { CertificateField } from '@yici/contracts';
import type { IssueCertificateInput } from '../../api/certificates.endpoints';

/** A date picker's value: only its formatting is needed here. */
export type DateLike = { format(pattern: string): string };
export type FieldValue = string | number | DateLike | null | undefined;

export type IssueValues = {
  type: string;
  issuerDepartmentId: string;
  caseId?: string;
  data?: Record<string, FieldValue>;
};

function valueOf(field: CertificateField, value: FieldValue): string | number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return value.format('YYYY-MM-DD');
  if (typeof value === 'string') return value.trim() || undefined;
  return field.type === 'number' ? value : String(value);
}

/**
 * The certificate data from the form: dates as YYYY-MM-DD, text trimmed, and an empty optional
 * field left out (the type's schema is strict, and an empty string is not "no value").
 */
export function toCertificateData(
  values: Record<string, FieldValue> | undefined,
  fields: readonly CertificateField[],
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueOf(field, values?.[field.key]);
    if (value !== undefined) data[field.key] = value;
  }
  return data;
}

export function toIssueRequest(values: IssueValues, fields: readonly CertificateField[]): IssueCertificateInput {
  const data = toCertificateData(values.data, fields);
  const caseId = values.caseId?.trim();
  return {
    type: values.type,
    issuerDepartmentId: values.issuerDepartmentId,
    data,
    ...(caseId ? { caseId } : {}),
  };
}
