import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BundleSchema, DEPARTMENT_CODES, ItemElementsSchema, type Bundle, type ItemElements } from '@yici/contracts';
import { parseBasicCode } from './catalog.codes';
import { checkItemQuality } from './catalog.consistency';

/** The shipped standard catalog (data/catalog), checked file by file before anything seeds from it. */
const DATA_DIR = new URL('../../../../../data/catalog/', import.meta.url);
const REGIONS_FILE = new URL('../../../../../data/regions/shandong-regions.json', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8')) as unknown;

type SeedItem = ItemElements & { basicCode: string; batch: string };
type SeedBatch = { id: string; name: string; publishedOn: string };
type SeedDeviation = { regionCode: string; basicCode: string; overrides: Record<string, unknown>; note: string };

const batches = read('batches.json') as SeedBatch[];
const items = read('items.json') as SeedItem[];
const bundles = read('bundles.json') as Bundle[];
const deviations = read('deviations.json') as SeedDeviation[];
const itemsByCode = new Map(items.map((i) => [i.basicCode, i]));

const cityCodes = new Set(
  (JSON.parse(readFileSync(REGIONS_FILE, 'utf8')) as [string, string, string][])
    .filter(([, , level]) => level === 'city')
    .map(([code]) => code),
);

const elementsOf = ({ basicCode: _code, batch: _batch, ...elements }: SeedItem) => elements;
const label = (item: SeedItem) => `${item.basicCode} ${item.name}`;

/** Longest chain of promised days through a bundle's dependency graph. */
function criticalPathDays(bundle: Bundle): number {
  const steps = new Map(bundle.steps.map((s) => [s.key, s]));
  const memo = new Map<string, number>();
  const finish = (key: string): number => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const step = steps.get(key)!;
    const start = Math.max(0, ...step.dependsOn.map(finish));
    const days = start + itemsByCode.get(step.basicCode)!.promisedLimitDays;
    memo.set(key, days);
    return days;
  };
  return Math.max(...bundle.steps.map((s) => finish(s.key)));
}

