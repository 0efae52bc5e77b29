import type { CaseMaterial, CombinedField, PrefilledValue } from '@yici/contracts';
import type { FieldIssue } from '../../platform/errors';

/**
 * Form facts a reused certificate states, copied from it instead of retyped: the unit of the
 * seller's 不动产权证书 (坐落, 不动产单元号, 证号, 用途, 面积) for a transfer. What the certificate
 * says wins over anything typed; a paper title (uploaded) leaves them to the applicant.
 */

type Reader = (data: Record<string, unknown>) => string | undefined;

const text: (key: string) => Reader = (key) => (d) =>
  typeof d[key] === 'string' && d[key] !== '' ? (d[key] as string) : undefined;
const number: (key: string) => Reader = (key) => (d) => (typeof d[key] === 'number' ? String(d[key]) : undefined);

/** 用途 as the register writes it (城镇住宅用地/住宅) → the form's choice. */
const usage: Reader = (d) => {
  const written = text('usage')(d);
  if (!written) return undefined;
  const building = written.split('/').pop()!;
  if (building.includes('住宅')) return 'residential';
  if (building.includes('商业') || building.includes('商服')) return 'commercial';
  if (building.includes('办公')) return 'office';
  return 'other';
};

const FACTS: Record<string, Record<string, Reader>> = {
  real_estate_title: {
    property_location: text('location'),
    property_unit_number: text('unitNumber'),
    title_certificate_number: text('certificateNumber'),
    property_usage: usage,
    building_area: number('buildingAreaSqm'),
    land_area: number('landAreaSqm'),
  },
};

/** Form keys a certificate of the case may fill (so they need not be typed before it is read). */
export const CERTIFICATE_FACT_FIELDS: ReadonlySet<string> = new Set(
  Object.values(FACTS).flatMap((facts) => Object.keys(facts)),
);

/** The facts of the certificates supplied as materials, for the fields the case's form has. */
export function factsFromCertificates(
  materials: CaseMaterial[],
  certificateData: Map<string, { type: string; data?: Record<string, unknown> }>,
  fields: CombinedField[],
): Record<string, string> {
  const asked = new Set(fields.map((f) => f.key));
  const out: Record<string, string> = {};
  for (const m of materials) {
    if (m.state !== 'certificate' || !m.certificateIdentifier) continue;
    const cert = certificateData.get(m.certificateIdentifier);
    const readers = cert?.data ? FACTS[cert.type] : undefined;
    if (!readers || !cert?.data) continue;
    for (const [key, read] of Object.entries(readers)) {
      const value = read(cert.data);
      if (value !== undefined && asked.has(key)) out[key] = value;
    }
  }
  return out;
}

/**
 * What the form will say once the applicant agrees to reuse a certificate they hold, shown while
 * they fill it in (source: the certificate): the first usable one of each type.
 */
export function prefillFromHeld(
  held: { identifier: string; type: { slug: string; name: string }; data: Record<string, unknown>; issuedAt: string }[],
  fields: CombinedField[],
): PrefilledValue[] {
  const asked = new Set(fields.map((f) => f.key));
  const out = new Map<string, PrefilledValue>();
  for (const cert of held) {
    const readers = FACTS[cert.type.slug];
    if (!readers) continue;
    for (const [key, read] of Object.entries(readers)) {
      const value = read(cert.data);
      if (value !== undefined && asked.has(key) && !out.has(key))
        out.set(key, { field: key, value, source: cert.type.name, asOf: cert.issuedAt.slice(0, 10) });
    }
  }
  return [...out.values()];
}

/** On submission, the unit must be known: from the title reused, or typed from a paper one. */
export function missingUnitFacts(fields: CombinedField[], form: Record<string, string>): FieldIssue[] {
  const required = ['property_location', 'property_unit_number'];
  return fields
    .filter((f) => required.includes(f.key) && !form[f.key]?.trim())
    .map((f) => ({ path: `form.${f.key}`, message: `请选用原不动产权证书（${f.label}由证书带出），或按纸质证书填写` }));
}
