import type { CaseMaterial, Material, MaterialSupply, PrefilledValue } from '@yici/contracts';
import type { FieldIssue } from '../../platform/errors';
import { materialApplies } from './cases.forms';
import type { PlanItem } from './cases.plan';

/** States in which a material counts as supplied for acceptance. */
const SUPPLIED: ReadonlySet<CaseMaterial['state']> = new Set([
  'uploaded',
  'certificate',
  'registry',
  'form',
  'bundle_result',
  'promised',
  'deferred',
  'not_applicable',
]);

export const isSupplied = (m: CaseMaterial) => SUPPLIED.has(m.state);

/** Required materials still missing (what a one-time notice must list at the least). */
export function missingRequired(materials: CaseMaterial[]): CaseMaterial[] {
  return materials.filter((m) => m.required && !isSupplied(m));
}

/** The steps an item depends on, transitively (their results are available to it). */
function upstreamSteps(items: PlanItem[], item: PlanItem): Set<string> {
  const byKey = new Map(items.map((i) => [i.stepKey, i]));
  const seen = new Set<string>();
  const stack = [...item.dependsOn];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(byKey.get(key)?.dependsOn ?? []));
  }
  return seen;
}

function identityOf(m: Material): string {
  if (m.source.kind === 'certificate') return `certificate:${m.source.certificateType}`;
  if (m.source.kind === 'registry') return `registry:${m.source.registry}.${m.source.field}`;
  return `upload:${m.key}:${m.name}`;
}

/**
 * The materials of a case for the situation the form describes, each asked once: the same
 * certificate or registry field needed by several items is one material; application forms
 * (申请表) are generated from the combined form; what an earlier step of the bundle produces
 * (the business licence, the new entity's registry record) is not asked for at all.
 */
export function planMaterials(
  items: PlanItem[],
  form: Record<string, string>,
  applicantKind: 'person' | 'legal_person',
): CaseMaterial[] {
  const out = new Map<string, CaseMaterial>();
  const keysTaken = new Map<string, string>();
  for (const item of items) {
    const upstream = upstreamSteps(items, item);
    const producedUpstream = new Set(
      items.filter((i) => i.stepKey && upstream.has(i.stepKey)).map((i) => i.resultCertificateType),
    );
    // A step running beside this one (the seal beside tax registration) also hands its result
    // over inside the case: the applicant is never asked for what the same case produces.
    // Not a step that comes after this one, though: the title a transfer registers later does not
    // replace the title the contract filing needs now.
    // Materials a step makes (the seal step makes the seal impressions the bank keeps): named by
    // key in the bundle's data, and made by this step itself or one that does not come after it.
    const madeInCase = new Set(item.produces ?? []);
    for (const other of items)
      if (other !== item && other.stepKey && !upstreamSteps(items, other).has(item.stepKey ?? '')) {
        producedUpstream.add(other.resultCertificateType);
        for (const key of other.produces ?? []) madeInCase.add(key);
      }
    const entityProducedUpstream = producedUpstream.has('business_licence');
    for (const m of item.elements.materials) {
      const applies = materialApplies(m, form);
      const id = identityOf(m);
      const existing = out.get(id);
      if (existing) {
        if (!existing.usedBy.includes(item.basicCode)) existing.usedBy.push(item.basicCode);
        if (applies && m.required) existing.required = true;
        continue;
      }
      let key = m.key;
      if (keysTaken.has(key) && keysTaken.get(key) !== id) key = `${m.key}_${item.stepKey ?? item.basicCode.slice(-6)}`;
      keysTaken.set(key, id);
      const fromBundle =
        madeInCase.has(m.key) ||
        (m.source.kind === 'certificate' && producedUpstream.has(m.source.certificateType)) ||
        (m.source.kind === 'registry' && m.source.registry === 'legal_entity' && entityProducedUpstream);
      let state: CaseMaterial['state'] = 'missing';
      if (!applies) state = 'not_applicable';
      else if (fromBundle) state = 'bundle_result';
      else if (m.source.kind === 'upload' && m.key === 'application') state = 'form';
      else if (m.source.kind === 'registry' && !(m.source.registry === 'legal_entity' && applicantKind === 'person'))
        state = 'registry';
      out.set(id, {
        key,
        name: m.name,
        usedBy: [item.basicCode],
        required: applies && m.required,
        deferrable: m.deferrable,
        promiseAllowed: m.promiseAllowed,
        sourceKind: m.source.kind,
        certificateType: m.source.kind === 'certificate' ? m.source.certificateType : null,
        state,
        certificateIdentifier: null,
        registryValue: null,
        file: null,
        supplyBy: null,
        promiseText: null,
        problem: null,
      });
    }
  }
  return [...out.values()];
}

