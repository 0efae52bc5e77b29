import type {
  ApplicantRef,
  ApplicationTarget,
  CaseMaterial,
  CombinedField,
  MaterialState,
  MaterialSupply,
} from '@yici/contracts';
import type { CreateApplicationInput } from '../../../api/cases.endpoints';

/** What the applicant decided for one material on the materials step. */
export type MaterialChoice =
  | { kind: 'upload'; sha256: string; fileName: string; size: number }
  | { kind: 'certificate'; identifier: string }
  | { kind: 'declined' }
  | { kind: 'promise'; text: string };
export type MaterialChoices = Record<string, MaterialChoice>;

export type FormValues = Record<string, string | undefined>;
export type DeliveryValues = CreateApplicationInput['delivery'];

/** States the platform fills by itself: nothing for the applicant to do. */
const PLATFORM_STATES: readonly MaterialState[] = ['registry', 'form', 'bundle_result', 'not_applicable'];

export function isSuppliedByPlatform(material: Pick<CaseMaterial, 'state'>): boolean {
  return PLATFORM_STATES.includes(material.state);
}

/** A field asked only in some situations (情形) is shown when its condition holds. */
export function isFieldShown(field: Pick<CombinedField, 'appliesWhen'>, values: FormValues): boolean {
  if (!field.appliesWhen) return true;
  return field.appliesWhen.in.includes(values[field.appliesWhen.field] ?? '');
}

/**
 * The answers that decide which materials apply: the choices (企业类型 …). Sent to prepare so the
 * materials list follows them; free text is left out so that typing a name does not ask again.
 */
export function situationAnswersOf(fields: readonly CombinedField[], values: FormValues): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (field.type === 'choice' && value && isFieldShown(field, values)) answers[field.key] = value;
  }
  return answers;
}

/** The combined form as sent: shown fields that have a value, trimmed. */
export function formValuesOf(fields: readonly CombinedField[], values: FormValues): Record<string, string> {
  const form: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.key]?.trim();
    if (value && isFieldShown(field, values)) form[field.key] = value;
  }
  return form;
}

function supplyOf(materialKey: string, choice: MaterialChoice | undefined): MaterialSupply | null {
  if (choice?.kind === 'upload')
    return { kind: 'upload', materialKey, sha256: choice.sha256, fileName: choice.fileName };
  if (choice?.kind === 'certificate') return { kind: 'certificate', materialKey, identifier: choice.identifier };
  if (choice?.kind === 'promise') return { kind: 'promise', materialKey, text: choice.text.trim() };
  return null;
}

/** One supply per material the applicant provided, in the order of the materials list. */
export function suppliesOf(materials: readonly CaseMaterial[], choices: MaterialChoices): MaterialSupply[] {
  return materials
    .filter((material) => !isSuppliedByPlatform(material))
    .map((material) => supplyOf(material.key, choices[material.key]))
    .filter((supply): supply is MaterialSupply => supply !== null);
}

export function declinedCertificatesOf(materials: readonly CaseMaterial[], choices: MaterialChoices): string[] {
  return materials.filter((material) => choices[material.key]?.kind === 'declined').map((material) => material.key);
}

/** Required materials still missing: the applicant has neither agreed, uploaded nor promised. */
export function unpreparedMaterialsOf(materials: readonly CaseMaterial[], choices: MaterialChoices): string[] {
  return materials
    .filter((material) => material.required && material.state === 'missing')
    .filter((material) => supplyOf(material.key, choices[material.key]) === null)
    .map((material) => material.key);
}

export function toCreateApplication(options: {
  target: ApplicationTarget;
  applicant?: ApplicantRef;
  servicePointId?: string;
  fields: readonly CombinedField[];
  values: FormValues;
  materials: readonly CaseMaterial[];
  choices: MaterialChoices;
  delivery: DeliveryValues;
  submit: boolean;
}): CreateApplicationInput {
  return {
    target: options.target,
    ...(options.applicant ? { applicant: options.applicant } : {}),
    ...(options.servicePointId ? { servicePointId: options.servicePointId } : {}),
    form: formValuesOf(options.fields, options.values),
    materials: suppliesOf(options.materials, options.choices),
    declinedCertificates: declinedCertificatesOf(options.materials, options.choices),
    delivery: deliveryOf(options.delivery),
    submit: options.submit,
  };
}

/** Only mail needs an address, recipient and phone; the others send the method alone. */
function deliveryOf(delivery: DeliveryValues): DeliveryValues {
  if (delivery.method !== 'mail') return { method: delivery.method };
  return {
    method: 'mail',
    address: delivery.address?.trim(),
    recipient: delivery.recipient?.trim(),
    phone: delivery.phone?.trim() || undefined,
  };
}
