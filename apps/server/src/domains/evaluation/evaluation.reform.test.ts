import { describe, expect, it } from 'vitest';
import { findCycle, percentile, planRewrite } from './evaluation.reform';

const estate = {
  bundleId: 'real-estate-transfer',
  items: [
    { stepKey: 'contract_filing', basicCode: '371008001000', dependsOn: [], promisedLimitDays: 1 },
    {
      stepKey: 'registration',
      basicCode: '370706001000',
      dependsOn: ['contract_filing', 'deed_tax'],
      promisedLimitDays: 3,
    },
    { stepKey: 'deed_tax', basicCode: '370412002000', dependsOn: ['contract_filing'], promisedLimitDays: 0 },
  ],
};

describe('the reform simulator’s plan rewrite', () => {
  it('makes two steps parallel and orders the steps after what they wait for', () => {
    const plan = planRewrite([
      { kind: 'bundle_graph', bundleId: 'real-estate-transfer', step: 'registration', dependsOn: ['contract_filing'] },
    ])(estate);
    expect(plan.items.map((i) => [i.stepKey, i.dependsOn])).toEqual([
      ['contract_filing', []],
      ['registration', ['contract_filing']],
      ['deed_tax', ['contract_filing']],
    ]);
  });

  it('removes a step: the steps after it wait for what it waited for', () => {
    const plan = planRewrite([{ kind: 'remove_step', bundleId: 'real-estate-transfer', step: 'deed_tax' }])(estate);
    expect(plan.items.map((i) => [i.stepKey, i.dependsOn])).toEqual([
      ['contract_filing', []],
      ['registration', ['contract_filing']],
    ]);
  });

  it('changes an item’s promised limit in every plan that has it, and leaves other bundles alone', () => {
    const rewrite = planRewrite([
      { kind: 'promised_limit', basicCode: '370412002000', days: 3 },
      { kind: 'remove_step', bundleId: 'enterprise-opening', step: 'seal' },
    ]);
    expect(rewrite(estate).items.find((i) => i.stepKey === 'deed_tax')!.promisedLimitDays).toBe(3);
    expect(rewrite(estate).items).toHaveLength(3);
  });
});

describe('cycles and medians', () => {
  it('finds the cycle a change closes and names its path', () => {
    const graph = new Map([
      ['contract_filing', ['registration']],
      ['registration', ['contract_filing', 'deed_tax']],
      ['deed_tax', ['contract_filing']],
    ]);
    expect(findCycle(graph)).toEqual(['contract_filing', 'registration', 'contract_filing']);
    expect(
      findCycle(
        new Map([
          ['a', []],
          ['b', ['a']],
        ]),
      ),
    ).toBeNull();
  });

  it('takes percentiles as PostgreSQL’s percentile_cont does', () => {
    expect(percentile([3, 1, 2, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([], 0.5)).toBeNull();
  });
});