/** The keys of a cycle in the step graph, or null when it is acyclic. */
function findCycle(bundle: Bundle): string[] | null {
  const steps = new Map(bundle.steps.map((s) => [s.key, s]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string, path: string[]): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'visiting') return [...path, key];
    state.set(key, 'visiting');
    for (const dep of steps.get(key)?.dependsOn ?? []) {
      const cycle = visit(dep, [...path, key]);
      if (cycle) return cycle;
    }
    state.set(key, 'done');
    return null;
  };
  for (const step of bundle.steps) {
    const cycle = visit(step.key, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('catalog data: batches', () => {
  it('has the two 2018 batches, published in July and September 2018', () => {
    expect(batches.map((b) => b.id)).toEqual(['2018-1', '2018-2']);
    expect(batches[0]!.publishedOn).toMatch(/^2018-07-\d{2}$/);
    expect(batches[1]!.publishedOn).toMatch(/^2018-09-\d{2}$/);
  });

  it('every item belongs to a batch that exists, and each batch has items', () => {
    const ids = new Set(batches.map((b) => b.id));
    for (const item of items) expect(ids.has(item.batch), label(item)).toBe(true);
    for (const batch of batches)
      expect(
        items.some((i) => i.batch === batch.id),
        batch.id,
      ).toBe(true);
  });
});

describe('catalog data: items', () => {
  it('every item parses with ItemElementsSchema once basicCode and batch are taken off', () => {
    for (const item of items) {
      const result = ItemElementsSchema.safeParse(elementsOf(item));
      expect(result.success ? [] : result.error.issues, label(item)).toEqual([]);
    }
  });

  it('has at least 60 items from at least 15 kinds of department', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.departmentKind)).size).toBeGreaterThanOrEqual(15);
  });

  it('every basic code is valid and unique, with its type and department parts matching the item', () => {
    const seen = new Set<string>();
    for (const item of items) {
      const parsed = parseBasicCode(item.basicCode);
      expect(parsed.ok ? [] : parsed.issues, label(item)).toEqual([]);
      if (!parsed.ok) continue;
      expect(parsed.parts.region, label(item)).toBe('37');
      expect(parsed.parts.itemType, label(item)).toBe(item.itemType);
      expect(parsed.parts.department, label(item)).toBe(DEPARTMENT_CODES[item.departmentKind]);
      expect(seen.has(item.basicCode), `duplicate ${item.basicCode}`).toBe(false);
      seen.add(item.basicCode);
    }
  });

  it('material keys are unique within an item', () => {
    for (const item of items) {
      const keys = item.materials.map((m) => m.key);
      expect(new Set(keys).size, label(item)).toBe(keys.length);
    }
  });

  it('every appliesWhen rule names a situation of the item and only values among its options', () => {
    for (const item of items) {
      const situations = new Map(item.situations.map((s) => [s.field, new Set(s.options.map((o) => o.value))]));
      expect(situations.size, `${label(item)}: duplicate situation fields`).toBe(item.situations.length);
      for (const material of item.materials) {
        if (!material.appliesWhen) continue;
        const options = situations.get(material.appliesWhen.field);
        expect(options, `${label(item)} ${material.key}`).toBeDefined();
        for (const value of material.appliesWhen.in)
          expect(options?.has(value), `${label(item)} ${material.key} ${value}`).toBe(true);
      }
    }
  });

  it('an item with situations has at least one material that depends on them', () => {
    for (const item of items.filter((i) => i.situations.length > 0)) {
      expect(
        item.materials.some((m) => m.appliesWhen !== null),
        label(item),
      ).toBe(true);
    }
  });

  it('promised limits stay within statutory ones; immediate items are exactly those promised in 0 days', () => {
    for (const item of items) {
      expect(item.promisedLimitDays, label(item)).toBeLessThanOrEqual(item.statutoryLimitDays);
      expect(item.caseType === 'immediate', label(item)).toBe(item.promisedLimitDays === 0);
    }
  });

  it('the one-visit flag says whether the item needs at most one visit', () => {
    for (const item of items) expect(item.oneVisit, label(item)).toBe(item.visits <= 1);
  });

  it('an item without visits that cannot be done online offers delivery by mail', () => {
    for (const item of items.filter((i) => i.visits === 0 && !i.handlingForms.includes('online'))) {
      expect(item.handlingForms, label(item)).toContain('mail');
    }
  });

  it('every item has a legal basis, acceptance conditions, 2–7 materials and a 3–6 step flow', () => {
    for (const item of items) {
      expect(item.legalBasis.length, label(item)).toBeGreaterThan(0);
      expect(item.acceptanceConditions.length, label(item)).toBeGreaterThan(0);
      expect(item.materials.length, label(item)).toBeGreaterThanOrEqual(2);
      expect(item.materials.length, label(item)).toBeLessThanOrEqual(7);
      expect(item.flow.length, label(item)).toBeGreaterThanOrEqual(3);
      expect(item.flow.length, label(item)).toBeLessThanOrEqual(6);
    }
  });

  it('standard items trip the QA rules only at the three deliberate defects (see data/catalog/README.md)', () => {
    const findings = items.flatMap((item) => checkItemQuality(elementsOf(item)).map((f) => `${item.name}: ${f.rule}`));
    expect(findings.sort()).toEqual(
      [
        '最低生活保障审批: PHONES_MUST_DIFFER',
        '医疗机构执业登记: VISIT_REASON_REQUIRED',
        '机动车注册登记: FEE_BASIS_REQUIRED',
      ].sort(),
    );
  });
});

