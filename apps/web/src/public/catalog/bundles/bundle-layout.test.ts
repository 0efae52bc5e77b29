import type { BundleStep } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { flowEdges, layoutBundleFlow, stepLevels } from './bundle-layout';

function step(key: string, dependsOn: string[] = [], stage: string | null = null): BundleStep {
  return {
    key,
    basicCode: `37011300${key.length}000`,
    name: key,
    stage,
    dependsOn,
    jointDepartments: [],
    produces: [],
  };
}

describe('bundle flow layout', () => {
  const startBusiness = [
    step('licence'),
    step('seal', ['licence']),
    step('invoice', ['licence']),
    step('social_insurance', ['licence']),
    step('bank_account', ['seal']),
  ];

  it('places every step after all of its prerequisites', () => {
    const levels = stepLevels(startBusiness);
    expect(levels.get('licence')).toBe(0);
    expect(levels.get('seal')).toBe(1);
    expect(levels.get('bank_account')).toBe(2);
  });

  it('puts independent steps of one level in one parallel column', () => {
    const [group] = layoutBundleFlow(startBusiness);
    expect(group?.columns.map((column) => column.steps.map((s) => s.key))).toEqual([
      ['licence'],
      ['seal', 'invoice', 'social_insurance'],
      ['bank_account'],
    ]);
  });

  it('orders stages by where they start, not by where they are listed', () => {
    const steps = [
      step('acceptance', ['permit'], '竣工验收'),
      step('plan', [], '立项用地规划'),
      step('permit', ['plan'], '施工许可'),
    ];
    expect(layoutBundleFlow(steps).map((group) => group.stage)).toEqual(['立项用地规划', '施工许可', '竣工验收']);
    expect(flowEdges(steps).every((edge) => edge.crossesStage)).toBe(true);
  });

  it('survives a cycle and ignores prerequisites outside the bundle', () => {
    const steps = [step('a', ['b']), step('b', ['a']), step('c', ['missing'])];
    expect(() => layoutBundleFlow(steps)).not.toThrow();
    expect(flowEdges(steps)).toEqual([
      { from: 'b', to: 'a', crossesStage: false },
      { from: 'a', to: 'b', crossesStage: false },
    ]);
  });
});