/** Registry field a registry-sourced material reads, for filling it in. */
export function registryFieldOf(items: PlanItem[], material: CaseMaterial): { registry: string; field: string } | null {
  for (const item of items) {
    for (const m of item.elements.materials) {
      if (m.source.kind === 'registry' && m.name === material.name) {
        return { registry: m.source.registry, field: m.source.field };
      }
    }
  }
  return null;
}

/** What the applicant's supplies are checked against (ownership of files and certificates is looked up by the caller). */
export type SupplyContext = {
  ownedUploads: Map<string, { mediaType: string; size: number }>;
  /** With the certificate's data where the caller read it (facts copied into the form). */
  usableCertificates: Map<string, { type: string; data?: Record<string, unknown> }>;
};

/**
 * Applies supplies to the materials, all or nothing: every problem is collected and reported
 * together (one response names every field at fault), and nothing is changed when there is one.
 */
export function applySupplies(
  materials: CaseMaterial[],
  supplies: MaterialSupply[],
  ctx: SupplyContext,
  pathPrefix = 'materials',
): { materials: CaseMaterial[]; issues: FieldIssue[] } {
  const next = materials.map((m) => ({ ...m }));
  const byKey = new Map(next.map((m) => [m.key, m]));
  const issues: FieldIssue[] = [];
  supplies.forEach((supply, index) => {
    const path = `${pathPrefix}.${index}`;
    const m = byKey.get(supply.materialKey);
    if (!m) return issues.push({ path: `${path}.materialKey`, message: `本申请没有材料“${supply.materialKey}”` });
    if (m.state === 'not_applicable')
      return issues.push({ path: `${path}.materialKey`, message: `按所选情形，“${m.name}”无需提交` });
    if (m.state === 'bundle_result' || m.state === 'form' || m.state === 'registry')
      return issues.push({ path: `${path}.materialKey`, message: `“${m.name}”由平台获取，无需提交` });
    if (supply.kind === 'upload') {
      const file = ctx.ownedUploads.get(supply.sha256);
      if (!file) return issues.push({ path: `${path}.sha256`, message: '找不到您上传的此文件，请重新上传' });
      Object.assign(m, {
        state: 'uploaded',
        file: { sha256: supply.sha256, fileName: supply.fileName, mediaType: file.mediaType, size: file.size },
        certificateIdentifier: null,
        promiseText: null,
        supplyBy: null,
        problem: null,
      });
    } else if (supply.kind === 'certificate') {
      const cert = ctx.usableCertificates.get(supply.identifier);
      if (m.sourceKind !== 'certificate')
        return issues.push({ path: `${path}.identifier`, message: `“${m.name}”不能以电子证照提交` });
      if (!cert || cert.type !== m.certificateType)
        return issues.push({ path: `${path}.identifier`, message: '该电子证照不属于申请人、已失效或类型不符' });
      Object.assign(m, {
        state: 'certificate',
        certificateIdentifier: supply.identifier,
        file: null,
        promiseText: null,
        supplyBy: null,
        problem: null,
      });
    } else {
      if (!m.promiseAllowed)
        return issues.push({ path: `${path}.materialKey`, message: `“${m.name}”不适用告知承诺制` });
      Object.assign(m, {
        state: 'promised',
        promiseText: supply.text,
        file: null,
        certificateIdentifier: null,
        problem: null,
      });
    }
    return undefined;
  });
  return issues.length > 0 ? { materials, issues } : { materials: next, issues };
}

/** Materials after a registry fill: each registry-sourced material carries its value, source and date. */
export function withRegistryValues(materials: CaseMaterial[], values: Map<string, PrefilledValue>): CaseMaterial[] {
  return materials.map((m) => (m.state === 'registry' ? { ...m, registryValue: values.get(m.key) ?? null } : m));
}
