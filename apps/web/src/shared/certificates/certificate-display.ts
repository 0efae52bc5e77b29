import type { CertificateField } from '@yici/contracts';
import { messages } from '../../messages';

/** 2016-03-07 至 2036-03-07, or 至 长期 for a certificate without end. */
export function validityText(validFrom: string, validTo: string | null): string {
  return messages.certificates.validity(validFrom, validTo);
}

/** A data value as the certificate prints it: an enum by its label, anything else as text. */
export function fieldValueText(field: CertificateField | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return messages.guide.none;
  const option = field?.options?.find((candidate) => candidate.value === value);
  if (option) return option.label;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The data in the type's field order, labelled; keys the type does not list (an older version of
 * the type) follow under their own names rather than being hidden.
 */
export function labelledFields(
  fields: readonly CertificateField[],
  data: Record<string, unknown>,
): { key: string; label: string; value: string }[] {
  const listed = fields
    .filter((field) => field.key in data)
    .map((field) => ({ key: field.key, label: field.label, value: fieldValueText(field, data[field.key]) }));
  const known = new Set(fields.map((field) => field.key));
  const others = Object.keys(data)
    .filter((key) => !known.has(key))
    .map((key) => ({ key, label: key, value: fieldValueText(undefined, data[key]) }));
  return [...listed, ...others];
}
