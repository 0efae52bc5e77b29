import { useLayoutEffect, useState } from 'react';
import type { FlowEdge } from './bundle-layout';

type Point = { x: number; y: number };
type Route = 'right' | 'down';
type DrawnEdge = FlowEdge & { start: Point; end: Point; route: Route };

type StepBox = { card: DOMRect; parallelGroup: DOMRect | null };

function stepBox(canvas: HTMLElement, key: string): StepBox | null {
  const card = canvas.querySelector<HTMLElement>(`[data-step-key="${CSS.escape(key)}"]`);
  if (!card) return null;
  const group = card.closest<HTMLElement>('.bundle-column.is-parallel');
  return { card: card.getBoundingClientRect(), parallelGroup: group?.getBoundingClientRect() ?? null };
}

function edgeBetween({
  edge,
  from,
  to,
  origin,
}: {
  edge: FlowEdge;
  from: StepBox;
  to: StepBox;
  origin: DOMRect;
}): DrawnEdge {
  const source = from.card;
  if (!edge.crossesStage) {
    return {
      ...edge,
      route: 'right',
      start: { x: source.right - origin.left, y: source.top + source.height / 2 - origin.top },
      end: { x: to.card.left - origin.left, y: to.card.top + to.card.height / 2 - origin.top },
    };
  }
  // From a stage above, an arrow into a stacked card would cross the cards over it: it enters the
  // parallel group instead, and each card's own text names its prerequisites.
  const target = to.parallelGroup ?? to.card;
  return {
    ...edge,
    route: 'down',
    start: { x: source.left + source.width / 2 - origin.left, y: source.bottom - origin.top },
    end: { x: target.left + target.width / 2 - origin.left, y: target.top - origin.top },
  };
}

function measureEdges(canvas: HTMLElement, edges: FlowEdge[]): DrawnEdge[] {
  const origin = canvas.getBoundingClientRect();
  const drawn = new Map<string, DrawnEdge>();
  for (const edge of edges) {
    const from = stepBox(canvas, edge.from);
    const to = stepBox(canvas, edge.to);
    if (!from || !to) continue;
    const line = edgeBetween({ edge, from, to, origin });
    // Several steps of one parallel group share a prerequisite: one arrow into the group.
    const path = pathOf(line);
    if (!drawn.has(path)) drawn.set(path, line);
  }
  return [...drawn.values()];
}

/** Cubic curves that leave and enter each box square to its edge, so the arrowheads point true. */
function pathOf({ start, end, route }: DrawnEdge): string {
  if (route === 'down') {
    const bend = Math.max(24, (end.y - start.y) / 2);
    return `M ${start.x} ${start.y} C ${start.x} ${start.y + bend}, ${end.x} ${end.y - bend}, ${end.x} ${end.y - 2}`;
  }
  const bend = Math.max(24, (end.x - start.x) / 2);
  return `M ${start.x} ${start.y} C ${start.x + bend} ${start.y}, ${end.x - bend} ${end.y}, ${end.x - 2} ${end.y}`;
}

type BundleFlowArrowsProps = { canvas: HTMLElement | null; edges: FlowEdge[] };

/** Arrows drawn over the cards after layout; the cards' own text already states each prerequisite. */
export function BundleFlowArrows({ canvas, edges }: BundleFlowArrowsProps) {
  const [drawn, setDrawn] = useState<DrawnEdge[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    if (!canvas) return;
    const redraw = () => {
      setSize({ width: canvas.scrollWidth, height: canvas.scrollHeight });
      setDrawn(measureEdges(canvas, edges));
    };
    redraw();
    const observer = new ResizeObserver(redraw);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [canvas, edges]);

  return (
    <svg className="bundle-arrows" width={size.width} height={size.height} aria-hidden="true" focusable="false">
      <defs>
        <marker
          id="bundle-arrow-head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#6b8fc7" />
        </marker>
      </defs>
      {drawn.map((edge) => (
        <path
          key={`${edge.from}->${edge.to}`}
          data-testid={`bundle-edge-${edge.from}-${edge.to}`}
          d={pathOf(edge)}
          fill="none"
          stroke="#6b8fc7"
          strokeWidth={1.6}
          markerEnd="url(#bundle-arrow-head)"
        />
      ))}
    </svg>
  );
}
