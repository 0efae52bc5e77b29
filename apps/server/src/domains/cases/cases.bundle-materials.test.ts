import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BundleSchema, type Bundle, type ItemElements, type ItemImplementation, type Material } from '@yici/contracts';
import { planMaterials } from './cases.materials';
import type { PlanItem } from './cases.plan';

/**
 * A bundle never asks for what it produces, nor twice for the same thing: a property of the
 * shipped catalog data (data/catalog), walked over every bundle's graph, every situation and every
 * local deviation of its items.
 */

const DATA_DIR = new URL('../../../../../data/catalog/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8')) as unknown;

type SeedItem = ItemElements & { basicCode: string };
type SeedDeviation = { regionCode: string; basicCode: string; overrides: Partial<ItemElements> };

const items = new Map((read('items.json') as SeedItem[]).map((i) => [i.basicCode, i]));
const bundles = (read('bundles.json') as unknown[]).map((b) => BundleSchema.parse(b));
const deviations = read('deviations.json') as SeedDeviation[];

/** The bundle's items as the planner sees them, with one region's deviations applied (or none). */
function planItemsOf(bundle: Bundle, regionCode: string | null): PlanItem[] {
  return bundle.steps.map((step) => {
    const standard = items.get(step.basicCode)!;
    const deviation = deviations.find((d) => d.regionCode === regionCode && d.basicCode === step.basicCode);
    const elements = { ...standard, ...deviation?.overrides } as unknown as ItemImplementation;
    return {
      stepKey: step.key,
      basicCode: step.basicCode,
      version: 1,
      implementationCode: step.basicCode,
      name: standard.name,
      departmentId: '',
      departmentName: '',
      jointDepartments: [],
      dependsOn: step.dependsOn,
      promisedLimitDays: elements.promisedLimitDays,
      resultCertificateType: elements.resultCertificateType,
      elements,
      produces: step.produces,
    };
  });
}

/** Every combination of the situations the bundle's items ask about (the form fields they turn on). */
function situationForms(plan: PlanItem[]): Record<string, string>[] {
  const options = new Map<string, Set<string>>();
  for (const item of plan)
    for (const s of item.elements.situations)
      for (const o of s.options) options.set(s.field, (options.get(s.field) ?? new Set()).add(o.value));
  let forms: Record<string, string>[] = [{}];
  for (const [field, values] of options)
    forms = forms.flatMap((form) => [...values].map((value) => ({ ...form, [field]: value })));
  return forms;
}

/** Steps that come after `key` (depend on it, directly or not). */
function downstreamOf(bundle: Bundle, key: string): Set<string> {
  const after = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of bundle.steps)
      if (!after.has(step.key) && step.dependsOn.some((d) => d === key || after.has(d))) {
        after.add(step.key);
        grew = true;
      }
  }
  return after;
}

/** A name without its bracketed remarks: 存量房买卖合同（网签） → 存量房买卖合同. */
const core = (name: string) => name.replace(/[（(][^）)]*[）)]/g, '').trim();

/** The application form (申请书, 申请表) is generated per item from the combined form: never a duplicate. */
const isGeneratedForm = (m: Material) => m.key === 'application';

