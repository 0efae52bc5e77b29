import type { BundleStep } from '@yici/contracts';

/** Steps that may run at the same time: none depends on another. */
export type ParallelColumn = { level: number; steps: BundleStep[] };
export type StageGroup = { stage: string | null; columns: ParallelColumn[] };
/** crossesStage: the arrow leaves one stage's row for a later one. */
export type FlowEdge = { from: string; to: string; crossesStage: boolean };

/**
 * A step's level is the length of the longest chain of prerequisites before it, so every step
 * sits to the right of all it depends on and steps of one level are independent of each other.
 */
export function stepLevels(steps: BundleStep[]): Map<string, number> {
  const byKey = new Map(steps.map((step) => [step.key, step]));
  const levels = new Map<string, number>();
  const visiting = new Set<string>();
  const levelOf = (key: string): number => {
    const known = levels.get(key);
    if (known !== undefined) return known;
    const step = byKey.get(key);
    // An unknown prerequisite or a cycle cannot push a step further right; the server rejects both.
    if (!step || visiting.has(key)) return -1;
    visiting.add(key);
    const level = Math.max(-1, ...step.dependsOn.map(levelOf)) + 1;
    visiting.delete(key);
    levels.set(key, level);
    return level;
  };
  for (const step of steps) levelOf(step.key);
  return levels;
}

/** Groups by stage (in the order stages start), then by level inside each stage. */
export function layoutBundleFlow(steps: BundleStep[]): StageGroup[] {
  const levels = stepLevels(steps);
  const groups = new Map<string | null, BundleStep[]>();
  for (const step of steps) groups.set(step.stage, [...(groups.get(step.stage) ?? []), step]);
  const firstLevel = (members: BundleStep[]) => Math.min(...members.map((step) => levels.get(step.key) ?? 0));
  return [...groups.entries()]
    .map(([stage, members], order) => ({ stage, members, order, start: firstLevel(members) }))
    .sort((a, b) => a.start - b.start || a.order - b.order)
    .map(({ stage, members }) => {
      const columns = new Map<number, BundleStep[]>();
      for (const step of members) {
        const level = levels.get(step.key) ?? 0;
        columns.set(level, [...(columns.get(level) ?? []), step]);
      }
      return {
        stage,
        columns: [...columns.entries()].sort(([a], [b]) => a - b).map(([level, column]) => ({ level, steps: column })),
      };
    });
}

export function flowEdges(steps: BundleStep[]): FlowEdge[] {
  const stageOf = new Map(steps.map((step) => [step.key, step.stage]));
  return steps.flatMap((step) =>
    step.dependsOn
      .filter((from) => stageOf.has(from))
      .map((from) => ({ from, to: step.key, crossesStage: stageOf.get(from) !== step.stage })),
  );
}