describe('catalog data: bundles', () => {
  it('every bundle parses with BundleSchema and has a unique id', () => {
    for (const bundle of bundles) {
      const result = BundleSchema.safeParse(bundle);
      expect(result.success ? [] : result.error.issues, bundle.id).toEqual([]);
    }
    expect(new Set(bundles.map((b) => b.id)).size).toBe(bundles.length);
  });

  it('every step refers to an existing item and has a unique key', () => {
    for (const bundle of bundles) {
      const keys = bundle.steps.map((s) => s.key);
      expect(new Set(keys).size, bundle.id).toBe(keys.length);
      for (const step of bundle.steps) expect(itemsByCode.has(step.basicCode), `${bundle.id}.${step.key}`).toBe(true);
    }
  });

  it('dependsOn refers only to other steps of the same bundle', () => {
    for (const bundle of bundles) {
      const keys = new Set(bundle.steps.map((s) => s.key));
      for (const step of bundle.steps) {
        for (const dep of step.dependsOn) {
          expect(keys.has(dep), `${bundle.id}.${step.key} → ${dep}`).toBe(true);
          expect(dep, `${bundle.id}.${step.key}`).not.toBe(step.key);
        }
      }
    }
  });

  it('the step graph of every bundle is acyclic', () => {
    for (const bundle of bundles) expect(findCycle(bundle), bundle.id).toBeNull();
  });

  it('the longest chain of promised days fits the bundle target (3545 and the others)', () => {
    for (const bundle of bundles) expect(criticalPathDays(bundle), bundle.id).toBeLessThanOrEqual(bundle.targetDays);
    const targets = Object.fromEntries(bundles.map((b) => [b.id, b.targetDays]));
    expect(targets).toMatchObject({
      'enterprise-opening': 3,
      'real-estate-transfer': 5,
      'construction-project-approval': 45,
    });
  });

  it('the construction bundle runs through the four stages in order, with joint steps', () => {
    const construction = bundles.find((b) => b.id === 'construction-project-approval')!;
    const order = ['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收'];
    const stageOf = new Map(construction.steps.map((s) => [s.key, order.indexOf(s.stage ?? '')]));
    expect([...new Set(construction.steps.map((s) => s.stage))]).toEqual(order);
    for (const step of construction.steps) {
      for (const dep of step.dependsOn) expect(stageOf.get(dep)!, step.key).toBeLessThanOrEqual(stageOf.get(step.key)!);
    }
    expect(construction.steps.filter((s) => s.jointDepartments.length >= 2).length).toBeGreaterThanOrEqual(3);
  });
});

describe('catalog data: deviations', () => {
  it('every deviation names an existing item and a city, at most once per pair', () => {
    const pairs = new Set<string>();
    for (const deviation of deviations) {
      const where = `${deviation.regionCode}:${deviation.basicCode}`;
      expect(itemsByCode.has(deviation.basicCode), where).toBe(true);
      expect(cityCodes.has(deviation.regionCode), where).toBe(true);
      expect(itemsByCode.get(deviation.basicCode)?.exerciseLevels, where).toContain('city');
      expect(deviation.note.length, where).toBeGreaterThan(0);
      expect(pairs.has(where), where).toBe(false);
      pairs.add(where);
    }
  });

  it('overrides parse with ItemElementsSchema.partial().strict() and really differ from the standard', () => {
    const OverridesSchema = ItemElementsSchema.partial().strict();
    for (const deviation of deviations) {
      const where = `${deviation.regionCode}:${deviation.basicCode}`;
      const result = OverridesSchema.safeParse(deviation.overrides);
      expect(result.success ? [] : result.error.issues, where).toEqual([]);
      const standard = itemsByCode.get(deviation.basicCode) as Record<string, unknown> | undefined;
      expect(Object.keys(deviation.overrides).length, where).toBeGreaterThan(0);
      for (const [element, value] of Object.entries(deviation.overrides)) {
        expect(JSON.stringify(value), `${where} ${element}`).not.toBe(JSON.stringify(standard?.[element]));
      }
    }
  });

  it('the effective elements of every deviating implementation still parse as an item', () => {
    for (const deviation of deviations) {
      const standard = itemsByCode.get(deviation.basicCode)!;
      const effective = { ...elementsOf(standard), ...deviation.overrides };
      const result = ItemElementsSchema.safeParse(effective);
      expect(result.success ? [] : result.error.issues, deviation.regionCode).toEqual([]);
    }
  });
});