function violationsOf(bundle: Bundle, regionCode: string | null): string[] {
  const plan = planItemsOf(bundle, regionCode);
  const where = `${bundle.name}${regionCode ? ` @${regionCode}` : ''}`;
  const out: string[] = [];
  const known = new Set(plan.flatMap((i) => i.elements.materials.map((m) => m.key)));
  const seen = new Map<string, { step: string; material: Material }>();
  for (const item of plan) {
    const later = downstreamOf(bundle, item.stepKey!);
    // Steps whose results are in hand (or made beside this one) when this step is examined.
    const before = plan.filter((o) => o !== item && !later.has(o.stepKey!));
    // A deviation may drop the material locally (东营 needs no 完税凭证): checked on the standard only.
    for (const key of item.produces)
      if (regionCode === null && !known.has(key))
        out.push(`${where}: ${item.stepKey} produces “${key}”, which no step of the bundle needs`);
    for (const m of item.elements.materials) {
      const at = `${where} · ${item.name} · ${m.name}`;
      const producerLater = plan.find((o) => later.has(o.stepKey!) && o.produces.includes(m.key));
      if (producerLater) out.push(`${at}: needed before “${producerLater.name}”, which makes it, has run`);
      if (m.source.kind === 'upload' && !isGeneratedForm(m) && !item.produces.includes(m.key)) {
        const wanted = core(m.name);
        const maker = before.find((o) => {
          const result = core(o.elements.resultName ?? '');
          return !o.produces.includes(m.key) && result !== '' && (result.includes(wanted) || wanted.includes(result));
        });
        if (maker) out.push(`${at}: “${maker.name}” of the same bundle produces “${maker.elements.resultName}”`);
      }
      if (isGeneratedForm(m)) continue;
      const other = seen.get(m.key);
      // Certificates and registry fields are one material by what they are; uploads by key and name.
      if (
        other &&
        m.source.kind === 'upload' &&
        (other.material.name !== m.name || other.material.source.kind !== 'upload')
      )
        out.push(`${at}: asked again as “${other.material.name}” (${other.step}) under the same key “${m.key}”`);
      const sameName = [...seen.values()].find(
        (s) => s.material.name === m.name && s.material.key !== m.key && s.material.source.kind === 'upload',
      );
      if (m.source.kind === 'upload' && sameName)
        out.push(`${at}: asked again under another key “${sameName.material.key}” (${sameName.step})`);
      if (!other) seen.set(m.key, { step: item.stepKey!, material: m });
    }
  }
  for (const form of situationForms(plan)) {
    const planned = planMaterials(plan, form, bundle.audience === 'legal_person' ? 'legal_person' : 'person');
    for (const item of plan) {
      const later = downstreamOf(bundle, item.stepKey!);
      const before = plan.filter((o) => o !== item && !later.has(o.stepKey!));
      for (const m of item.elements.materials) {
        const made =
          item.produces.includes(m.key) ||
          before.some((o) => o.produces.includes(m.key)) ||
          (m.source.kind === 'certificate' &&
            before.some(
              (o) => m.source.kind === 'certificate' && o.resultCertificateType === m.source.certificateType,
            ));
        if (!made) continue;
        const asked = planned.find((p) => p.name === m.name && p.usedBy.includes(item.basicCode));
        if (asked && asked.state !== 'bundle_result' && asked.state !== 'not_applicable')
          out.push(`${where} · ${item.name} · ${m.name}: produced in the bundle but planned as “${asked.state}”`);
      }
    }
    const keys = planned.map((p) => p.key);
    const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
    if (twice.length > 0) out.push(`${where}: material keys planned twice ${twice.join(', ')}`);
  }
  return [...new Set(out)];
}

describe('bundle materials (catalog data)', () => {
  it('no bundle asks for what one of its steps produces, nor twice for the same thing', () => {
    const violations = bundles.flatMap((bundle) => {
      const codes = new Set(bundle.steps.map((s) => s.basicCode));
      const regions = new Set(deviations.filter((d) => codes.has(d.basicCode)).map((d) => d.regionCode));
      return [null, ...regions].flatMap((region) => violationsOf(bundle, region));
    });
    expect(violations).toEqual([]);
  });

  it('企业开办 never asks for the seal impressions nor the bank account the bundle makes', () => {
    const bundle = bundles.find((b) => b.id === 'enterprise-opening')!;
    const planned = planMaterials(planItemsOf(bundle, null), { entity_form: 'limited_company' }, 'legal_person');
    for (const name of ['印章印模', '预留银行印鉴', '存款账户账号报告', '单位银行账户信息'])
      expect(planned.find((m) => m.name === name)?.state, name).toBe('bundle_result');
  });

  it('不动产转移登记 asks for the sale contract once and never for the deed tax receipt', () => {
    const bundle = bundles.find((b) => b.id === 'real-estate-transfer')!;
    const planned = planMaterials(
      planItemsOf(bundle, null),
      { transfer_reason: 'sale', deal_channel: 'direct', home_status: 'first' },
      'person',
    );
    const contracts = planned.filter((m) => m.name.includes('买卖合同') && m.state === 'missing');
    expect(contracts.map((m) => m.name)).toEqual(['存量房买卖合同']);
    expect(planned.find((m) => m.name.includes('完税凭证'))?.state).toBe('bundle_result');
  });

  it('finds a material a bundle asks for although an earlier step produces it', () => {
    const bundle = bundles.find((b) => b.id === 'real-estate-transfer')!;
    const broken: Bundle = {
      ...bundle,
      steps: bundle.steps.map((s) => (s.key === 'deed_tax' ? { ...s, produces: [] } : s)),
    };
    const index = bundles.indexOf(bundle);
    bundles[index] = broken;
    try {
      expect(violationsOf(broken, null).join('\n')).toContain('契税完税凭证');
    } finally {
      bundles[index] = bundle;
    }
  });
});
