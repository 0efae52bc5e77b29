import type { ApplicationTarget } from '@yici/contracts';

const IMPLEMENTATION_CODE_LENGTH = 31;

/**
 * What `/portal/apply` applies for: `?item=<implementation code>`, or `?bundle=<id>&region=<code>`.
 * A bundle without its region is 'needs_region': the page asks where before preparing.
 */
export function applicationTargetOf(params: URLSearchParams): ApplicationTarget | 'needs_region' | null {
  const item = params.get('item')?.trim();
  if (item) return item.length === IMPLEMENTATION_CODE_LENGTH ? { kind: 'item', implementationCode: item } : null;
  const bundleId = params.get('bundle')?.trim();
  if (!bundleId) return null;
  const regionCode = params.get('region')?.trim();
  if (!regionCode) return 'needs_region';
  return { kind: 'bundle', bundleId, regionCode };
}

/** The apply page's address for a target, as the catalog's guides link to it. */
export function applyPathOf(target: { item: string } | { bundle: string; region?: string }): string {
  const query: Record<string, string> =
    'item' in target
      ? { item: target.item }
      : { bundle: target.bundle, ...(target.region ? { region: target.region } : {}) };
  return `/portal/apply?${new URLSearchParams(query).toString()}`;
}
