import { useMemo, useState } from 'react';
import type { BundleStep } from '@yici/contracts';
import { messages } from '../../../messages';
import { BundleFlowArrows } from './bundle-flow-arrows';
import { BundleStepCard } from './bundle-step-card';
import { flowEdges, layoutBundleFlow } from './bundle-layout';

/** Stages top to bottom; inside a stage, one column per level left to right, parallel steps stacked in it. */
export function BundleFlowGraph({ steps }: { steps: BundleStep[] }) {
  // Held in state, not a ref: the arrows measure in a layout effect, which runs before a parent's
  // ref is attached, so they need a re-render once the canvas exists.
  const [canvas, setCanvas] = useState<HTMLDivElement | null>(null);
  const groups = useMemo(() => layoutBundleFlow(steps), [steps]);
  const edges = useMemo(() => flowEdges(steps), [steps]);
  const nameOf = useMemo(() => new Map(steps.map((step) => [step.key, step.name])), [steps]);
  const hasStages = groups.some((group) => group.stage !== null);

  return (
    <div className="bundle-graph" data-testid="bundle-flow">
      <div className="bundle-graph-canvas" ref={setCanvas}>
        <BundleFlowArrows canvas={canvas} edges={edges} />
        {groups.map((group, index) => (
          <section
            key={group.stage ?? `stage-${index}`}
            className="bundle-stage"
            aria-label={group.stage ?? messages.bundles.defaultStage}
            data-testid="bundle-stage"
          >
            {hasStages && (
              <h3 className="bundle-stage-name">
                <span className="bundle-stage-index">{index + 1}</span>
                {group.stage ?? messages.bundles.defaultStage}
              </h3>
            )}
            <div className="bundle-stage-columns">
              {group.columns.map((column) => (
                <div
                  key={column.level}
                  className={column.steps.length > 1 ? 'bundle-column is-parallel' : 'bundle-column'}
                  data-testid="bundle-column"
                  data-level={column.level}
                >
                  {column.steps.length > 1 && (
                    <span className="bundle-parallel-label">{messages.bundles.parallel}</span>
                  )}
                  {column.steps.map((step) => (
                    <BundleStepCard
                      key={step.key}
                      step={step}
                      headingLevel={hasStages ? 4 : 3}
                      prerequisiteNames={step.dependsOn.map((key) => nameOf.get(key) ?? key)}
                    />
                  ))}
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
